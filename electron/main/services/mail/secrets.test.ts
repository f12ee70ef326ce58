import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AccountStore, secretStoreFor } from './account-store'
import { ownerOnlyFileSecrets, safeStorageSecrets } from './secrets'
import type { SafeStorageLike } from './secrets'

const PASSWORD = 'mot-de-passe-d’application é'
const dirs: string[] = []
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-secrets-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** Stands in for Electron's safeStorage: a keyed XOR, so the plain text never appears in the output. */
function standInSafeStorage(
  backend = 'gnome_libsecret',
  available = true,
): SafeStorageLike & { calls: string[] } {
  const key = 0x5a
  const calls: string[] = []
  return {
    calls,
    isAsyncEncryptionAvailable: async () => available,
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: async (text) => {
      calls.push('encrypt')
      return Buffer.from(Buffer.from(text, 'utf8').map((b) => b ^ key))
    },
    decryptStringAsync: async (buffer) => {
      calls.push('decrypt')
      return { shouldReEncrypt: false, result: Buffer.from(buffer.map((b) => b ^ key)).toString('utf8') }
    },
  }
}

function everyFileUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
}

const account = {
  imap: { host: 'imap.example.fr', port: 993 },
  smtp: { host: 'smtp.example.fr', port: 465 },
  security: 'tls' as const,
  user: 'vendeur',
  from: 'vendeur@example.fr',
  auth: 'password' as const,
  syncDays: 30,
}

describe('the desktop app keeps the password through safeStorage', () => {
  it('never writes it in clear, anywhere in the data folder, and reads it back', async () => {
    const dir = tempDir()
    const safe = standInSafeStorage()
    const accounts = new AccountStore(dir, secretStoreFor(dir, safe))
    await accounts.save(account, PASSWORD)
    expect(safe.calls).toContain('encrypt')
    for (const file of everyFileUnder(dir)) {
      const bytes = fs.readFileSync(file)
      expect(bytes.includes(Buffer.from(PASSWORD, 'utf8')), file).toBe(false)
      expect(bytes.toString('latin1')).not.toContain('mot-de-passe')
    }
    expect(await accounts.password({})).toBe(PASSWORD)
    expect(await accounts.load()).toEqual(account)
  })

  it('says when Linux offers only basic_text, and refuses to save when encryption is unavailable', async () => {
    const weak = safeStorageSecrets(path.join(tempDir(), 'p.enc'), standInSafeStorage('basic_text'))
    const protection = await weak.protection()
    expect(protection.protected).toBe(false)
    expect(protection.note).toBe('basic-text')
    const none = safeStorageSecrets(path.join(tempDir(), 'p.enc'), standInSafeStorage('unknown', false))
    await expect(none.set(PASSWORD)).rejects.toMatchObject({ code: 'MAIL_ERROR' })
  })
})

describe('the web harness and the CLI keep it in an owner-only file', () => {
  it('is created 0600 and a file others can read is refused', async () => {
    const file = path.join(tempDir(), 'mail', 'password')
    const secrets = ownerOnlyFileSecrets(file)
    await secrets.set(PASSWORD)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(await secrets.get()).toBe(PASSWORD)
    fs.chmodSync(file, 0o640)
    await expect(secrets.get()).rejects.toMatchObject({ code: 'MAIL_ERROR' })
    expect((await secrets.protection()).note).toBe('owner-only-file')
  })
})
