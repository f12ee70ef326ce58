/**
 * Bodies on demand. Holding every message of a million-message mailbox cost ~1.1 GB of RSS and a heap
 * whose collector paused commands for up to a second; no screen needs more than a few threads' bodies.
 * So a partition's messages are *shelved* once its file holds exactly them: they leave memory, and
 * each thread entry of the partition keeps what lists, the dashboard and the open checks read without
 * bodies (`ThreadEntry.shelved`). Reading `data.messages` or `entry.messages` of a shelved partition
 * reads them back from its file, synchronously, wherever that happens (a command, compaction, growth,
 * an export): no path can see an empty list where messages exist. `BodyCache` keeps the partitions read
 * back since, least recently used first, and shelves them again beyond its byte budget, between two
 * commands only (a command may hold a message array it edits).
 *
 * The one rule that keeps this lossless: only a partition whose file equals memory is shelved — never
 * one the change log is ahead of (`dirty`) nor one compaction is writing (`writing`). Its messages can
 * then change only after being read back, which makes it dirty again until compaction writes it.
 */
import { isAscii } from 'node:buffer'
import { readFileSync } from 'node:fs'
import type { Contact, Direction, Message } from '../../../../shared/model/mailbox'
import { ComptoirError } from '../../../../shared/ipc/result'
import type { DurableJsonFile } from './durable-file'
import { partitionOf } from './layout'
import { countsForClock, previewOf, sortMessages, timeOf } from './mailbox-index'
import type { MailboxIndex, ThreadEntry } from './mailbox-index'
import { messagesHaveBadDates } from './load-checks'
import type { PartitionSet } from './partitions'
import { isPartitionData } from './schema'
import type { PartitionData, StoredThread } from './schema'

/** What a thread entry keeps while its messages are shelved. */
export interface ShelvedThread {
  readonly messageCount: number
  readonly preview: string
  /** A date that names no instant in a message (the open's check, see load-checks.ts). */
  readonly badDates: boolean
  /** The reply clock's messages, oldest first: `t` for inbound, `-t - 1` for outbound (timelines.ts). */
  readonly clock: readonly number[]
  /** Where the messages are read back into. */
  readonly home: BodyHome
}

/** The live state the shelves read back into (the store's context, whose fields it replaces). */
export interface BodyHome {
  parts: PartitionSet
  index: MailboxIndex
  bodies?: BodyCache
}

/** Where a shelved partition's messages are: its file, and the home whose entries they belong to. */
interface Shelf {
  filePath: string
  home: BodyHome
}

const shelves = new WeakMap<PartitionData, Shelf>()

/** Partitions shelved per queue turn at most (~0.1 ms each at a million messages). */
const TRIM_PER_TURN = 64

export const isShelved = (data: PartitionData): boolean => shelves.has(data)

const live = (home: BodyHome, key: string): PartitionData =>
  home.parts.partitions[partitionOf(key, home.parts.partitionCount)]!.data

function setValue(target: object, key: 'messages', value: Message[]): void {
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true })
}

const NO_MESSAGES: Message[] = []

/**
 * A thread entry of a loaded index (mailbox-index.ts). A class with `messages` on its prototype: an
 * accessor defined on each of 100k literal entries made them dictionary objects (~1.8 KB each, 184 MB
 * at a million messages).
 */
export class IndexedThread implements ThreadEntry {
  lastMs = 0
  lastMessageAt: string
  lastDirection: Direction = 'in'
  lastCountedDirection: Direction | null = null
  waitingSince: string | null = null
  unreadCount = 0
  hasAttachments = false
  hasInbound = false
  hasOutbound = false
  orderDigits = ''
  reportedMessageIds = new Set<string>()
  shelved: ShelvedThread | undefined = undefined
  private held: Message[] = []

  constructor(
    public record: StoredThread,
    public contact: Contact,
  ) {
    this.lastMessageAt = record.createdAt
  }

  /** Oldest first; read back from the partition file while shelved. */
  get messages(): Message[] {
    return this.shelved ? readEntry(this, this.shelved.home) : this.held
  }

  set messages(value: Message[]) {
    this.held = value
    this.shelved = undefined
  }

  shelve(info: ShelvedThread): void {
    this.shelved = info
    this.held = NO_MESSAGES
  }
}

function clockOf(messages: readonly Message[]): number[] {
  const clock: number[] = []
  for (const m of messages)
    if (countsForClock(m)) clock.push(m.direction === 'in' ? timeOf(m.sentAt) : -timeOf(m.sentAt) - 1)
  return clock
}

/** The clock back as the dashboard reads it. */
export const clockMessages = (clock: readonly number[]) =>
  clock.map((t) => (t >= 0 ? { direction: 'in' as const, at: t } : { direction: 'out' as const, at: -t - 1 }))

/**
 * A string of its own: a preview cut from a body is a slice that keeps the whole body alive (V8 sliced
 * strings), which for 100k shelved threads kept tens of MB of bodies.
 */
const ownString = (text: string): string =>
  text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string)

function shelveEntry(entry: IndexedThread, home: BodyHome): void {
  const { messages } = entry
  const last = messages.at(-1)
  entry.shelve({
    messageCount: messages.length,
    preview: last ? ownString(previewOf(last.body)) : '',
    badDates: messagesHaveBadDates(messages),
    clock: clockOf(messages),
    home,
  })
}

function unshelveEntry(entry: ThreadEntry, messages: Message[]): void {
  entry.messages = messages
}

/**
 * Takes a partition's messages (and those of its threads' entries) out of memory. The caller vouches
 * that `filePath` holds exactly them (see the rule at the top).
 */
export function shelvePartition(data: PartitionData, filePath: string, home: BodyHome): void {
  if (shelves.has(data)) return
  for (const record of data.threads) {
    const entry = home.index.threads.get(record.id)
    // Only a loaded index's entries are shelved (an early open's are replaced whole).
    if (entry instanceof IndexedThread && !entry.shelved) shelveEntry(entry, home)
  }
  shelves.set(data, { filePath, home })
  Object.defineProperty(data, 'messages', {
    configurable: true,
    enumerable: true,
    get: () => readPartition(data),
    set: (value: Message[]) => {
      shelves.delete(data)
      setValue(data, 'messages', value)
    },
  })
}

function readFile(filePath: string): PartitionData {
  let value: unknown
  try {
    const raw = readFileSync(filePath)
    value = JSON.parse(isAscii(raw) ? raw.toString('latin1') : raw.toString('utf8'))
  } catch (error) {
    throw new ComptoirError(
      'STORE_ERROR',
      `The messages kept in ${filePath} could not be read: ${(error as Error).message}`,
    )
  }
  if (!isPartitionData(value))
    throw new ComptoirError('STORE_ERROR', `${filePath} no longer holds the messages it held.`)
  return value
}

/**
 * A shelved partition's messages as memory holds them: the file's, except for the threads whose entry
 * holds its messages already (a thread created or read since), whose entry is the truth.
 */
function messagesOf(
  data: PartitionData,
  shelf: Shelf,
): { messages: Message[]; byThread: Map<string, Message[]> } {
  const { index } = shelf.home
  const byThread = new Map<string, Message[]>()
  const messages: Message[] = []
  const held = (threadId: string) => {
    const entry = index.threads.get(threadId)
    return entry !== undefined && !entry.shelved
  }
  for (const message of readFile(shelf.filePath).messages) {
    if (held(message.threadId)) continue
    messages.push(message)
    const group = byThread.get(message.threadId)
    if (group) group.push(message)
    else byThread.set(message.threadId, [message])
  }
  for (const record of data.threads) {
    const entry = index.threads.get(record.id)
    if (entry && !entry.shelved) for (const message of entry.messages) messages.push(message)
  }
  return { messages, byThread }
}

/** The messages of a shelved partition without putting them back (growth copies it with them). */
export function peekMessages(data: PartitionData): Message[] {
  const shelf = shelves.get(data)
  return shelf ? messagesOf(data, shelf).messages : data.messages
}

function readPartition(data: PartitionData): Message[] {
  const shelf = shelves.get(data)
  if (!shelf) throw new Error('Internal error: a partition read back twice.')
  const { messages, byThread } = messagesOf(data, shelf)
  shelves.delete(data)
  setValue(data, 'messages', messages)
  const { threads } = shelf.home.index
  // By the file's messages too: a command may have taken the thread's record out already (purge).
  for (const [threadId, group] of byThread) {
    const entry = threads.get(threadId)
    if (entry?.shelved) unshelveEntry(entry, sortMessages(group))
  }
  for (const record of data.threads) {
    const entry = threads.get(record.id)
    if (entry?.shelved) unshelveEntry(entry, [])
  }
  shelf.home.bodies?.readBack(data)
  return messages
}

function readEntry(entry: ThreadEntry, home: BodyHome): Message[] {
  const data = live(home, entry.record.id)
  if (shelves.has(data)) readPartition(data)
  else if (entry.shelved) {
    // The partition is in memory (a growth's half): the entry takes its messages from there.
    unshelveEntry(entry, sortMessages(data.messages.filter((m) => m.threadId === entry.record.id)))
  }
  if (entry.shelved)
    throw new Error(`Internal error: the messages of ${entry.record.id} are not in its partition.`)
  return entry.messages
}

/**
 * The partitions read back, least recently used first, shelved again beyond `budget` bytes (their file
 * sizes; memory holds ~2–3× that). `trim` runs between commands only.
 */
export class BodyCache {
  private readonly held = new Map<PartitionData, number>()
  private heldBytes = 0
  private seen: PartitionSet | null = null

  constructor(
    private readonly home: BodyHome,
    readonly budget: number,
  ) {}

  /** Called when a shelved partition was read back. */
  readBack(data: PartitionData): void {
    this.use(data)
  }

  /** Marks a partition as just used (a thread opened), so it is shelved last. */
  use(data: PartitionData): void {
    if (shelves.has(data)) return
    const known = this.held.get(data)
    if (known !== undefined) this.held.delete(data)
    const bytes = known ?? this.bytesOf(data)
    if (known === undefined) this.heldBytes += bytes
    this.held.set(data, bytes)
  }

  /** Partitions held in memory since the last `trim` (for tests and the benchmark). */
  heldPartitions(): number {
    return this.held.size
  }

  /** Shelves partitions until what is held fits the budget; pinned ones wait for their write. */
  /**
   * Returns true when it stopped at `TRIM_PER_TURN` partitions with more to shelve: the caller runs
   * another turn for the rest (a compaction unpins hundreds at once; shelving them all in one turn
   * would hold the queue for tens of ms at a million messages).
   */
  trim(): boolean {
    const { parts } = this.home
    // A growth under way copies partitions as they are: shelving then would leave its halves and the
    // entries of one thread in different states (growth.ts aligns them at its switch).
    if (parts.changedSince) return false
    if (this.seen !== parts) this.rescan()
    if (this.heldBytes <= this.budget) return false
    let shelved = 0
    // Pinned partitions do not count against the budget: when the log pins more than it (hundreds of
    // new mails before a compaction), shelving every other one would read threads back at each use.
    let pinned = 0
    for (const [data, bytes] of this.held) {
      if (this.heldBytes - pinned <= this.budget) break
      if (shelved === TRIM_PER_TURN) return true
      const first = data.threads[0]?.id
      const index = first === undefined ? -1 : partitionOf(first, parts.partitionCount)
      const db = index >= 0 ? parts.partitions[index] : undefined
      if (db && db.data === data && !shelves.has(data)) {
        if (parts.dirty.has(index) || parts.writing.has(index)) {
          pinned += bytes
          continue
        }
        shelvePartition(data, (db.adapter as DurableJsonFile<PartitionData>).filePath, this.home)
        shelved++
      }
      this.held.delete(data)
      this.heldBytes -= bytes
    }
    return false
  }

  /**
   * After the live partitions were replaced (an open, a growth, a rewrite, a failed write re-read):
   * holds every partition memory has, oldest first.
   */
  rescan(): void {
    const { parts } = this.home
    this.seen = parts
    this.held.clear()
    this.heldBytes = 0
    for (const db of parts.partitions)
      if (!shelves.has(db.data) && db.data.messages.length > 0) this.use(db.data)
  }

  private bytesOf(data: PartitionData): number {
    const first = data.threads[0]?.id
    if (first === undefined) return 0
    const { parts } = this.home
    const db = parts.partitions[partitionOf(first, parts.partitionCount)]
    return db ? (db.adapter as DurableJsonFile<PartitionData>).bytes : 0
  }
}

/**
 * The thread holding a message whose partition is shelved (reporting a message of a thread not read
 * back since): each shelved file is read once and dropped, then only the thread found is read back.
 */
export function findShelvedMessage(
  home: BodyHome,
  messageId: string,
): { entry: ThreadEntry; message: Message } | null {
  for (const db of home.parts.partitions) {
    const shelf = shelves.get(db.data)
    if (!shelf) continue
    const hit = readFile(shelf.filePath).messages.find((m) => m.id === messageId)
    const entry = hit ? home.index.threads.get(hit.threadId) : undefined
    const message = entry?.messages.find((m) => m.id === messageId)
    if (entry && message) return { entry, message }
  }
  return null
}
