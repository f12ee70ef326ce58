/**
 * `account:set` and `mail:sync` as a user runs them, against a throwaway Dovecot: the password only
 * from the environment, kept 0600 and never printed; one JSON line per round.
 */
import { execFile, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { skipWithoutDovecot, startDovecot } from '../../../tests/mail/dovecot'
import type { Dovecot } from '../../../tests/mail/dovecot'
import { appendMail, relayMail } from '../../../tests/mail/relay-mail'

const run = promisify(execFile)
const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const TSX = path.join(ROOT, 'node_modules/.bin/tsx')
const PASSWORD = 'Tr0ub4dor&3-app'

async function cli(script: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(TSX, [`electron/main/cli/${script}.ts`, ...args], {
      cwd: ROOT,
      env: { ...process.env, COMPTOIR_MAIL_PASSWORD: '', ...env },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

const skip = skipWithoutDovecot()

describe.skipIf(skip)('account:set and mail:sync', () => {
  let server: Dovecot
  let dir: string
  let data: string
  let setArgs: string[]

  beforeAll(async () => {
    server = await startDovecot([{ user: 'seller', password: PASSWORD }])
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-mail-cli-'))
    data = path.join(dir, 'data')
    setArgs = [
      '--data',
      data,
      '--imap',
      `127.0.0.1:${server.port}`,
      '--smtp',
      '127.0.0.1:2525',
      '--security',
      'none',
      '--user',
      'seller',
      '--from',
      'boutique@vendeur.example',
    ]
    for (const buyer of ['Anna', 'Jules']) await appendMail(server, (await relayMail({ buyer })).raw)
    await appendMail(server, (await relayMail({ buyer: 'Zoé' })).raw, 'Archive')
  })
  afterAll(async () => {
    await server?.dispose()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('account:set refuses a password argument and a missing variable, then stores the secret 0600 and never prints it', async () => {
    const withArg = await cli('account-set', [...setArgs, '--password', PASSWORD])
    expect(withArg.code).toBe(2)
    expect(withArg.stderr).toMatch(/COMPTOIR_MAIL_PASSWORD/)
    const missing = await cli('account-set', setArgs)
    expect(missing.code).toBe(2)
    const ok = await cli('account-set', setArgs, { COMPTOIR_MAIL_PASSWORD: PASSWORD })
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.stdout.trim().split('\n').at(-1)!)).toEqual({
      account: {
        user: 'seller',
        from: 'boutique@vendeur.example',
        imap: `127.0.0.1:${server.port}`,
        smtp: '127.0.0.1:2525',
      },
    })
    expect(ok.stderr).toMatch(/readable by you only \(mode 0600\)/)
    expect(ok.stdout + ok.stderr).not.toContain(PASSWORD)
    const secret = path.join(data, 'mail', 'password')
    expect(fs.statSync(secret).mode & 0o777).toBe(0o600)
    expect(fs.readFileSync(path.join(data, 'mail', 'account.json'), 'utf8')).not.toContain(PASSWORD)
  }, 60_000)

  it('mail:sync --once prints one line per contract, then nothing new; a password file others can read is refused', async () => {
    const first = await cli('mail-sync', ['--data', data, '--once'])
    expect(first.code).toBe(0)
    const lines = first.stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    const report = JSON.parse(lines[0]!)
    expect(Object.keys(report)).toEqual(['mailboxes', 'pushed', 'sent', 'errors'])
    const inbox = report.mailboxes.find((m: { name: string }) => m.name === 'INBOX')
    expect(inbox).toMatchObject({ fetched: 2, imported: 2, duplicates: 0, skipped: 0 })
    expect(typeof inbox.uidvalidity).toBe('number')
    expect(report.mailboxes.find((m: { name: string }) => m.name === 'Archive')).toMatchObject({
      imported: 1,
    })
    expect(report.errors).toEqual([])
    expect(first.stdout + first.stderr).not.toContain(PASSWORD)

    const second = JSON.parse((await cli('mail-sync', ['--data', data, '--once'])).stdout.trim())
    expect(second.mailboxes.reduce((n: number, m: { fetched: number }) => n + m.fetched, 0)).toBe(0)

    const secret = path.join(data, 'mail', 'password')
    fs.chmodSync(secret, 0o644)
    const unsafe = await cli('mail-sync', ['--data', data, '--once'])
    expect(unsafe.code).toBe(2)
    expect(unsafe.stderr).toMatch(/can be read by others/)
    expect(unsafe.stderr).not.toContain(PASSWORD)
    fs.chmodSync(secret, 0o600)
  }, 60_000)

  it('mail:sync without --once prints a line per round (IDLE) and stops on SIGTERM', async () => {
    const child = spawn(TSX, ['electron/main/cli/mail-sync.ts', '--data', data], {
      cwd: ROOT,
      env: { ...process.env, COMPTOIR_MAIL_PASSWORD: '' },
    })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    const lines = () =>
      out
        .trim()
        .split('\n')
        .filter((l) => l.length > 0)
    const waitFor = async (n: number) => {
      const deadline = Date.now() + 20_000
      while (lines().length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
    }
    await waitFor(1)
    await appendMail(server, (await relayMail({ buyer: 'Lina' })).raw)
    await waitFor(2)
    const rounds = lines().map((l) => JSON.parse(l) as { mailboxes: { name: string; imported: number }[] })
    expect(rounds.some((r) => r.mailboxes.some((m) => m.name === 'INBOX' && m.imported === 1))).toBe(true)
    const exit = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    expect(await exit).toBe(0)
  }, 40_000)
})
