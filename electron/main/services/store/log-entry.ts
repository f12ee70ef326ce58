/**
 * Between a command and the change log: what a command changed, as whole records (`entryOf`), and
 * those records put back into partitions at open or after a failed write (`replayEntry`).
 */
import type { Contact, Order, Report } from '../../../../shared/model/mailbox'
import type { LogEntry, ThreadState } from './change-log'
import { partitionOf } from './layout'
import type { MetaData, PartitionData } from './schema'
import type { Change, StoreContext } from './store-context'

/** The entry of a command: every record it marked, plus whole partitions it touched unmarked. */
export function entryOf(context: StoreContext, change: Change): LogEntry {
  const { index, parts } = context
  const count = parts.partitionCount
  const covered = new Set<number>()
  const threads: ThreadState[] = []
  const contacts: Contact[] = []
  const orders: Order[] = []
  for (const id of change.records.threads) {
    const partition = partitionOf(id, count)
    covered.add(partition)
    const entry = index.threads.get(id)
    if (!entry) {
      threads.push({ id, record: null, messages: [], reports: [] })
      continue
    }
    if (!change.records.threadContents.has(id)) {
      threads.push({ id, record: entry.record })
      continue
    }
    const reports = parts.partitions[partition]!.data.reports.filter((r) => r.threadId === id)
    threads.push({ id, record: entry.record, messages: entry.messages, reports })
  }
  for (const id of change.records.contacts) {
    const contact = index.contacts.get(id)
    if (!contact) continue
    covered.add(partitionOf(id, count))
    contacts.push(contact)
  }
  for (const orderNumber of change.records.orders) {
    const order = index.orders.get(orderNumber)
    if (!order) continue
    covered.add(partitionOf(orderNumber, count))
    orders.push(order)
  }
  // A command that touched a partition without naming the records: log all of them (correct, larger).
  for (const partition of change.partitions) {
    if (covered.has(partition)) continue
    const data = parts.partitions[partition]!.data
    for (const record of data.threads) {
      if (change.records.threads.has(record.id)) continue
      threads.push({
        id: record.id,
        record,
        messages: data.messages.filter((m) => m.threadId === record.id),
        reports: data.reports.filter((r) => r.threadId === record.id),
      })
    }
    for (const contact of data.contacts) if (!change.records.contacts.has(contact.id)) contacts.push(contact)
    for (const order of data.orders) if (!change.records.orders.has(order.orderNumber)) orders.push(order)
  }
  const entry: LogEntry = {}
  if (threads.length > 0) entry.threads = threads
  if (contacts.length > 0) entry.contacts = contacts
  if (orders.length > 0) entry.orders = orders
  if (change.meta) entry.meta = parts.meta.data
  return entry
}

/** Where replayed records go, and which partitions (and the meta) a replay may change. */
export interface ReplayTarget {
  partitions: { data: PartitionData }[]
  meta: { data: MetaData }
  /** Only these partitions (all when absent). */
  only?: ReadonlySet<number>
  includeMeta: boolean
  /** Filled with the partitions the replay changed. */
  touched: Set<number>
}

function withoutThread<T extends { threadId: string }>(items: T[], id: string): T[] {
  return items.some((item) => item.threadId === id) ? items.filter((item) => item.threadId !== id) : items
}

/** Puts an entry's records in place of what the partitions hold (idempotent: whole records). */
export function replayEntry(target: ReplayTarget, entry: LogEntry): void {
  const count = target.partitions.length
  const partitionFor = (key: string): PartitionData | null => {
    const partition = partitionOf(key, count)
    if (target.only && !target.only.has(partition)) return null
    target.touched.add(partition)
    return target.partitions[partition]!.data
  }
  for (const state of entry.threads ?? []) {
    const data = partitionFor(state.id)
    if (!data) continue
    const at = data.threads.findIndex((t) => t.id === state.id)
    if (state.record === null) {
      if (at >= 0) data.threads.splice(at, 1)
    } else if (at >= 0) data.threads[at] = state.record
    else data.threads.push(state.record)
    if (state.record === null || state.messages) {
      data.messages = withoutThread(data.messages, state.id)
      for (const message of state.messages ?? []) data.messages.push(message)
    }
    if (state.record === null || state.reports) {
      data.reports = withoutThread<Report>(data.reports, state.id)
      for (const report of state.reports ?? []) data.reports.push(report)
    }
  }
  for (const contact of entry.contacts ?? []) {
    const data = partitionFor(contact.id)
    if (!data) continue
    const at = data.contacts.findIndex((c) => c.id === contact.id)
    if (at >= 0) data.contacts[at] = contact
    else data.contacts.push(contact)
  }
  for (const order of entry.orders ?? []) {
    const data = partitionFor(order.orderNumber)
    if (!data) continue
    const at = data.orders.findIndex((o) => o.orderNumber === order.orderNumber)
    if (at >= 0) data.orders[at] = order
    else data.orders.push(order)
  }
  if (entry.meta && target.includeMeta) target.meta.data = entry.meta
}
