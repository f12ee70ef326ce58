/**
 * The single-file baselines: the whole mailbox in one lowdb file, every change rewriting it.
 *
 *  - "fair": what someone would ship with lowdb alone: compact JSON written to a temporary file,
 *    fsynced, renamed over the old one, and the folder fsynced (durable and atomic);
 *  - "pretty": lowdb's stock `JSONFile` (indented JSON, atomic rename, never fsynced), the baseline of
 *    the first benchmark, kept so that the history stays comparable.
 *
 * Both make the plan's state changes, each checked to have changed the thread.
 */
import { open, readFile, rename } from 'node:fs/promises'
import path from 'node:path'
import type { Adapter } from 'lowdb'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import type { Message } from '../../../../shared/model/mailbox'
import type { MailboxSnapshot } from '../../../../shared/model/snapshot'
import type { IoDelta } from './fs-probe'
import { delta, readCounters, syncAll } from './fs-probe'
import type { BenchPlan, PlannedChange, ThreadState } from './plan'
import { verifyChange } from './plan'
import { p50, p95, sleep, timed } from './stats'

export const BASELINE_FILE = 'single-file-baseline.json'

/** lowdb adapter: compact JSON, written atomically and durably (temp file, fsync, rename, fsync dir). */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(private readonly file: string) {}

  async read(): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.file, 'utf8')) as T
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }

  async write(data: T): Promise<void> {
    const temporary = `${this.file}.tmp`
    const handle = await open(temporary, 'w')
    try {
      await handle.writeFile(JSON.stringify(data))
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, this.file)
    const folder = await open(path.dirname(this.file), 'r')
    try {
      await folder.sync()
    } finally {
      await folder.close()
    }
  }
}

/** The plan's changes made on the plain snapshot, as the store makes them on its records. */
function snapshotEditor(data: MailboxSnapshot) {
  const threads = new Map(data.threads.map((t) => [t.id, t]))
  const messages = new Map<string, Message[]>()
  for (const m of data.messages) {
    const list = messages.get(m.threadId)
    if (list) list.push(m)
    else messages.set(m.threadId, [m])
  }
  const state = (id: string): ThreadState => {
    const t = threads.get(id)!
    const list = messages.get(id) ?? []
    return {
      unreadCount: list.filter((m) => m.direction === 'in' && m.readAt === null).length,
      messageCount: list.length,
      archived: t.archived,
      trashed: t.trashed,
      noResponseNeeded: t.noResponseNeeded,
      folderId: t.folderId,
      labelIds: [...t.labelIds],
    }
  }
  const edit = (change: PlannedChange) => {
    const t = threads.get(change.threadId)!
    const list = messages.get(change.threadId) ?? []
    switch (change.kind) {
      case 'read':
        for (const m of list)
          if (m.direction === 'in' && m.readAt === null) m.readAt = new Date().toISOString()
        break
      case 'unread':
        list.findLast((m) => m.direction === 'in')!.readAt = null
        break
      case 'archive':
      case 'unarchive':
        t.archived = change.kind === 'archive'
        break
      case 'trash':
      case 'restore':
        t.trashed = change.kind === 'trash'
        break
      case 'label':
        t.labelIds = [...t.labelIds, change.labelId!]
        break
      case 'unlabel':
        t.labelIds = t.labelIds.filter((id) => id !== change.labelId)
        break
      case 'no-response':
        t.noResponseNeeded = true
        break
      case 'file':
      case 'unfile':
        t.folderId = change.folderId ?? null
        break
      case 'arrival': {
        const message: Message = {
          id: `${t.id}-b${list.length}`,
          threadId: t.id,
          direction: 'in',
          body: change.body!,
          html: null,
          attachments: [],
          sentAt: change.sentAt!,
          readAt: null,
        }
        data.messages.push(message)
        list.push(message)
        messages.set(t.id, list)
        t.archived = false
        t.noResponseNeeded = false
      }
    }
  }
  return { state, edit }
}

export interface BaselineFigures {
  baseline_update_p50_ms: number | null
  baseline_update_p95_ms: number | null
  baseline_update_fs_bytes_p50: number | null
  baseline_update_flushes_p50: number | null
  baseline_pretty_update_p95_ms: number | null
  baseline_runs: number
}

async function timeChanges(
  db: Low<MailboxSnapshot>,
  changes: PlannedChange[],
  device: string | null,
  editor: ReturnType<typeof snapshotEditor>,
): Promise<{ times: number[]; io: IoDelta[] }> {
  const times: number[] = []
  const io: IoDelta[] = []
  syncAll()
  await sleep(200)
  for (const change of changes) {
    const before = editor.state(change.threadId)
    const counters = device ? readCounters(device) : null
    times.push(await timed(() => db.update(() => editor.edit(change))))
    if (device && counters) io.push(delta(counters, readCounters(device)))
    verifyChange(change, before, editor.state(change.threadId))
  }
  return { times, io }
}

/** Child process: both baselines over the same data, the fair one first (the pretty one never syncs). */
export async function measureBaselines(
  dir: string,
  plan: BenchPlan,
  runs: number,
  device: string | null,
): Promise<BaselineFigures> {
  const fair = new Low<MailboxSnapshot>(new DurableJsonFile(path.join(dir, BASELINE_FILE)), null as never)
  await fair.read()
  const editor = snapshotEditor(fair.data)
  const measured = await timeChanges(fair, plan.changes.slice(0, runs), device, editor)
  let prettyP95: number | null = null
  try {
    const pretty = new Low<MailboxSnapshot>(new JSONFile(path.join(dir, 'pretty-baseline.json')), fair.data)
    const { times } = await timeChanges(pretty, plan.changes.slice(runs, 2 * runs), null, editor)
    prettyP95 = p95(times)
  } catch {
    // Indented, the mailbox outgrows V8's longest string before the compact form does: no figure.
  }
  return {
    baseline_update_p50_ms: p50(measured.times),
    baseline_update_p95_ms: p95(measured.times),
    baseline_update_fs_bytes_p50: device ? p50(measured.io.map((d) => d.bytes)) : null,
    baseline_update_flushes_p50: device ? p50(measured.io.map((d) => d.flushes)) : null,
    baseline_pretty_update_p95_ms: prettyP95,
    baseline_runs: runs,
  }
}
