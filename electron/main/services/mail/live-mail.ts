/**
 * The live mailbox inside the app (web harness and Electron main alike): the account, its secret,
 * the Outbox and the sync engine, started when an account exists. Exposes the IPC handlers of the
 * settings panel and the Outbox, and `deliver` for the send command.
 */
import path from 'node:path'
import type { AccountInput } from '../../../../shared/ipc/contract'
import { reasonError } from '../../../../shared/ipc/error-details'
import type { MailAccount } from '../../../../shared/model/account'
import type { AccountTest, MailOverview, MailStatus } from '../../../../shared/model/mail-status'
import type { AttachmentRef, ThreadDetail } from '../../../../shared/model/mailbox'
import type { OutboxEntry } from '../../../../shared/model/outbox'
import { AccountStore, mailDir, secretStoreFor } from './account-store'
import { createImapClient, describeMailError, imapEndpoint } from './imap-client'
import type { MailServices } from './ingest'
import { liveIngest } from './ingest-seam'
import { Outbox } from './outbox'
import type { SafeStorageLike } from './secrets'
import { createSmtpTransport, smtpEndpoint } from './smtp'
import { SyncEngine } from './sync-engine'
import type { RoundReport } from './sync-engine'

export interface LiveMailOptions {
  userDataDir: string
  services: MailServices
  safeStorage?: SafeStorageLike
  onStatus: (status: MailStatus) => void
  onOutbox: (threadIds: string[]) => void
  /** Each finished round (the CLI prints it). */
  onRound?: (report: RoundReport) => void
  now?: () => Date
}

export class LiveMail {
  readonly accounts: AccountStore
  readonly outbox: Outbox
  readonly engine: SyncEngine
  private account: MailAccount | null = null

  private constructor(private readonly options: LiveMailOptions) {
    this.accounts = new AccountStore(
      options.userDataDir,
      secretStoreFor(options.userDataDir, options.safeStorage),
    )
    const configured = () => this.configured()
    const dir = mailDir(options.userDataDir)
    this.outbox = new Outbox({
      dir,
      store: options.services.store,
      attachments: options.services.attachments,
      raws: options.services.raws,
      account: configured,
      ...(options.now ? { now: options.now } : {}),
      onChange: (entries) => options.onOutbox([...new Set(entries.map((e) => e.threadId))]),
    })
    this.engine = new SyncEngine({
      store: options.services.store,
      outbox: this.outbox,
      ingest: liveIngest(options.services),
      stateFile: path.join(dir, 'sync-state.json'),
      account: configured,
      onStatus: options.onStatus,
      ...(options.onRound ? { onRound: options.onRound } : {}),
      ...(options.now ? { now: options.now } : {}),
    })
  }

  static async create(options: LiveMailOptions): Promise<LiveMail> {
    const live = new LiveMail(options)
    live.account = await live.accounts.load().catch(() => null)
    await live.outbox.list() // loaded now, so the attachments of waiting replies are known at once
    return live
  }

  private async configured(): Promise<{ account: MailAccount; password: string } | null> {
    if (!this.account) return null
    return { account: this.account, password: await this.accounts.password() }
  }

  hasAccount(): boolean {
    return this.account !== null
  }

  /** Starts syncing (IDLE) when an account exists; a local change asks for a round soon. */
  start(): void {
    if (!this.account) return
    this.engine.start()
  }

  async stop(): Promise<void> {
    await this.engine.stop()
  }

  /** Sends through the account (Outbox first), or null when there is no account. */
  async deliver(
    thread: ThreadDetail,
    body: string,
    attachments: AttachmentRef[],
  ): Promise<OutboxEntry | null> {
    if (!this.account) return null
    const entry = await this.outbox.enqueue(thread, body, attachments, this.account.from)
    this.engine.poke() // the Sent copy is appended by the next round
    return entry
  }

  async overview(): Promise<MailOverview> {
    const protection = await this.accounts.secrets.protection()
    const a = this.account
    return {
      account: a
        ? {
            user: a.user,
            from: a.from,
            imap: a.imap,
            smtp: a.smtp,
            security: a.security,
            syncDays: a.syncDays,
          }
        : null,
      secret: a ? { protected: protection.protected, note: protection.note } : null,
      status: this.engine.getStatus(),
    }
  }

  private async accountFrom(input: AccountInput): Promise<{ account: MailAccount; password: string }> {
    const account: MailAccount = {
      imap: input.imap,
      smtp: input.smtp,
      security: input.security,
      user: input.user,
      from: input.from,
      auth: 'password',
      syncDays: input.syncDays,
    }
    const password = input.password ?? (this.account ? await this.accounts.password().catch(() => '') : '')
    if (!password)
      throw reasonError('MAIL_ERROR', 'The password is required.', { reason: 'password-required' })
    return { account, password }
  }

  async setAccount(input: AccountInput): Promise<MailOverview> {
    const { account, password } = await this.accountFrom(input)
    await this.engine.stop()
    await this.accounts.save(account, input.password === undefined ? undefined : password)
    this.account = account
    this.start()
    return this.overview()
  }

  async removeAccount(): Promise<MailOverview> {
    await this.engine.stop()
    await this.accounts.remove()
    this.account = null
    return this.overview()
  }

  /** Logs in to both servers with these settings; nothing is saved. */
  async test(input: AccountInput): Promise<AccountTest> {
    const { account, password } = await this.accountFrom(input)
    const result: AccountTest = { imap: { ok: false, error: null }, smtp: { ok: false, error: null } }
    const imap = createImapClient(account, password)
    imap.on('error', () => undefined)
    try {
      await imap.connect()
      result.imap.ok = true
      await imap.logout()
    } catch (error) {
      result.imap.error = describeMailError(error, imapEndpoint(account))
      imap.close()
    }
    const smtp = createSmtpTransport(account, password)
    try {
      await smtp.verify()
      result.smtp.ok = true
    } catch (error) {
      result.smtp.error = describeMailError(error, smtpEndpoint(account))
    } finally {
      smtp.close()
    }
    return result
  }

  async syncNow(): Promise<MailStatus> {
    if (!this.account) return this.engine.getStatus()
    if (this.engine.getStatus().state === 'off') this.start()
    else this.engine.poke()
    return this.engine.getStatus()
  }

  async retry(id: string): Promise<OutboxEntry | null> {
    await this.outbox.flush([id])
    this.engine.poke()
    return (await this.outbox.list()).find((e) => e.id === id) ?? null
  }
}
