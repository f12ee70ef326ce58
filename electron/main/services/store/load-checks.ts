/**
 * Values the shape check at load lets through but the screen cannot show: a date that names no instant,
 * an amount that is not a number, a currency that is not an ISO 4217 code. Such a record is kept as it
 * is (it may be repaired by hand, and nothing else in its file is lost); the user is told which
 * conversations hold one, and the renderer shows "unknown date" / "—" in its place.
 */
import type { Message } from '../../../../shared/model/mailbox'
import type { MailboxIndex } from './mailbox-index'
import type { StoreWarning } from '../../../../shared/model/store-warnings'

/** What the store writes: a UTC timestamp with plausible fields (checked without building a Date). */
const CANONICAL_ISO =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/
const CURRENCY = /^[A-Z]{3}$/

/** One regex for what the store writes (Date.parse on 100k messages costs ~10× more at open). */
function isDate(value: unknown): boolean {
  if (typeof value !== 'string') return false
  if (value.length === 24 && CANONICAL_ISO.test(value)) return true
  return !Number.isNaN(Date.parse(value))
}

/** A message date that names no instant (kept for shelved threads by body-cache.ts). */
export const messagesHaveBadDates = (messages: readonly Message[]): boolean =>
  messages.some((m) => !isDate(m.sentAt) || (m.readAt !== null && !isDate(m.readAt)))

/** Ids of the threads whose thread, messages or order hold a value the screen cannot show. */
export function threadsWithInvalidValues(index: MailboxIndex): string[] {
  const badOrders = new Set<string>()
  for (const order of index.orders.values()) {
    const itemsOk = order.items.every(
      (item) =>
        (item.priceCents === undefined ||
          (typeof item.priceCents === 'number' && Number.isFinite(item.priceCents))) &&
        (item.currency === undefined || (typeof item.currency === 'string' && CURRENCY.test(item.currency))),
    )
    if (!itemsOk || !isDate(order.orderedAt)) badOrders.add(order.orderNumber)
  }
  const ids: string[] = []
  for (const entry of index.threads.values()) {
    const { record } = entry
    const bad =
      !isDate(record.createdAt) ||
      (record.orderNumber !== null && badOrders.has(record.orderNumber)) ||
      (entry.shelved ? entry.shelved.badDates : messagesHaveBadDates(entry.messages))
    if (bad) ids.push(record.id)
  }
  return ids.sort()
}

export function invalidValuesWarning(threadIds: string[]): StoreWarning | null {
  return threadIds.length === 0 ? null : { kind: 'invalid-values', threadIds }
}
