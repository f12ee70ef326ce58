/**
 * The Outbox: replies on their way to the SMTP server. A reply joins the thread (and the reply clock
 * stops) only once the server accepted it; until then it waits here with its last error, and the
 * clock runs on. Network failures are retried with backoff; a refusal (5xx) waits for the user's
 * retry. Kept in `<data>/mail/outbox.json`; accepted replies wait in `sent-copies/` until the sync
 * engine has appended them to the Sent mailbox.
 */
import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { ImapFlow } from 'imapflow'
import type { MailAccount } from '../../../../shared/model/account'
import type { OutboxEntry } from '../../../../shared/model/outbox'
import type { AttachmentRef, Message, ThreadDetail } from '../../../../shared/model/mailbox'
import type { AttachmentStore } from '../attachments'
import type { RawMailStore } from './raw-store'
import type { MailboxStore } from '../store'
import { describeMailError } from './imap-client'
import { mailProblemInEnglish } from './problem-words'
import { composeRaw, sendRaw, smtpEndpoint } from './smtp'
import type { OutgoingMail } from './smtp'
import { writeFileDurably } from '../durable-write'

const RETRY_DELAYS_MS = [30_000, 60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000]

/** The RFC Message-ID a stored message carries, in angle brackets as headers write it. */
export function rfcIdOf(message: Message): string | null {
  return message.mailMessageId ? `<${message.mailMessageId}>` : null
}

const bare = (id: string) => id.replace(/^<|>$/g, '')

export function replySubject(subject: string): string {
  return /^(re|réf?)\s*:/i.test(subject.trim()) ? subject.trim() : `Re: ${subject.trim()}`
}

export interface OutboxDeps {
  dir: string
  store: MailboxStore
  attachments: AttachmentStore
  raws: RawMailStore
  account: () => Promise<{ account: MailAccount; password: string } | null>
  now?: () => Date
  onChange?: (entries: OutboxEntry[]) => void
}

export class Outbox {
  private entries: OutboxEntry[] = []
  private loaded = false
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly deps: OutboxDeps) {}

  private get file(): string {
    return path.join(this.deps.dir, 'outbox.json')
  }
  private get copiesDir(): string {
    return path.join(this.deps.dir, 'sent-copies')
  }
  private now(): Date {
    return this.deps.now?.() ?? new Date()
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work)
    this.queue = run.catch(() => undefined)
    return run
  }

  private async load(): Promise<void> {
    if (this.loaded) return
    try {
      this.entries = JSON.parse(await fs.readFile(this.file, 'utf8')) as OutboxEntry[]
    } catch {
      this.entries = []
    }
    this.loaded = true
  }

  private async save(): Promise<void> {
    // A reply the user was told is waiting must survive a crash: the file is replaced durably.
    await writeFileDurably(this.file, JSON.stringify(this.entries, null, 2), {
      mode: 0o600,
      createFolder: {},
    })
    this.deps.onChange?.(this.entries.map((e) => ({ ...e })))
  }

  /** True while a waiting reply uses this attachment (the orphan collector must spare it). */
  referencesAttachment(id: string): boolean {
    return this.entries.some((entry) => entry.attachments.some((a) => a.id === id))
  }

  async list(threadId?: string): Promise<OutboxEntry[]> {
    await this.load()
    return this.entries
      .filter((e) => threadId === undefined || e.threadId === threadId)
      .map((e) => ({ ...e }))
  }

  /** Queues a reply (already checked by the send command) and tries it at once. */
  enqueue(
    thread: ThreadDetail,
    body: string,
    attachments: AttachmentRef[],
    from: string,
  ): Promise<OutboxEntry> {
    return this.serial(async () => {
      await this.load()
      const inbound = thread.messages.filter((m) => m.direction === 'in')
      const chain = thread.messages.map(rfcIdOf).filter((id): id is string => id !== null)
      const lastInbound = inbound.at(-1)
      const domain = from.split('@')[1] ?? 'comptoir.invalid'
      const entry: OutboxEntry = {
        id: randomUUID(),
        threadId: thread.thread.id,
        to: thread.thread.contact.relayAddress,
        subject: replySubject(thread.thread.subject),
        body,
        attachments,
        rfcMessageId: `<${randomUUID()}@${domain}>`,
        inReplyTo: lastInbound ? rfcIdOf(lastInbound) : null,
        references: chain.slice(-20),
        createdAt: this.now().toISOString(),
        attempts: 0,
        lastAttemptAt: null,
        nextAttemptAt: null,
        lastError: null,
        refused: false,
      }
      this.entries.push(entry)
      await this.save()
      return this.attempt(entry)
    })
  }

  /** Tries every entry that is due (and the given one now, whatever its schedule). */
  flush(force: string[] = []): Promise<{ sent: number; errors: { source: string; reason: string }[] }> {
    return this.serial(async () => {
      await this.load()
      let sent = 0
      const errors: { source: string; reason: string }[] = []
      const now = this.now().getTime()
      for (const entry of [...this.entries]) {
        const due =
          force.includes(entry.id) ||
          (!entry.refused && (entry.nextAttemptAt === null || Date.parse(entry.nextAttemptAt) <= now))
        if (!due) continue
        const after = await this.attempt(entry)
        if (after.lastError === null) sent++
        else errors.push({ source: `outbox:${entry.id}`, reason: mailProblemInEnglish(after.lastError) })
      }
      return { sent, errors }
    })
  }

  /** Removes a reply the user gave up on (its text comes back to them as the result). */
  discard(id: string): Promise<OutboxEntry | null> {
    return this.serial(async () => {
      await this.load()
      const entry = this.entries.find((e) => e.id === id) ?? null
      this.entries = this.entries.filter((e) => e.id !== id)
      await this.save()
      return entry
    })
  }

  private async attempt(entry: OutboxEntry): Promise<OutboxEntry> {
    const configured = await this.deps.account()
    entry.attempts++
    entry.lastAttemptAt = this.now().toISOString()
    if (!configured) {
      entry.lastError = { kind: 'no-account' }
      await this.save()
      return { ...entry }
    }
    const { account, password } = configured
    try {
      const mail: OutgoingMail = {
        from: account.from,
        to: entry.to,
        subject: entry.subject,
        text: entry.body,
        messageId: entry.rfcMessageId,
        inReplyTo: entry.inReplyTo,
        references: entry.references,
        attachments: await this.readAttachments(entry.attachments),
        date: this.now(),
      }
      const raw = await composeRaw(mail)
      await sendRaw(account, password, mail, raw)
      // Accepted by the server: the reply joins the thread now, and the clock stops.
      await fs.mkdir(this.copiesDir, { recursive: true })
      await fs.writeFile(path.join(this.copiesDir, `${entry.id}.eml`), raw)
      // Kept like an imported mail (identity and original), so the Sent copy read back by the sync
      // is recognised as this very message, never a second reply.
      const rawRef = await this.deps.raws.put(new Uint8Array(raw))
      await this.deps.store.appendMessage({
        threadId: entry.threadId,
        direction: 'out',
        body: entry.body,
        attachments: entry.attachments,
        sentAt: this.now().toISOString(),
        readAt: this.now().toISOString(),
        mail: {
          kind: 'outbound',
          mailMessageId: bare(entry.rfcMessageId),
          ...(entry.inReplyTo ? { inReplyTo: bare(entry.inReplyTo) } : {}),
          ...(entry.references.length > 0 ? { references: entry.references.map(bare) } : {}),
          mailFrom: account.from.toLowerCase(),
          raw: rawRef,
        },
      })
      this.entries = this.entries.filter((e) => e.id !== entry.id)
      await this.save()
      return { ...entry, lastError: null }
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode
      entry.lastError = describeMailError(error, smtpEndpoint(account))
      entry.refused = typeof code === 'number' && code >= 500
      const delay = RETRY_DELAYS_MS[Math.min(entry.attempts - 1, RETRY_DELAYS_MS.length - 1)]!
      entry.nextAttemptAt = entry.refused ? null : new Date(this.now().getTime() + delay).toISOString()
      await this.save()
      return { ...entry }
    }
  }

  private async readAttachments(refs: AttachmentRef[]): Promise<OutgoingMail['attachments']> {
    const out: OutgoingMail['attachments'] = []
    for (const ref of refs) {
      const stored = await this.deps.attachments.read(ref.id)
      if (!stored) throw new Error(`attachment ${ref.name} is missing from the store`)
      out.push({ name: ref.name, bytes: stored.bytes, type: stored.type, mime: stored.mime })
    }
    return out
  }

  /** Appends the accepted replies to the Sent mailbox (called by the sync engine, online). */
  async appendSentCopies(client: ImapFlow, sentPath: string | null): Promise<number> {
    let names: string[]
    try {
      names = (await fs.readdir(this.copiesDir)).filter((n) => n.endsWith('.eml'))
    } catch {
      return 0
    }
    if (!sentPath) return 0
    for (const name of names) {
      const file = path.join(this.copiesDir, name)
      await client.append(sentPath, await fs.readFile(file), ['\\Seen'])
      await fs.rm(file, { force: true })
    }
    return names.length
  }
}
