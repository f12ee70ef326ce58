/**
 * The account of a data folder: `<data>/mail/account.json` (no secret in it) and the password in a
 * SecretStore beside it. One reader/writer per process; written atomically.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { DEFAULT_SYNC_DAYS, MAIL_AUTH_KINDS, MAIL_SECURITIES } from '../../../../shared/model/account'
import type { MailAccount } from '../../../../shared/model/account'
import { reasonError } from '../../../../shared/ipc/error-details'
import { ownerOnlyFileSecrets, safeStorageSecrets } from './secrets'
import type { SafeStorageLike, SecretStore } from './secrets'
import { writeFileDurably } from '../durable-write'

const endpoint = z.object({ host: z.string().min(1), port: z.number().int().min(1).max(65535) })
export const mailAccountSchema = z.object({
  imap: endpoint,
  smtp: endpoint,
  security: z.enum(MAIL_SECURITIES),
  user: z.string().min(1),
  from: z.string().min(3),
  auth: z.enum(MAIL_AUTH_KINDS).default('password'),
  syncDays: z.number().int().min(1).max(3650).default(DEFAULT_SYNC_DAYS),
})

export function mailDir(userDataDir: string): string {
  return path.join(userDataDir, 'mail')
}

/** The secret store of a data folder: safeStorage in the desktop app, a 0600 file elsewhere. */
export function secretStoreFor(userDataDir: string, safeStorage?: SafeStorageLike): SecretStore {
  return safeStorage
    ? safeStorageSecrets(path.join(mailDir(userDataDir), 'password.enc'), safeStorage)
    : ownerOnlyFileSecrets(path.join(mailDir(userDataDir), 'password'))
}

export class AccountStore {
  constructor(
    readonly userDataDir: string,
    readonly secrets: SecretStore,
  ) {}

  private get file(): string {
    return path.join(mailDir(this.userDataDir), 'account.json')
  }

  async load(): Promise<MailAccount | null> {
    let text: string
    try {
      text = await fs.readFile(this.file, 'utf8')
    } catch {
      return null
    }
    const parsed = mailAccountSchema.safeParse(JSON.parse(text))
    if (!parsed.success) {
      throw reasonError('MAIL_ERROR', `The account file (${this.file}) cannot be read.`, {
        reason: 'account-file-unreadable',
        file: this.file,
      })
    }
    return parsed.data
  }

  /** Saves the account; the password (when given) goes to the secret store, never to the JSON. */
  async save(account: MailAccount, password?: string): Promise<void> {
    const valid = mailAccountSchema.parse(account)
    if (password !== undefined) await this.secrets.set(password)
    await fs.mkdir(mailDir(this.userDataDir), { recursive: true, mode: 0o700 })
    await writeFileDurably(this.file, JSON.stringify(valid, null, 2), { mode: 0o600 })
  }

  async remove(): Promise<void> {
    await fs.rm(this.file, { force: true })
    await this.secrets.clear()
  }

  /** The password: the stored secret, else `COMPTOIR_MAIL_PASSWORD` (CLI runs). */
  async password(env: NodeJS.ProcessEnv = process.env): Promise<string> {
    const stored = await this.secrets.get()
    if (stored !== null) return stored
    const fromEnv = env.COMPTOIR_MAIL_PASSWORD
    if (fromEnv) return fromEnv
    throw reasonError('MAIL_ERROR', 'No password is stored for this account.', { reason: 'password-missing' })
  }
}
