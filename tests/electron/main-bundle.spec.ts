/**
 * The built main process (out/main/index.js) started in plain Node.js against a stand-in `electron`
 * module (stand-in/). It runs everywhere, binary or not, after `npm run build`: it proves the bundle
 * loads (its dependencies resolve under Node's ESM rules), wires the app protocol, the IPC sender check
 * and the shared services with the demo mailbox, and flushes the store before quitting. What only real
 * Electron can show (the window, the sandbox, the guards at run time) is app.electron.spec.ts.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const standIn = path.join(projectRoot, 'tests/electron/stand-in')
const mainBundle = path.join(projectRoot, 'out/main/index.js')

interface BootReport {
  error?: string
  steps: string[]
  page: { status: number; headers: Record<string, string>; script?: string }
  script: { status: number; type: string } | null
  outside: number
  query: { ok: boolean; threads: number }
  foreign: { ok: boolean; error?: { code: string } }
  info: { mode: string; firstRun: boolean }
  binary: { accepted: boolean; type: string | null }
  attachment?: { type: string; bytes: number; status: number; size: number; headers: Record<string, string> }
  quitWaitedForFlush: boolean
}

test('the built main process starts, serves the app and answers IPC (stand-in electron)', async () => {
  test.setTimeout(120_000)
  if (!fs.existsSync(mainBundle)) throw new Error('Run `npm run build` first (out/main/index.js is missing).')
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-bundle-'))
  try {
    const run = spawnSync(
      process.execPath,
      ['--import', path.join(standIn, 'register.mjs'), path.join(standIn, 'boot.mjs'), mainBundle, '--demo'],
      {
        cwd: projectRoot,
        env: { ...process.env, COMPTOIR_USER_DATA: userData },
        encoding: 'utf8',
        timeout: 100_000,
      },
    )
    const line = run.stdout.trim().split('\n').at(-1) ?? ''
    expect(run.status, `boot.mjs failed:\n${run.stderr}\n${run.stdout}`).toBe(0)
    const report = JSON.parse(line) as BootReport

    // Before ready: user data, sandbox, scheme, then the lock; the protocol before the window.
    expect(report.steps.slice(0, 4)).toEqual([
      'setPath:userData',
      'enableSandbox',
      expect.stringMatching(/^registerSchemesAsPrivileged:.*"scheme":"app"/),
      'requestSingleInstanceLock',
    ])
    expect(report.steps.indexOf('protocol.handle:app')).toBeLessThan(
      report.steps.indexOf('new BrowserWindow'),
    )
    expect(report.steps).toContain('loadURL:app://comptoir/index.html')
    expect(report.steps).toContain('setPermissionRequestHandler')

    expect(report.page.status).toBe(200)
    expect(report.page.headers['content-security-policy']).toContain("script-src 'self'")
    expect(report.script).toEqual({ status: 200, type: 'text/javascript; charset=utf-8' })
    expect(report.outside).not.toBe(200)

    expect(report.info).toMatchObject({ mode: 'electron', firstRun: false })
    expect(report.query.ok).toBe(true)
    expect(report.query.threads).toBeGreaterThan(10)
    expect(report.foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    // Attachments cross the desktop IPC as bytes (a Uint8Array), not base64 text.
    expect(report.binary).toMatchObject({ accepted: true, type: 'txt' })

    expect(report.attachment).toBeDefined()
    expect(report.attachment?.status).toBe(200)
    expect(report.attachment?.size).toBe(report.attachment?.bytes)
    expect(report.attachment?.headers['x-content-type-options']).toBe('nosniff')

    expect(report.quitWaitedForFlush).toBe(true)
    expect(fs.existsSync(path.join(userData, 'preferences.json'))).toBe(true)
  } finally {
    fs.rmSync(userData, { recursive: true, force: true })
  }
})
