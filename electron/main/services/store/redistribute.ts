/** Spreads records over partitions by key: threads, messages and reports follow their thread. */
import { emptyPartition } from './schema'
import type { PartitionData } from './schema'
import { partitionOf } from './layout'

export function distribute(records: PartitionData, partitionCount: number): PartitionData[] {
  const partitions = Array.from({ length: partitionCount }, emptyPartition)
  spreadRecords(records, (key) => partitions[partitionOf(key, partitionCount)]!)
  return partitions
}

/** Puts every record where `at` says for its key (growth splits one partition with it). */
export function spreadRecords(records: PartitionData, at: (key: string) => PartitionData): void {
  for (const thread of records.threads) at(thread.id).threads.push(thread)
  for (const message of records.messages) at(message.threadId).messages.push(message)
  for (const report of records.reports) at(report.threadId).reports.push(report)
  for (const contact of records.contacts) at(contact.id).contacts.push(contact)
  for (const order of records.orders) at(order.orderNumber).orders.push(order)
}

/** All records of several partitions, as one. */
export function gather(partitions: PartitionData[]): PartitionData {
  const all = emptyPartition()
  for (const p of partitions) {
    for (const key of ['threads', 'messages', 'contacts', 'orders', 'reports'] as const) {
      for (const item of p[key] as unknown[]) (all[key] as unknown[]).push(item)
    }
  }
  return all
}

/** Serialized size, without building the string of a whole mailbox (which may exceed V8's limit). */
export function estimateBytes(records: PartitionData): number {
  let bytes = 0
  for (const message of records.messages) {
    bytes +=
      220 + message.body.length * 1.1 + (message.html?.length ?? 0) * 1.1 + message.attachments.length * 150
  }
  bytes += records.threads.length * 260 + records.contacts.length * 140
  // Imported orders keep their report facts and parcels beside the derived fields: ~2× their items.
  for (const order of records.orders) {
    bytes += 300 + order.items.length * 320 + (order.shipments?.length ?? 0) * 350
  }
  bytes += records.reports.length * 200
  return bytes
}
