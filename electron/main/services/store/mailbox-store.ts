/**
 * The message store of the main process: every thread kept, organised, queried fast, never lost.
 *
 * Data lives in lowdb files partitioned by key (see layout.ts and docs/architecture.md), indexes live
 * in memory (mailbox-index.ts). Commands run one at a time; each edits memory, then persists exactly
 * the files it touched and resolves only once they are durable. A failed write reloads those files so
 * memory never claims what the disk does not hold.
 */
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type {
  Folder,
  Label,
  LabelKind,
  Message,
  Report,
  ThreadDetail,
  ThreadSummary,
} from '../../../../shared/model/mailbox'
import type { ThreadPage, ThreadQuery, ViewCounts } from '../../../../shared/model/query'
import type { MailboxSnapshot } from '../../../../shared/model/snapshot'
import type { Mutation } from '../../../../shared/ipc/contract'
import { ComptoirError } from '../../../../shared/ipc/result'
import type { WriteStats } from './durable-file'
import { compact } from './compaction'
import { growPartitions } from './growth'
import type { GrowthHost } from './growth'
import { entryOf } from './log-entry'
import {
  GROW_PARTITION_BYTES,
  MANIFEST_FILE,
  generationDir,
  metaPath,
  partitionCountFor,
  partitionPath,
} from './layout'
import { buildIndex, loadContext } from './load-context'
import { mailKeysOf } from './mailbox-index'
import { findMailByKeys, ingestMail } from './mail-commands'
import type { IngestMailInput, IngestMailResult } from './mail-commands'
import { prepareLayout } from './migrations'
import * as organizer from './organizer-commands'
import { PartitionSet, writeGeneration } from './partitions'
import { countViews, runQuery } from './query-engine'
import { writeSearchIndex } from './search-index-file'
import { dropThreadSummaries, readThreadSummaries, writeThreadSummaries } from './thread-summaries'
import { distribute, estimateBytes, gather } from './redistribute'
import type { Manifest, MetaData, Owner, PartitionData } from './schema'
import { mergeSnapshot, toSnapshot } from './snapshot-io'
import { acquireStoreLock } from './store-lock'
import type { StoreLock } from './store-lock'
import { newChange, partitionData, partitionOfKey, resolveThreads } from './store-context'
import type { Change, NewMessageEvent, StoreContext } from './store-context'
import type { StoreChangeKind } from '../../../../shared/ipc/contract'
import * as threads from './thread-commands'
import { mergeOrders } from './order-commands'
import type { OrdersMergeResult } from './order-commands'
import type { IncomingOrder } from '../orders/assemble'
import type { AppendMessageInput, CreateThreadInput } from './thread-commands'
import { threadTimelines } from './timelines'
import { writeFailure } from '../write-errors'
import type { ThreadTimeline } from '../../../../shared/model/reply-metrics'
import type { StoreWarning } from '../../../../shared/model/store-warnings'
import { storeWarningLine } from './store-warning-lines'

export interface MailboxStoreOptions {
  /** Frees attachment files no message references any more (called after a purge is durable). */
  releaseBlobs?: (ids: string[]) => Promise<void>
  /** Frees the raw originals of purged imported mail. */
  releaseRawMails?: (ids: string[]) => Promise<void>
  now?: () => Date
  /** Log bytes past which the partitions are brought up to date in the background (tests lower it). */
  compactLogAtBytes?: number
  /**
   * Resolve as soon as the thread summaries saved at the last close are read (thread-summaries.ts):
   * lists without keywords, counts, folders, labels and the owner answer at once; the bodies are read
   * in the background (`loaded`), commands wait for them, and the reads that need them (a thread's
   * messages, keyword or order search, timelines, export, attachment and mail look-ups) throw until
   * then. Without a usable summary (none, damaged, stale) the open reads everything, as without this.
   */
  early?: boolean
  /**
   * Bytes of partition files whose bodies stay in memory once read back (body-cache.ts); beyond it the
   * least recently used are shelved again. `Infinity` holds every body, as before bodies on demand.
   */
  bodyCacheBytes?: number
}

/** ~24 MB of files (~60 MB of heap): the threads a user reads in a session, not the mailbox. */
const BODY_CACHE_BYTES = bodyCacheFromEnv() ?? 24 * 1024 * 1024

/** `COMPTOIR_BODY_CACHE_BYTES` (tests run the store's suites at 0: every body shelved after each turn). */
function bodyCacheFromEnv(): number | null {
  const value = process.env.COMPTOIR_BODY_CACHE_BYTES
  if (value === undefined || value === '') return null
  const bytes = Number(value)
  return Number.isNaN(bytes) || bytes < 0 ? null : bytes
}

/** ~3 MB of entries: replayed at open in a few tens of ms, compacted often enough to stay there. */
const COMPACT_LOG_AT_BYTES = 3 * 1024 * 1024

export interface StoreChange {
  threadIds: string[]
  /** What kind of data changed, so listeners refresh only that (see `StoreChangeKind`). */
  kinds: StoreChangeKind[]
  newMessage?: NewMessageEvent
}

/** What a backup copies: the live files of the store, relative to its folder, and what they hold. */
export interface LiveStoreFiles {
  storeDir: string
  schemaVersion: number
  files: string[]
  threads: number
  messages: number
}

export type ChangeListener = (change: StoreChange) => void

export class MailboxStore {
  private readonly listeners = new Set<ChangeListener>()
  private queue: Promise<unknown> = Promise.resolve()
  private closed = false
  /** Background upkeep (compaction, growth), one at a time; commands never wait for all of it. */
  private maintenance: Promise<void> | null = null
  /** Bulk rewrites under way: upkeep stops at its next turn and starts no new work meanwhile. */
  private upkeepPaused = 0
  /** Resolves once every body is read (at once unless opened `early`); rejects if that read failed. */
  loaded: Promise<void> = Promise.resolve()
  /** An early open's index holds summaries only: the bodies are still being read. */
  private loading = false
  private loadError: Error | null = null
  /** A growth asked for whatever the partitions' size (`startGrowth`). */
  private growthRequested = false
  /** A turn is queued to shelve bodies a query read back (only a turn of the queue may shelve). */
  private trimQueued = false
  /**
   * The live partitions' average file size, summed again only once files were written (compaction,
   * growth, a rewrite, a failed write): summing 16k partitions after every command cost a third of a
   * change's CPU at 1M messages.
   */
  private partitionSizes: { parts: PartitionSet; average: number } | null = null

  /** The opening warnings as the CLIs and logs print them (French / English, one line each). */
  get openWarnings(): string[] {
    return this.openProblems.map(storeWarningLine)
  }

  private constructor(
    readonly dir: string,
    /** What the store found wrong when it opened, as data (the UI words it). */
    readonly openProblems: StoreWarning[],
    private context: StoreContext,
    private readonly lock: StoreLock,
    private readonly stats: WriteStats,
    private readonly releaseBlobs: ((ids: string[]) => Promise<void>) | undefined,
    private readonly releaseRawMails: ((ids: string[]) => Promise<void>) | undefined,
    private readonly compactLogAtBytes: number,
    private readonly bodyCacheBytes: number,
  ) {}

  /** Opens (creating or migrating if needed) the store in `dir`; STORE_LOCKED if another instance has it. */
  static async open(dir: string, options: MailboxStoreOptions = {}): Promise<MailboxStore> {
    const now = options.now ?? (() => new Date())
    await mkdir(dir, { recursive: true })
    const lock = await acquireStoreLock(dir, now())
    try {
      const stats: WriteStats = { bytes: 0, files: 0 }
      const warnings: StoreWarning[] = []
      const manifest = await prepareLayout({ storeDir: dir, stats, now: now(), warnings })
      const early = options.early && warnings.length === 0 ? readThreadSummaries(dir, manifest) : null
      // Before any command: a summary left now would be wrong after this session's changes.
      await dropThreadSummaries(dir)
      const bodyCacheBytes = options.bodyCacheBytes ?? BODY_CACHE_BYTES
      const context: StoreContext = early
        ? { parts: PartitionSet.metaOnly(dir, manifest, early.meta, stats), index: early.index, now }
        : await loadContext(dir, manifest, stats, warnings, now, false, bodyCacheBytes)
      const store = new MailboxStore(
        dir,
        warnings,
        context,
        lock,
        stats,
        options.releaseBlobs,
        options.releaseRawMails,
        options.compactLogAtBytes ?? COMPACT_LOG_AT_BYTES,
        bodyCacheBytes,
      )
      if (early) store.loadInBackground(manifest)
      else store.scheduleMaintenance() // a log left long by the last session is compacted now
      return store
    } catch (error) {
      await lock.release()
      if (error instanceof ComptoirError) throw error
      throw new ComptoirError(
        'STORE_ERROR',
        `The mailbox in ${dir} could not be opened: ${(error as Error).message}`,
      )
    }
  }

  /**
   * Waits for pending commands (all durable once resolved), saves what the next open reads first (the
   * full-text index, the thread summaries) and releases the lock.
   */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.loaded.catch(() => undefined)
    await this.queue.catch(() => undefined)
    await this.maintenance // a compaction under way finishes; a growth stops at its next turn
    if (!this.loadError) await this.saveSearchIndex()
    await this.context.parts.log?.close()
    // Derived data, written once nothing can change: a failure only means a slower next open.
    if (!this.loadError)
      await writeThreadSummaries(
        this.dir,
        this.context.parts.manifest,
        this.context.parts.meta.data,
        this.context.index,
      ).catch(() => undefined)
    await this.lock.release()
  }

  /**
   * An early open's second half: reads every partition and the log (setting damaged files aside and
   * adding to `openProblems`, as any open), then takes the result in place of the summaries and
   * announces a change of everything, so views read again (a file damaged since the summaries were
   * written shows here). Commands queue behind it.
   */
  private loadInBackground(manifest: Manifest): void {
    this.loading = true
    const { now } = this.context
    // Reads are synchronous underneath (durable-file.ts): started now, they would run before the
    // caller's first page; after a turn of the event loop, the page comes first.
    const read = new Promise((resolve) => setImmediate(resolve)).then(() =>
      loadContext(this.dir, manifest, this.stats, this.openProblems, now, true, this.bodyCacheBytes),
    )
    this.loaded = read.then(
      (context) => {
        // The new context itself, not its fields: shelved bodies are read back into it (body-cache.ts).
        this.context = context
        this.loading = false
        this.emit({ threadIds: [], kinds: ['all'] })
        this.scheduleMaintenance()
      },
      (error: unknown) => {
        this.loading = false
        this.loadError = new ComptoirError(
          'STORE_ERROR',
          `The mailbox in ${this.dir} could not be read: ${(error as Error).message}`,
        )
        throw this.loadError
      },
    )
    this.loaded.catch(() => undefined) // reported to every command and to whoever awaits it
    this.queue = this.loaded.catch(() => undefined)
  }

  /** The reads that need bodies: refused (never answered from summaries) until they are read. */
  private requireBodies(what: string): void {
    if (this.loadError) throw this.loadError
    if (this.loading)
      throw new ComptoirError(
        'STORE_ERROR',
        `The mailbox is still being read: ${what} is available once it is (store.loaded).`,
      )
  }

  /** Resolves once background upkeep (compaction, growth) is done: tests and the benchmark wait on it. */
  async settle(): Promise<void> {
    while (this.maintenance) await this.maintenance
  }

  /**
   * Doubles the partitions in the background now, as when they outgrow their budget; resolves once
   * upkeep is done. The benchmark times user commands during a growth with it (`--grow-in-arrivals`).
   */
  startGrowth(): Promise<void> {
    this.growthRequested = true
    this.scheduleMaintenance()
    return this.settle()
  }

  /** Bytes and files written since open (the benchmark measures one command with it). */
  writeStats(): WriteStats {
    return { ...this.stats }
  }

  /** Partitions whose bodies are in memory beyond what the log pins (null: every body is held). */
  heldBodyPartitions(): number | null {
    return this.context.bodies?.heldPartitions() ?? null
  }

  isEmpty(): boolean {
    return this.context.index.threadCount() === 0
  }

  owner(): Owner | null {
    const owner = this.context.parts.meta.data.owner
    return owner ? { ...owner } : null
  }

  setOwner(owner: Owner): Promise<Owner> {
    return this.mutate((c) => organizer.setOwner(this.context, c, owner), 'all')
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  // Queries: synchronous, on memory only.

  query(query: ThreadQuery): ThreadPage {
    if (query?.keywords || query?.order) this.requireBodies('search')
    return runQuery(this.context.index, this.context.parts.meta.data.folders, query ?? {})
  }

  getThread(id: string): ThreadDetail {
    this.requireBodies('a thread')
    const [entry] = resolveThreads(this.context, [id])
    const { index } = this.context
    const orderNumber = entry!.record.orderNumber
    const order = orderNumber === null ? undefined : index.orders.get(orderNumber)
    this.context.bodies?.use(partitionData(this.context, partitionOfKey(this.context, id)))
    this.trimSoon()
    return {
      thread: index.summary(entry!),
      messages: entry!.messages.map((m) => ({ ...m, attachments: m.attachments.map((a) => ({ ...a })) })),
      order: order ? structuredClone(order) : null,
      reports: entry!.reportedMessageIds.size
        ? partitionData(this.context, partitionOfKey(this.context, id))
            .reports.filter((r) => r.threadId === id)
            .map((r) => ({ ...r }))
        : [],
    }
  }

  /** The current summaries of the named threads that still exist (for the change event). */
  summaries(ids: readonly string[]): ThreadSummary[] {
    const { index } = this.context
    return ids.flatMap((id) => index.summaryOf(id) ?? [])
  }

  counts(): ViewCounts {
    const meta = this.context.parts.meta.data
    return countViews(
      this.context.index,
      meta.folders,
      meta.labels.map((l) => l.id),
    )
  }

  listFolders(): Folder[] {
    return this.context.parts.meta.data.folders.map((f) => ({ ...f }))
  }

  listLabels(): Label[] {
    return this.context.parts.meta.data.labels.map((l) => ({ ...l }))
  }

  /** Whether any message references this attachment (the orphan collector asks before deleting). */
  referencesAttachment(id: string): boolean {
    this.requireBodies('attachment use')
    return this.context.index.attachmentUses.has(id)
  }

  /** Every thread's message directions and times, for the dashboard metrics. */
  timelines(): ThreadTimeline[] {
    this.requireBodies('timelines')
    return threadTimelines(this.context.index)
  }

  // Commands: asynchronous, resolved once durable.

  markRead(ids: string[], read: boolean): Promise<Mutation> {
    return this.mutation((c) => threads.markRead(this.context, c, ids, read))
  }

  archive(ids: string[], on: boolean): Promise<Mutation> {
    return this.mutation((c) => threads.setFlag(this.context, c, ids, 'archived', on))
  }

  /** `on = false` restores from the Trash. */
  trash(ids: string[], on: boolean): Promise<Mutation> {
    return this.mutation((c) => threads.setFlag(this.context, c, ids, 'trashed', on))
  }

  /** Deletes trashed threads for good and frees the attachments nobody else references. */
  purge(ids: string[]): Promise<Mutation> {
    return this.mutation((c) => threads.purgeThreads(this.context, c, ids))
  }

  move(ids: string[], folderId: string | null): Promise<Mutation> {
    return this.mutation((c) => threads.moveThreads(this.context, c, ids, folderId))
  }

  label(ids: string[], labelId: string, on: boolean): Promise<Mutation> {
    return this.mutation((c) => threads.labelThreads(this.context, c, ids, labelId, on))
  }

  setNoResponseNeeded(ids: string[], on: boolean): Promise<Mutation> {
    return this.mutation((c) => threads.setFlag(this.context, c, ids, 'noResponseNeeded', on))
  }

  blockContact(contactId: string, blocked: boolean): Promise<Mutation> {
    return this.mutation((c) => threads.blockContact(this.context, c, contactId, blocked), 'contacts')
  }

  report(messageId: string, reason: string): Promise<Report> {
    return this.mutate((c) => threads.reportMessage(this.context, c, messageId, reason), 'messages')
  }

  appendMessage(input: AppendMessageInput): Promise<Message> {
    return this.mutate((c) => threads.appendMessage(this.context, c, input), 'messages')
  }

  /** One imported mail into its thread (or a duplicate, changing nothing). Durable once resolved. */
  ingestMail(input: IngestMailInput): Promise<IngestMailResult> {
    return this.mutate((c) => ingestMail(this.context, c, input))
  }

  /**
   * Many imported mails in one command (bulk import): one commit for all. A mail the store refuses is
   * reported failed and the others still go in; inputs come from `prepareMail`, which keeps names,
   * addresses and subjects within what the store accepts, so a refusal cannot leave half an edit.
   */
  ingestMails(
    inputs: IngestMailInput[],
  ): Promise<(IngestMailResult | { status: 'failed'; message: string })[]> {
    return this.mutate((c) =>
      inputs.map((input) => {
        try {
          return ingestMail(this.context, c, input)
        } catch (error) {
          return { status: 'failed' as const, message: (error as Error).message }
        }
      }),
    )
  }

  /** The message already holding this Message-ID or raw hash (checked before any work is done). */
  findMail(keys: {
    mailMessageId?: string
    raw?: { id: string; bytes: number }
  }): { threadId: string; messageId: string } | null {
    this.requireBodies('mail look-up')
    return findMailByKeys(this.context, mailKeysOf(keys))
  }

  createThread(input: CreateThreadInput): Promise<ThreadSummary> {
    return this.mutate((c) => threads.createThread(this.context, c, input), 'messages')
  }

  /** Orders read from the marketplace's reports, merged newest-wins with those already known. */
  mergeOrders(incoming: readonly IncomingOrder[]): Promise<OrdersMergeResult> {
    return this.mutate((c) => mergeOrders(this.context, c, incoming))
  }

  createFolder(name: string, parentId: string | null): Promise<Folder> {
    return this.mutate((c) => organizer.createFolder(this.context, c, name, parentId), 'folders')
  }

  renameFolder(id: string, name: string): Promise<Folder> {
    return this.mutate((c) => organizer.renameFolder(this.context, c, id, name), 'folders')
  }

  moveFolder(id: string, parentId: string | null): Promise<Folder> {
    return this.mutate((c) => organizer.moveFolder(this.context, c, id, parentId), 'folders')
  }

  deleteFolder(id: string, options: { moveThreadsTo?: string | null } = {}): Promise<Mutation> {
    return this.mutation((c) => organizer.deleteFolder(this.context, c, id, options), 'folders')
  }

  createLabel(input: { name: string; color: string; kind: LabelKind }): Promise<Label> {
    return this.mutate((c) => organizer.createLabel(this.context, c, input), 'labels')
  }

  updateLabel(id: string, patch: Partial<Omit<Label, 'id'>>): Promise<Label> {
    return this.mutate((c) => organizer.updateLabel(this.context, c, id, patch), 'labels')
  }

  deleteLabel(id: string): Promise<Mutation> {
    return this.mutation((c) => organizer.deleteLabel(this.context, c, id), 'labels')
  }

  /** Adds a whole mailbox in one bulk write (a new generation of partitions sized for the result). */
  async importSnapshot(snapshot: MailboxSnapshot): Promise<void> {
    // Growth writes its next generation between queue turns: it must be stopped, not merely queued
    // behind, before a rewrite writes a generation of its own.
    this.upkeepPaused++
    try {
      await this.settle()
      await this.importInQueue(snapshot)
    } finally {
      this.upkeepPaused--
    }
  }

  private importInQueue(snapshot: MailboxSnapshot): Promise<void> {
    return this.serial(async () => {
      const { parts } = this.context
      const meta = structuredClone(parts.meta.data)
      const records = gather(parts.partitions.map((p) => p.data))
      mergeSnapshot(meta, records, snapshot, this.context.now())
      await this.rewrite(meta, records).catch((error: unknown) => {
        throw new ComptoirError(
          'STORE_ERROR',
          `The mailbox could not be imported: ${(error as Error).message}`,
        )
      })
      this.emit({ threadIds: snapshot.threads.map((t) => t.id), kinds: ['all'] })
    })
  }

  exportSnapshot(): MailboxSnapshot {
    this.requireBodies('export')
    const { parts } = this.context
    this.trimSoon() // every body is read back for the snapshot
    return toSnapshot(parts.meta.data, gather(parts.partitions.map((p) => p.data)))
  }

  /**
   * Runs `work` while no command can write: the live files it is shown are one consistent, durable
   * state (every write is a rename of a new file, so hard links taken now keep this state even after
   * the queue moves on). Used by backups; queries still answer meanwhile.
   */
  holdWrites<T>(work: (live: LiveStoreFiles) => Promise<T>): Promise<T> {
    return this.serial(async () => {
      const { parts, index } = this.context
      // The current segment is sealed first: the files shown are then never written again.
      await parts.log?.rotate()
      const generation = path.relative(this.dir, generationDir(this.dir, parts.manifest))
      let messages = 0
      for (const entry of index.threads.values())
        messages += entry.shelved?.messageCount ?? entry.messages.length
      return work({
        storeDir: this.dir,
        schemaVersion: parts.manifest.schemaVersion,
        files: [
          MANIFEST_FILE,
          path.join(generation, path.basename(metaPath(this.dir, parts.manifest))),
          ...parts.partitions.map((_, i) =>
            path.join(generation, path.basename(partitionPath(this.dir, parts.manifest, i))),
          ),
          ...(parts.log?.sealedFiles() ?? []),
        ],
        threads: index.threads.size,
        messages,
      })
    })
  }

  // Internals.

  private serial<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new ComptoirError('STORE_ERROR', 'The mailbox store is closed.'))
    return this.enqueue(work)
  }

  /** The queue itself; upkeep uses it directly so that a compaction under way can finish at close. */
  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const guarded = async () => {
      if (this.loadError) throw this.loadError // an early open whose bodies could not be read
      try {
        return await work()
      } finally {
        // Between two turns nothing holds a message array: bodies read back beyond the budget go.
        if (this.context.bodies?.trim()) this.trimSoon()
      }
    }
    const run = this.queue.then(guarded, guarded)
    this.queue = run.catch(() => undefined)
    return run
  }

  private mutation(apply: (change: Change) => void, kind: StoreChangeKind = 'threads'): Promise<Mutation> {
    return this.mutate((change) => {
      apply(change)
      return { threadIds: [...change.threadIds] }
    }, kind)
  }

  private mutate<T>(apply: (change: Change) => T, kind: StoreChangeKind = 'threads'): Promise<T> {
    return this.serial(async () => {
      const change = newChange()
      let result: T
      try {
        result = apply(change)
      } finally {
        // Queries read the table: it must follow every thread the command edited, even a refused one.
        this.context.index.syncThreads(change.threadIds)
      }
      if (change.partitions.size > 0 || change.meta) {
        try {
          await this.context.parts.commit(entryOf(this.context, change), change)
        } catch (error) {
          await this.restoreFromDisk(change)
          throw writeFailure(error, 'change')
        }
      }
      this.emit({
        threadIds: [...change.threadIds],
        kinds: kind === 'threads' || change.threadIds.size === 0 ? [kind] : [kind, 'threads'],
        ...(change.newMessage ? { newMessage: change.newMessage } : {}),
      })
      if (change.freedAttachments.length > 0 && this.releaseBlobs) {
        await this.releaseBlobs(change.freedAttachments).catch((error: unknown) => {
          throw new ComptoirError(
            'STORE_ERROR',
            `Threads were deleted but their attachments could not be freed: ${(error as Error).message}`,
          )
        })
      }
      if (change.freedRawMails.length > 0 && this.releaseRawMails) {
        await this.releaseRawMails(change.freedRawMails).catch((error: unknown) => {
          throw new ComptoirError(
            'STORE_ERROR',
            `Threads were deleted but their original mails could not be freed: ${(error as Error).message}`,
          )
        })
      }
      this.scheduleMaintenance()
      return result
    })
  }

  /**
   * Bodies a query read back (a thread opened, an export) are shelved again by the next turn of the
   * queue: a query may run while a command awaits its write, whose partition must stay as it is.
   */
  private trimSoon(): void {
    if (this.trimQueued || !this.context.bodies || this.closed) return
    this.trimQueued = true
    void this.enqueue(async () => {
      this.trimQueued = false
    }).catch(() => undefined)
  }

  /** After a failed commit: re-read the touched files and rebuild every index they feed. */
  private async restoreFromDisk(change: Change): Promise<void> {
    const { parts, index } = this.context
    for (const partition of change.partitions) index.removePartition(parts.partitions[partition]!.data)
    await parts.reload(change.partitions, change.meta)
    this.partitionSizes = null
    for (const partition of change.partitions) index.addPartition(parts.partitions[partition]!.data)
    // Reloaded contacts are new objects: every thread of theirs, in any partition, must point at them
    // (else a thread keeps showing a block that never reached the disk).
    index.linkContacts()
    index.resort()
    this.context.bodies?.rescan() // the partitions re-read are held: shelved again by the turn's end
  }

  /**
   * Starts background upkeep if due: compaction when the log has grown, growth when partitions have.
   * A failure (a full disk) leaves everything as it was; it is tried again after a later command.
   */
  private scheduleMaintenance(): void {
    if (this.maintenance || this.closed || this.upkeepPaused > 0 || this.loading) return
    const { parts } = this.context
    const due = (parts.log?.pendingBytes() ?? 0) >= this.compactLogAtBytes || this.growthDue()
    if (!due) return
    this.maintenance = this.maintain()
      .catch(() => undefined)
      .finally(() => {
        this.maintenance = null
      })
  }

  private async maintain(): Promise<void> {
    while (!this.closed && this.upkeepPaused === 0) {
      const { parts } = this.context
      if ((parts.log?.pendingBytes() ?? 0) >= this.compactLogAtBytes) {
        const compacted = await compact(this.upkeepHost()).finally(() => {
          this.partitionSizes = null // the files it wrote have new sizes
        })
        if (!compacted) return
      } else if (this.growthDue()) {
        this.growthRequested = false
        if (!(await this.grow())) return
      } else return
    }
  }

  private growthDue(): boolean {
    const { parts } = this.context
    if (this.partitionSizes?.parts !== parts)
      this.partitionSizes = { parts, average: parts.averagePartitionBytes() }
    return this.growthRequested || this.partitionSizes.average > GROW_PARTITION_BYTES
  }

  /** What compaction and growth work through: the queue, the live files, the index. */
  private upkeepHost(): GrowthHost {
    return {
      inQueue: <T>(work: () => Promise<T> | T) => this.enqueue(async () => work()),
      live: () => this.context.parts,
      stats: this.stats,
      replace: (next) => {
        this.context.parts = next
      },
      stopping: () => this.closed || this.upkeepPaused > 0,
      home: this.context.bodies ? this.context : undefined,
    }
  }

  /** The mailbox outgrew its partitions: spread it over twice as many, in the background (growth.ts). */
  private grow(): Promise<boolean> {
    return growPartitions(this.upkeepHost())
  }

  private async rewrite(meta: MetaData, records: PartitionData, minimumCount = 0): Promise<void> {
    const count = Math.max(
      minimumCount,
      this.context.parts.partitionCount,
      partitionCountFor(estimateBytes(records)),
    )
    const partitions = distribute(records, count)
    const generation = this.context.parts.manifest.generation + 1
    const written = await writeGeneration(this.dir, generation, meta, partitions, this.stats)
    const log = this.context.parts.log
    this.context.parts = PartitionSet.fromData(this.dir, written, meta, partitions, this.stats)
    this.context.parts.log = log
    // The threads are the same: their full-text documents carry over rather than being rebuilt.
    this.context.index = buildIndex(this.context.parts, this.context.index.table.save())
    // Everything the log held is in the new generation: its segments can go.
    // A failure here leaves segments that replay over the new generation without effect.
    if (log)
      await log
        .rotate()
        .then(() => log.retire(log.checkpoint()))
        .catch(() => undefined)
  }

  /**
   * Writes the full-text index for the next open when it changed since it was read (search-index-file.ts).
   * Derived data: a failure only means the next open indexes the changed threads again.
   */
  private async saveSearchIndex(): Promise<void> {
    const { table } = this.context.index
    if (!table.search.changedSinceLoad) return
    await writeSearchIndex(this.dir, table.save()).catch(() => undefined)
  }

  private emit(change: StoreChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change)
      } catch {
        // A faulty listener must not undo or block a durable change.
      }
    }
  }
}
