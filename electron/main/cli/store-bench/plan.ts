/**
 * The benchmark's workload as plain data, chosen from the generated mailbox before anything is
 * measured, so that the store, the single-file baseline and the SQLite peer all run exactly the same
 * queries, searches and state changes, in the same order.
 *
 * Every state change is picked so that it really changes something (an unread thread is marked read,
 * a read one unread, an unfiled thread is filed…): a change that changes nothing costs nothing and
 * would flatter whoever skips it. Each change goes to a thread no other change touches, so the
 * preconditions read from the mailbox still hold when the change runs, and `verifyChange` checks
 * afterwards that the thread did change.
 */
import type { MailboxSnapshot } from '../../../../shared/model/snapshot'
import type { ThreadQuery } from '../../../../shared/model/query'
import { seededRandom } from '../../services/store/synthetic-mailbox'

export const CHANGE_KINDS = [
  'read',
  'unread',
  'archive',
  'unarchive',
  'label',
  'unlabel',
  'no-response',
  'file',
  'unfile',
  'trash',
  'restore',
  'arrival',
] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

export interface PlannedChange {
  kind: ChangeKind
  threadId: string
  /** `label`/`unlabel`: which label; `file`: which folder. */
  labelId?: string
  folderId?: string
  /** `arrival`: the new inbound message. */
  body?: string
  sentAt?: string
}

export interface PlannedSend {
  threadId: string
  body: string
  sentAt: string
}

export interface PlannedQuery {
  name: string
  query: ThreadQuery
  /** Ask for the first page, then time the second one (with the cursor the first gave). */
  secondPage?: boolean
  /** Sidebar counts instead of a list. */
  counts?: boolean
}

export interface BenchPlan {
  messages: number
  threads: number
  queries: PlannedQuery[]
  /** Searches: `found` ones match some threads, the others none (the worst case: every text scanned). */
  searches: (PlannedQuery & { found: boolean })[]
  changes: PlannedChange[]
  sends: PlannedSend[]
  /**
   * Sustained writes: new mail keeps arriving while the user's commands are timed every `tickMs`.
   * With `grow`, a peer that can (the store) starts a growth of its partitions as the mail begins to
   * arrive, and the commands go on until it is done (`--grow-in-arrivals`).
   */
  sustained: { arrivals: PlannedChange[]; ticker: PlannedChange[]; tickMs: number; grow?: boolean }
}

/** What the checks read back from a thread, whichever store holds it. */
export interface ThreadState {
  unreadCount: number
  messageCount: number
  archived: boolean
  trashed: boolean
  noResponseNeeded: boolean
  folderId: string | null
  labelIds: string[]
}

const CHANGES_PER_KIND = 5
const SENDS = 40
const TICKER_THREADS = 10
/** New mail after everything generated (which ends mid-2025), one second apart: always the latest. */
const NEW_MAIL_EPOCH = Date.UTC(2026, 0, 1)

interface ThreadFacts {
  id: string
  trashed: boolean
  archived: boolean
  folderId: string | null
  labelIds: string[]
  noResponseNeeded: boolean
  unread: boolean
  inbound: boolean
}

function threadFacts(snapshot: MailboxSnapshot): ThreadFacts[] {
  const unread = new Set<string>()
  const inbound = new Set<string>()
  for (const message of snapshot.messages) {
    if (message.direction !== 'in') continue
    inbound.add(message.threadId)
    if (message.readAt === null) unread.add(message.threadId)
  }
  return snapshot.threads.map((t) => ({
    id: t.id,
    trashed: t.trashed,
    archived: t.archived,
    folderId: t.folderId,
    labelIds: t.labelIds,
    noResponseNeeded: t.noResponseNeeded,
    unread: unread.has(t.id),
    inbound: inbound.has(t.id),
  }))
}

/** Which threads each kind of change can really change, and how. */
function candidate(
  kind: ChangeKind,
  t: ThreadFacts,
  labelId: string,
  folderId: string,
): PlannedChange | null {
  const live = !t.trashed
  const change = (extra: Partial<PlannedChange> = {}): PlannedChange => ({ kind, threadId: t.id, ...extra })
  switch (kind) {
    case 'read':
      return live && t.unread ? change() : null
    case 'unread':
      return live && !t.unread && t.inbound ? change() : null
    case 'archive':
      return live && !t.archived ? change() : null
    case 'unarchive':
      return live && t.archived ? change() : null
    case 'label':
      return live && !t.labelIds.includes(labelId) ? change({ labelId }) : null
    case 'unlabel':
      return live && t.labelIds.length > 0 ? change({ labelId: t.labelIds[0]! }) : null
    case 'no-response':
      return live && !t.noResponseNeeded ? change() : null
    case 'file':
      return live && t.folderId === null ? change({ folderId }) : null
    case 'unfile':
      return live && t.folderId !== null ? change() : null
    case 'trash':
      return live ? change() : null
    case 'restore':
      return t.trashed ? change() : null
    case 'arrival':
      return live ? change() : null
  }
}

export function buildPlan(snapshot: MailboxSnapshot, arrivals: number): BenchPlan {
  const random = seededRandom(7)
  const facts = threadFacts(snapshot)
  // A seeded shuffle: changes spread over the whole mailbox (every partition, old and new threads).
  for (let i = facts.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[facts[i], facts[j]] = [facts[j]!, facts[i]!]
  }
  const used = new Set<string>()
  let cursor = 0
  const labelId = snapshot.labels[0]?.id ?? ''
  const tickerLabel = snapshot.labels[1]?.id ?? labelId
  const folderId = snapshot.folders[0]?.id ?? ''
  let clock = 0
  const nextSentAt = () => new Date(NEW_MAIL_EPOCH + 1000 * clock++).toISOString()
  const take = (kind: ChangeKind, label = labelId): PlannedChange => {
    // Scan from where the previous pick stopped, wrapping once: threads stay spread and unshared.
    for (let n = 0; n < facts.length; n++) {
      const t = facts[(cursor + n) % facts.length]!
      if (used.has(t.id)) continue
      const change = candidate(kind, t, label, folderId)
      if (!change) continue
      used.add(t.id)
      cursor = (cursor + n + 1) % facts.length
      if (kind === 'arrival') {
        change.body = `Bonjour, toujours aucune nouvelle de mon colis, pouvez-vous vérifier ? (relance ${clock})`
        change.sentAt = nextSentAt()
      }
      return change
    }
    throw new Error(`the mailbox is too small to find a thread for a "${kind}" change`)
  }

  const changes: PlannedChange[] = []
  for (let round = 0; round < CHANGES_PER_KIND; round++)
    for (const kind of CHANGE_KINDS) changes.push(take(kind))
  const sends: PlannedSend[] = Array.from({ length: SENDS }, (_, i) => ({
    threadId: take('arrival').threadId,
    body: `Bonjour, votre remboursement a été effectué ce jour (réf. ${i}). Cordialement.`,
    sentAt: nextSentAt(),
  }))
  // Ticker threads lack the ticker's label: it is added then removed in turn (a real change each time).
  const tickerThreads = Array.from({ length: TICKER_THREADS }, () => take('label', tickerLabel).threadId)
  const ticker = [true, false].flatMap((on) =>
    tickerThreads.map((threadId): PlannedChange => ({
      kind: on ? 'label' : 'unlabel',
      threadId,
      labelId: tickerLabel,
    })),
  )
  // Arrivals go to threads of their own, cycling over them when the mailbox has fewer than `arrivals`.
  const arrivalThreads: PlannedChange[] = []
  for (let i = 0; i < arrivals; i++) {
    try {
      arrivalThreads.push(take('arrival'))
    } catch (error) {
      if (arrivalThreads.length === 0) throw error
      break
    }
  }
  const sustained = Array.from({ length: arrivals }, (_, i): PlannedChange => ({
    ...arrivalThreads[i % arrivalThreads.length]!,
    body: `Hello, any news about my parcel? Message ${i + 1} of this burst.`,
    sentAt: nextSentAt(),
  }))

  const queries: PlannedQuery[] = [
    { name: 'inbox', query: { view: 'inbox' } },
    { name: 'inbox page 2', query: { view: 'inbox' }, secondPage: true },
    { name: 'needs reply', query: { view: 'needs-reply' } },
    { name: 'inbox unread', query: { view: 'inbox', unread: true } },
    { name: 'sent', query: { view: 'sent' } },
    { name: 'folder and subfolders', query: { folderId } },
    { name: 'label in inbox', query: { labelId, view: 'inbox' } },
    { name: 'sidebar counts', query: {}, counts: true },
  ]
  // Part of an order number someone holds (the middle group, as a seller types it from a parcel label).
  const orderPart = snapshot.threads.find((t) => t.orderNumber !== null)?.orderNumber?.split('-')[1] ?? '1234'
  const word = (keywords: string, found = true) => ({ name: keywords, query: { keywords }, found })
  const searches = [
    word('rembourse'),
    word('COLIS'),
    word('ecran'),
    word('transporteur'),
    word('facture societe'),
    word('parcel tracking'),
    word('Hélène'),
    word('xylophone', false),
    { name: 'order part', query: { order: orderPart }, found: true },
    word('zygomatique', false),
  ]
  return {
    messages: snapshot.messages.length,
    threads: snapshot.threads.length,
    queries,
    searches,
    changes,
    sends,
    sustained: { arrivals: sustained, ticker, tickMs: 20 },
  }
}

/** Throws unless the thread shows the effect of `change` (read back after it was made durable). */
export function verifyChange(change: PlannedChange, before: ThreadState, after: ThreadState): void {
  const held: Record<ChangeKind, boolean> = {
    read: before.unreadCount > 0 && after.unreadCount === 0,
    unread: before.unreadCount === 0 && after.unreadCount > 0,
    archive: !before.archived && after.archived,
    unarchive: before.archived && !after.archived,
    label: !before.labelIds.includes(change.labelId!) && after.labelIds.includes(change.labelId!),
    unlabel: before.labelIds.includes(change.labelId!) && !after.labelIds.includes(change.labelId!),
    'no-response': !before.noResponseNeeded && after.noResponseNeeded,
    file: before.folderId === null && after.folderId === change.folderId,
    unfile: before.folderId !== null && after.folderId === null,
    trash: !before.trashed && after.trashed,
    restore: before.trashed && !after.trashed,
    arrival: after.messageCount === before.messageCount + 1 && after.unreadCount === before.unreadCount + 1,
  }
  if (!held[change.kind]) {
    throw new Error(
      `the "${change.kind}" change of ${change.threadId} changed nothing: ${JSON.stringify({ before, after })}`,
    )
  }
}
