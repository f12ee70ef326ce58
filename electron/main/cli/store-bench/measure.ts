/**
 * One measuring loop for every peer (the partitioned store, the SQLite peer): the same plan, timed the
 * same way, with the same checks. It runs inside a child process that holds only that peer.
 */
import type { ThreadQuery, ViewCounts } from '../../../../shared/model/query'
import type { BenchPlan, PlannedChange, PlannedSend, ThreadState } from './plan'
import { verifyChange } from './plan'
import type { IoDelta } from './fs-probe'
import { delta, readCounters, syncAll } from './fs-probe'
import { max, p50, p95, round, sleep, timed } from './stats'

export interface PageAnswer {
  ids: string[]
  total: number
  nextCursor: string | null
}

export interface BenchPeer {
  query(query: ThreadQuery): PageAnswer
  counts(): ViewCounts
  /** Makes the change durable before resolving. */
  apply(change: PlannedChange): Promise<void>
  send(send: PlannedSend): Promise<void>
  /** Starts the peer's own growth work in the background (the store doubles its partitions). */
  startGrowth?(): Promise<void>
  state(threadId: string): ThreadState
  /** Bytes the peer handed to write() so far, when it counts them (the store does). */
  writeCallBytes(): number | null
  close(): Promise<void>
}

/** Answers compared between peers: the rows and totals of every list and search, the counts. */
export interface Answers {
  pages: Record<string, { ids: string[]; total: number }>
  counts: ViewCounts
  /** After every change, send and arrival: the state both peers must have reached. */
  final: {
    inbox: { ids: string[]; total: number }
    counts: ViewCounts
    search: { ids: string[]; total: number }
  }
}

export interface PeerFigures {
  query_p95_ms: number
  list_p95_ms: number
  counts_p95_ms: number
  search_p95_ms: number
  search_found_p95_ms: number
  search_not_found_p95_ms: number
  update_p50_ms: number
  update_p95_ms: number
  update_fs_bytes_p50: number | null
  update_fs_bytes_max: number | null
  update_flushes_p50: number | null
  update_flushes_max: number | null
  update_write_call_bytes_max: number | null
  send_p50_ms: number
  send_p95_ms: number
  arrivals: number
  arrival_p95_ms: number
  command_wait_p95_ms: number
  command_wait_max_ms: number
  /** How long the growth started with the arrivals took (`--grow-in-arrivals`), else null. */
  arrivals_growth_ms: number | null
  /** User commands timed while mail arrived (and, with a growth, until it was done). */
  command_waits: number
  rss_mb: number
  changes_verified: number
}

// 20 rounds: a p95 over fewer samples is their maximum, one scheduling hiccup on a shared machine.
const QUERY_ROUNDS = 20
const SEARCH_ROUNDS = 4

const page = (answer: PageAnswer) => ({ ids: answer.ids, total: answer.total })

export async function measurePeer(
  peer: BenchPeer,
  plan: BenchPlan,
  device: string | null,
): Promise<{ figures: PeerFigures; answers: Answers }> {
  const pages: Answers['pages'] = {}
  // One untimed round first: steady use is measured here (the cold start has its own figure), and a
  // peer that reads lazily (SQLite) would otherwise pay its first disk reads inside the percentiles.
  for (const planned of [...plan.queries, ...plan.searches]) {
    if (planned.counts) peer.counts()
    else peer.query(planned.query)
  }
  const listTimes: number[] = []
  const countTimes: number[] = []
  let counts: ViewCounts | null = null
  for (let round = 0; round < QUERY_ROUNDS; round++) {
    for (const planned of plan.queries) {
      if (planned.counts) {
        countTimes.push(await timed(() => (counts = peer.counts())))
      } else if (planned.secondPage) {
        const first = peer.query(planned.query)
        let second: PageAnswer | null = null
        listTimes.push(
          await timed(
            () => (second = peer.query({ ...planned.query, cursor: first.nextCursor ?? undefined })),
          ),
        )
        pages[planned.name] = page(second!)
      } else {
        let answer: PageAnswer | null = null
        listTimes.push(await timed(() => (answer = peer.query(planned.query))))
        pages[planned.name] = page(answer!)
      }
    }
  }
  const found: number[] = []
  const notFound: number[] = []
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const search of plan.searches) {
      let answer: PageAnswer | null = null
      const ms = await timed(() => (answer = peer.query(search.query)))
      ;(search.found ? found : notFound).push(ms)
      pages[`search ${search.name}`] = page(answer!)
      if (search.found !== answer!.total > 0) {
        throw new Error(`search "${search.name}" was planned ${search.found ? 'found' : 'not found'}`)
      }
    }
  }

  // Durable changes: the file system is settled first, so that only the change's own writes count.
  syncAll()
  await sleep(200)
  const updateTimes: number[] = []
  const io: IoDelta[] = []
  let writeCallMax: number | null = null
  for (const change of plan.changes) {
    const before = peer.state(change.threadId)
    const calls = peer.writeCallBytes()
    const counters = device ? readCounters(device) : null
    updateTimes.push(await timed(() => peer.apply(change)))
    if (device && counters) io.push(delta(counters, readCounters(device)))
    const callsAfter = peer.writeCallBytes()
    if (calls !== null && callsAfter !== null) writeCallMax = Math.max(writeCallMax ?? 0, callsAfter - calls)
    verifyChange(change, before, peer.state(change.threadId))
  }
  const sendTimes: number[] = []
  for (const send of plan.sends) {
    const before = peer.state(send.threadId).messageCount
    sendTimes.push(await timed(() => peer.send(send)))
    if (peer.state(send.threadId).messageCount !== before + 1)
      throw new Error(`the send to ${send.threadId} was not stored`)
  }
  const { arrivalTimes, waits, growthMs } = await sustainedWrites(peer, plan)

  globalThis.gc?.()
  const figures: PeerFigures = {
    query_p95_ms: p95([...listTimes, ...countTimes]),
    list_p95_ms: p95(listTimes),
    counts_p95_ms: p95(countTimes),
    search_p95_ms: p95([...found, ...notFound]),
    search_found_p95_ms: p95(found),
    search_not_found_p95_ms: p95(notFound),
    update_p50_ms: p50(updateTimes),
    update_p95_ms: p95(updateTimes),
    update_fs_bytes_p50: device ? p50(io.map((d) => d.bytes)) : null,
    update_fs_bytes_max: device ? max(io.map((d) => d.bytes)) : null,
    update_flushes_p50: device ? p50(io.map((d) => d.flushes)) : null,
    update_flushes_max: device ? max(io.map((d) => d.flushes)) : null,
    update_write_call_bytes_max: writeCallMax,
    send_p50_ms: p50(sendTimes),
    send_p95_ms: p95(sendTimes),
    arrivals: arrivalTimes.length,
    arrival_p95_ms: p95(arrivalTimes),
    command_wait_p95_ms: p95(waits),
    command_wait_max_ms: max(waits),
    arrivals_growth_ms: growthMs,
    command_waits: waits.length,
    rss_mb: round(process.memoryUsage().rss / 2 ** 20),
    changes_verified: plan.changes.length + plan.sends.length + arrivalTimes.length,
  }
  const finalSearch = plan.searches[0]!.query
  const answers: Answers = {
    pages,
    counts: counts!,
    final: {
      inbox: page(peer.query({ view: 'inbox' })),
      counts: peer.counts(),
      search: page(peer.query(finalSearch)),
    },
  }
  return { figures, answers }
}

/**
 * New mail arrives back to back (as a sync or an import writes it) while a user command is issued
 * every `tickMs`. A command's wait runs from the moment it was due to the moment it is durable, so it
 * takes in whatever held it: the mail ahead of it in the queue, a blocked event loop, or maintenance
 * (compaction, growth, a checkpoint) that the peer runs on the way. The ticker ends on a whole round
 * (each label added then removed), so every peer ends in the same state whatever the timing. With
 * `grow`, the store starts a growth as the mail begins to arrive and the ticker goes on until it ends.
 */
async function sustainedWrites(
  peer: BenchPeer,
  plan: BenchPlan,
): Promise<{ arrivalTimes: number[]; waits: number[]; growthMs: number | null }> {
  const { arrivals, ticker, tickMs, grow } = plan.sustained
  const arrivalTimes: number[] = []
  const waits: number[] = []
  let arriving = true
  let growing = false
  let growthMs: number | null = null
  const growth = async () => {
    if (!grow || !peer.startGrowth) return
    growing = true
    const start = performance.now()
    await peer.startGrowth()
    growthMs = round(performance.now() - start)
    growing = false
  }
  const arrive = async () => {
    for (const change of arrivals) {
      const before = peer.state(change.threadId)
      arrivalTimes.push(await timed(() => peer.apply(change)))
      verifyChange(change, before, peer.state(change.threadId))
      // Let the ticker's timer in between two mails, as real I/O callbacks would.
      await new Promise<void>((resolve) => setImmediate(resolve))
    }
    arriving = false
  }
  const tick = async () => {
    const start = performance.now()
    let previousEnd = start
    for (let n = 0; arriving || growing || n % ticker.length !== 0; n++) {
      // A user acts again only once the previous command is done: a slow command is one long wait,
      // not a growing backlog of commands the ticker issued meanwhile.
      const due = Math.max(start + n * tickMs, previousEnd)
      await sleep(due - performance.now())
      const change = ticker[n % ticker.length]!
      const before = peer.state(change.threadId)
      await peer.apply(change)
      previousEnd = performance.now()
      waits.push(previousEnd - due)
      verifyChange(change, before, peer.state(change.threadId))
    }
  }
  await Promise.all([growth(), arrive(), tick()])
  return { arrivalTimes, waits, growthMs }
}
