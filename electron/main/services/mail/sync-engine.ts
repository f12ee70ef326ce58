/**
 * The live mailbox: rounds of sync (new mail in through ingest, team state both ways, the Outbox
 * sent, accepted replies appended to Sent), then IDLE on the Inbox until the server says something
 * changed, a local change asks for a round, or a few minutes pass. A lost connection shows as
 * offline with the error in words and is retried with backoff (1 s doubling to 60 s).
 *
 * One round at a time: a round asked for while one runs is folded into the next, so two syncs never
 * fetch the same UIDs at once. Never blocks the UI: everything is awaited I/O off the renderer.
 */
import type { ImapFlow } from 'imapflow'
import type { MailAccount } from '../../../../shared/model/account'
import { hasErrorReason } from '../../../../shared/ipc/error-details'
import { mailProblemInEnglish } from './problem-words'
import type { MailProblem } from '../../../../shared/model/mail-status'
import type { MailStatus } from '../../../../shared/model/mail-status'
import type { MailboxStore } from '../store'
import { createImapClient, describeMailError, imapEndpoint } from './imap-client'
import type { Ingest } from './ingest-seam'
import { syncMailbox } from './mailbox-sync'
import type { MailboxReport } from './mailbox-sync'
import type { Outbox } from './outbox'
import { loadSyncState, saveSyncState } from './sync-state'
import type { MailboxRole, SyncState } from './sync-state'
import { copiesByThread, reconcileThread } from './team-sync'
import type { Places } from './team-sync'

export interface RoundReport {
  mailboxes: MailboxReport[]
  pushed: number
  sent: number
  errors: { source: string; reason: string }[]
}

export interface SyncEngineDeps {
  store: MailboxStore
  outbox: Outbox
  ingest: Ingest
  stateFile: string
  account: () => Promise<{ account: MailAccount; password: string } | null>
  now?: () => Date
  onStatus?: (status: MailStatus) => void
  onRound?: (report: RoundReport) => void
}

const SKIPPED_SPECIAL_USE = new Set(['\\Drafts', '\\Junk', '\\All', '\\Flagged', '\\Important'])
const MAX_BACKOFF_MS = 60_000
/** Changes in other mailboxes (another desktop archiving, moving) raise no IDLE event on INBOX: a round at least this often. */
const IDLE_MAX_MS = 60_000

/**
 * A failure before any server answered (no account, a secret that cannot be read): its typed reason
 * travels as `details` and the renderer words it; the developer message stands in for the CLI.
 */
function problemOf(error: unknown): MailProblem {
  if ((error as { noAccount?: boolean }).noAccount) return { kind: 'no-account' }
  const details = (error as { details?: unknown })?.details
  if (hasErrorReason(details)) return { kind: 'refused', details }
  return { kind: 'failed', detail: ((error as Error)?.message ?? String(error)).slice(0, 200) }
}

export class SyncEngine {
  private client: ImapFlow | null = null
  private state: SyncState | null = null
  private running: Promise<RoundReport> | null = null
  private next: Promise<RoundReport> | null = null
  private stopped = true
  private wake: (() => void) | null = null
  /** A poke arrived while no wait was in progress: the next wait returns at once. */
  private poked = false
  private status: MailStatus = { state: 'off', lastSyncAt: null, lastError: null, nextRetryAt: null }

  constructor(private readonly deps: SyncEngineDeps) {}

  getStatus(): MailStatus {
    return { ...this.status }
  }

  private setStatus(patch: Partial<MailStatus>): void {
    this.status = { ...this.status, ...patch }
    this.deps.onStatus?.(this.getStatus())
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date()
  }

  /**
   * One round. Asked while one runs: the caller gets the next round, started after the current one
   * ends (callers asking meanwhile share it), so two rounds never overlap and none is missed.
   */
  round(): Promise<RoundReport> {
    if (this.running) {
      this.next ??= this.running
        .catch(() => undefined)
        .then(() => {
          this.next = null
          return this.round()
        })
      return this.next
    }
    this.running = this.runRound().finally(() => {
      this.running = null
    })
    return this.running
  }

  /** Asks the IDLE loop for a round soon (a local change to push, a reply to send). */
  poke(): void {
    if (this.wake) this.wake()
    else this.poked = true
  }

  private async connect(): Promise<{ client: ImapFlow; account: MailAccount }> {
    const configured = await this.deps.account()
    if (!configured) throw Object.assign(new Error('no account'), { noAccount: true })
    if (this.client?.usable) return { client: this.client, account: configured.account }
    this.client = null
    const client = createImapClient(configured.account, configured.password)
    client.on('error', () => undefined) // surfaced through the failing command instead
    try {
      await client.connect()
    } catch (error) {
      throw Object.assign(new Error('connect failed'), {
        problem: describeMailError(error, imapEndpoint(configured.account)),
      })
    }
    this.client = client
    return { client, account: configured.account }
  }

  private async places(client: ImapFlow): Promise<{
    list: { path: string; role: MailboxRole }[]
    places: Places
    sent: string | null
    folders: Set<string>
  }> {
    const boxes = await client.list()
    const delimiter = boxes.find((b) => b.delimiter)?.delimiter ?? '/'
    const list: { path: string; role: MailboxRole }[] = [{ path: 'INBOX', role: 'inbox' }]
    const found: Partial<Record<'sent' | 'archive' | 'trash', string>> = {}
    const folders = new Set<string>()
    for (const box of boxes) {
      if (box.path.toUpperCase() === 'INBOX' || box.flags.has('\\Noselect') || box.flags.has('\\NonExistent'))
        continue
      const use = box.specialUse
      if (use === '\\Sent' || use === '\\Archive' || use === '\\Trash') {
        const role = use.slice(1).toLowerCase() as 'sent' | 'archive' | 'trash'
        if (found[role]) continue
        found[role] = box.path
        list.push({ path: box.path, role })
      } else if (!use || !SKIPPED_SPECIAL_USE.has(use)) {
        list.push({ path: box.path, role: 'folder' })
        folders.add(box.path)
      }
    }
    return {
      list,
      places: { delimiter, inbox: 'INBOX', archive: found.archive ?? null, trash: found.trash ?? null },
      sent: found.sent ?? null,
      folders,
    }
  }

  private async runRound(): Promise<RoundReport> {
    const report: RoundReport = { mailboxes: [], pushed: 0, sent: 0, errors: [] }
    this.state ??= await loadSyncState(this.deps.stateFile)
    const state = this.state
    this.setStatus({ state: 'syncing' })
    let connection
    try {
      connection = await this.connect()
    } catch (error) {
      const problem = (error as { problem?: MailProblem }).problem ?? problemOf(error)
      this.setStatus({ state: 'offline', lastError: problem })
      report.errors.push({ source: 'imap', reason: mailProblemInEnglish(problem) })
      return report
    }
    const { client, account } = connection
    try {
      const outbox = await this.deps.outbox.flush()
      report.sent = outbox.sent
      report.errors.push(...outbox.errors)
      const { list, places, sent, folders } = await this.places(client)
      for (const box of list) {
        const result = await syncMailbox({
          client,
          path: box.path,
          role: box.role,
          previous: state.mailboxes[box.path],
          syncDays: account.syncDays,
          ingest: this.deps.ingest,
          ownAddresses: [account.from, account.user].filter((a) => a.includes('@')),
          now: this.now(),
          onError: (source, reason) => report.errors.push({ source, reason }),
        })
        state.mailboxes[box.path] = result.state
        report.mailboxes.push(result.report)
      }
      for (const gone of Object.keys(state.mailboxes)) {
        if (!list.some((b) => b.path === gone)) delete state.mailboxes[gone]
      }
      for (const [threadId, copies] of copiesByThread(state)) {
        try {
          const { pushed } = await reconcileThread(
            client,
            this.deps.store,
            state,
            threadId,
            copies,
            places,
            folders,
          )
          if (pushed) report.pushed++
        } catch (error) {
          report.errors.push({ source: `thread:${threadId}`, reason: (error as Error).message })
        }
      }
      await this.deps.outbox.appendSentCopies(client, sent)
      await saveSyncState(this.deps.stateFile, state)
      this.setStatus({
        state: 'online',
        lastSyncAt: this.now().toISOString(),
        lastError: null,
        nextRetryAt: null,
      })
    } catch (error) {
      const problem = describeMailError(error, imapEndpoint(account))
      report.errors.push({ source: 'imap', reason: mailProblemInEnglish(problem) })
      await saveSyncState(this.deps.stateFile, state).catch(() => undefined)
      this.setStatus({ state: client.usable ? 'online' : 'offline', lastError: problem })
      if (!client.usable) this.client = null
    }
    this.deps.onRound?.(report)
    return report
  }

  /** Keeps syncing until stop(): a round, then IDLE; offline → retried with backoff. */
  start(): void {
    if (!this.stopped) return
    this.stopped = false
    void this.loop()
  }

  private async loop(): Promise<void> {
    let backoff = 1000
    while (!this.stopped) {
      const report = await this.round().catch(() => null)
      if (this.stopped) break
      if (!report || this.status.state === 'offline') {
        const retryAt = new Date(this.now().getTime() + backoff)
        this.setStatus({ state: 'offline', nextRetryAt: retryAt.toISOString() })
        await this.sleep(backoff)
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS)
        continue
      }
      backoff = 1000
      await this.idle()
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms)
      function done() {
        clearTimeout(timer)
        resolve()
      }
      this.wake = () => {
        this.wake = null
        done()
      }
    })
  }

  /** Waits on the Inbox for EXISTS/EXPUNGE/FETCH (IDLE), a poke, or IDLE_MAX_MS. */
  private async idle(): Promise<void> {
    if (this.poked) {
      this.poked = false
      return
    }
    const client = this.client
    if (!client?.usable) return
    const lock = await client.getMailboxLock('INBOX').catch(() => null)
    if (!lock) return
    try {
      // Mail that arrived between this round's look at INBOX and now raises no event once selected:
      // compare with what the round saw, and go round again at once if anything moved.
      const seen = this.state?.mailboxes['INBOX']
      const box = client.mailbox
      if (
        box &&
        seen &&
        (box.uidNext > seen.uidNext ||
          (box.highestModseq !== undefined &&
            seen.highestModseq !== null &&
            String(box.highestModseq) !== seen.highestModseq))
      )
        return
      await new Promise<void>((resolve) => {
        let finished = false
        const finish = () => {
          if (finished) return
          finished = true
          clearTimeout(timer)
          client.off('exists', finish)
          client.off('expunge', finish)
          client.off('flags', finish)
          client.off('close', finish)
          this.wake = null
          resolve()
        }
        const timer = setTimeout(finish, IDLE_MAX_MS)
        client.on('exists', finish)
        client.on('expunge', finish)
        client.on('flags', finish)
        client.on('close', finish)
        this.wake = finish
        client.idle().then(finish, finish)
      })
    } finally {
      lock.release()
    }
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.wake?.()
    await this.running?.catch(() => undefined)
    const client = this.client
    this.client = null
    this.setStatus({ state: 'off' })
    if (client) await client.logout().catch(() => client.close())
  }
}
