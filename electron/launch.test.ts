import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const launcher = path.resolve('electron/launch.mjs')

function check(env: Record<string, string>) {
  return spawnSync(process.execPath, [launcher, '--check-electron'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  })
}

describe('npm start launcher', () => {
  it('explains a missing Electron binary in French and English, points to npm run web, exits 1', () => {
    const result = check({ ELECTRON_OVERRIDE_DIST_PATH: path.join(os.tmpdir(), 'no-such-electron-dir') })
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/binaire Electron n’est pas installé/)
    expect(result.stderr).toMatch(/Electron binary is not installed/)
    expect(result.stderr).toContain('node node_modules/electron/install.js')
    expect(result.stderr).toContain('npm run web')
  })

  it('finds an installed binary without downloading anything', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-electron-'))
    const pathFile = path.resolve('node_modules/electron/path.txt')
    const name = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : 'electron'
    fs.mkdirSync(path.dirname(path.join(dist, name)), { recursive: true })
    fs.writeFileSync(path.join(dist, name), '')
    try {
      const result = check({ ELECTRON_OVERRIDE_DIST_PATH: dist })
      expect(result.status).toBe(0)
      expect(result.stdout.trim()).toBe(path.join(dist, name))
    } finally {
      fs.rmSync(dist, { recursive: true, force: true })
    }
  })
})
