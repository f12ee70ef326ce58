/**
 * Where the account password lives. Never in clear inside the desktop app (Electron safeStorage,
 * async API, behind the `SafeStorageLike` seam so it can be tested without Electron); in the web
 * harness and the CLI, a file readable by its owner only (0600, checked on every read).
 */
import fs from 'node:fs/promises'
import { reasonError } from '../../../../shared/ipc/error-details'
import { writeFileDurably } from '../durable-write'
import type { SecretNote } from '../../../../shared/model/mail-status'

export interface SecretProtection {
  kind: 'safe-storage' | 'owner-only-file'
  /** False when the OS offers no real protection (Linux `basic_text` backend). */
  protected: boolean
  /** Said to the user (worded by the renderer; in English by the CLI). */
  note: SecretNote
}

export interface SecretStore {
  protection(): Promise<SecretProtection>
  get(): Promise<string | null>
  set(secret: string): Promise<void>
  clear(): Promise<void>
}

/** The part of Electron's `safeStorage` we use (async API, Electron ≥ 40). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>
  encryptStringAsync(plainText: string): Promise<Buffer>
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>
  getSelectedStorageBackend?(): string
}

async function writeOwnerOnly(file: string, bytes: string | Buffer): Promise<void> {
  // Created 0600 from the start (never world-readable, even for a moment), then fsynced and renamed.
  await writeFileDurably(file, bytes, { mode: 0o600, createFolder: { mode: 0o700 } })
}

/** The web harness's and the CLI's secret: a 0600 file; a file others can read is refused. */
export function ownerOnlyFileSecrets(file: string): SecretStore {
  return {
    protection: async () => ({ kind: 'owner-only-file', protected: true, note: 'owner-only-file' }),
    async get() {
      let stat
      try {
        stat = await fs.stat(file)
      } catch {
        return null
      }
      if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
        throw reasonError(
          'MAIL_ERROR',
          `The password file (${file}) can be read by others: refused; chmod 600 it or set the account again.`,
          { reason: 'password-file-exposed', file },
        )
      }
      if (process.getuid && stat.uid !== process.getuid()) {
        throw reasonError('MAIL_ERROR', `The password file (${file}) belongs to another user.`, {
          reason: 'password-file-foreign',
          file,
        })
      }
      return (await fs.readFile(file, 'utf8')).replace(/\n$/, '')
    },
    set: (secret) => writeOwnerOnly(file, secret),
    clear: () => fs.rm(file, { force: true }),
  }
}

/** The desktop app's secret: encrypted by the OS keychain through safeStorage; never plain. */
export function safeStorageSecrets(file: string, safeStorage: SafeStorageLike): SecretStore {
  const backend = () => safeStorage.getSelectedStorageBackend?.() ?? 'unknown'
  async function requireEncryption(): Promise<void> {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) {
      throw reasonError('MAIL_ERROR', 'System encryption is not available: the password was not saved.', {
        reason: 'encryption-unavailable',
      })
    }
  }
  return {
    async protection() {
      const weak = backend() === 'basic_text'
      return {
        kind: 'safe-storage',
        protected: !weak,
        note: weak ? 'basic-text' : 'keychain',
      }
    },
    async get() {
      let stored: string
      try {
        stored = await fs.readFile(file, 'utf8')
      } catch {
        return null
      }
      await requireEncryption()
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(stored, 'base64'))
      if (shouldReEncrypt) await this.set(result)
      return result
    },
    async set(secret) {
      await requireEncryption()
      const encrypted = await safeStorage.encryptStringAsync(secret)
      await writeOwnerOnly(file, encrypted.toString('base64'))
    },
    clear: () => fs.rm(file, { force: true }),
  }
}
