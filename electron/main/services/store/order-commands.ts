/**
 * Orders as the store keeps them: one record per order number, in the partition of that number. The
 * join with threads is not stored anywhere: a thread names its order number and `getThread` looks the
 * order up, so an order imported before its first mail, or a mail arriving for a known order, shows
 * its panel at once either way.
 */
import type { Order } from '../../../../shared/model/mailbox'
import type { IncomingOrder } from '../orders/assemble'
import { mergeOrder, sameOrder } from '../orders/merge'
import { partitionOf } from './layout'
import { partitionData, touchOrder } from './store-context'
import type { Change, StoreContext } from './store-context'

export interface OrdersMergeResult {
  orders: number
  created: number
  updated: number
  unchanged: number
  /** Threads whose order number is among the orders read. */
  matchedThreads: number
}

export function mergeOrders(
  context: StoreContext,
  change: Change,
  incoming: readonly IncomingOrder[],
): OrdersMergeResult {
  const { index, parts } = context
  const before = new Map<string, Order | undefined>()
  const after = new Map<string, Order>()
  // Several files may speak of one order: each is weighed in turn against what is known so far.
  for (const order of incoming) {
    if (!before.has(order.orderNumber)) before.set(order.orderNumber, index.orders.get(order.orderNumber))
    const current = after.get(order.orderNumber) ?? before.get(order.orderNumber)
    after.set(order.orderNumber, mergeOrder(current, order))
  }
  const result: OrdersMergeResult = {
    orders: after.size,
    created: 0,
    updated: 0,
    unchanged: 0,
    matchedThreads: 0,
  }
  const changed = new Set<string>()
  for (const [orderNumber, order] of after) {
    const previous = before.get(orderNumber)
    if (previous && sameOrder(previous, order)) {
      result.unchanged++
      continue
    }
    if (previous) result.updated++
    else result.created++
    const partition = partitionOf(orderNumber, parts.partitionCount)
    const orders = partitionData(context, partition).orders
    const at = orders.findIndex((o) => o.orderNumber === orderNumber)
    if (at >= 0) orders[at] = order
    else orders.push(order)
    index.orders.set(orderNumber, order)
    touchOrder(change, orderNumber, partition)
    changed.add(orderNumber)
  }
  for (const entry of index.threads.values()) {
    const orderNumber = entry.record.orderNumber
    if (orderNumber === null || !after.has(orderNumber)) continue
    result.matchedThreads++
    // The thread's file is untouched; it is announced so an open panel refreshes.
    if (changed.has(orderNumber)) change.threadIds.add(entry.record.id)
  }
  return result
}
