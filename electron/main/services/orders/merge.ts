/**
 * Newest wins, field group by field group. An order's report facts (status, items, totals) carry the
 * report's `last-updated-date`; each parcel carries its own report time. A newer version replaces an
 * older one, an older or equal one never does, so importing the same file twice changes nothing and
 * files may be imported in any order. What the panel shows is then derived from the kept facts alone.
 */
import type { Order, OrderItem, OrderShipment } from '../../../../shared/model/mailbox'
import type { IncomingOrder } from './assemble'
import { compareInstants } from './dates'

const isNewer = (candidate: string, current: string) => compareInstants(candidate, current) > 0

/** A demo (or hand-made) order has no report facts: the first report replaces it entirely. */
const fromReports = (order: Order | undefined): order is Order =>
  order !== undefined && (order.reportFacts !== undefined || order.shipments !== undefined)

export function mergeOrder(existing: Order | undefined, incoming: IncomingOrder): Order {
  const known = fromReports(existing) ? existing : undefined
  let facts = known?.reportFacts ?? null
  let orderedAt = known?.orderedAt ?? incoming.orderedAt
  if (incoming.reportFacts && (!facts || isNewer(incoming.reportFacts.updatedAt, facts.updatedAt))) {
    facts = incoming.reportFacts
    orderedAt = incoming.orderedAt
  }
  const shipments = new Map((known?.shipments ?? []).map((s) => [s.key, s]))
  for (const shipment of incoming.shipments) {
    const current = shipments.get(shipment.key)
    if (!current || isNewer(shipment.reportedAt, current.reportedAt)) shipments.set(shipment.key, shipment)
  }
  return deriveOrder({
    orderNumber: incoming.orderNumber,
    orderedAt,
    reportFacts: facts,
    shipments: [...shipments.values()],
    salesChannel: facts?.salesChannel ?? known?.salesChannel ?? incoming.salesChannel,
    shipServiceLevel: facts?.shipServiceLevel ?? known?.shipServiceLevel ?? incoming.shipServiceLevel,
  })
}

const shipmentTime = (s: OrderShipment) => s.shippedAt ?? s.reportedAt

/** The panel's fields from the kept facts alone (the same facts always give the same order). */
function deriveOrder(input: IncomingOrder): Order {
  const shipments = [...input.shipments].sort(
    (a, b) => compareInstants(shipmentTime(a), shipmentTime(b)) || a.key.localeCompare(b.key),
  )
  const facts = input.reportFacts
  const last = shipments.at(-1)
  let status = facts?.status ?? (shipments.length > 0 ? 'shipped' : 'pending')
  // A parcel reported after the order's last update shows it left, whatever the older status said.
  if (status === 'pending' && last?.trackingNumber && (!facts || isNewer(last.reportedAt, facts.updatedAt))) {
    status = 'shipped'
  }
  return {
    orderNumber: input.orderNumber,
    items: facts ? facts.items.map((item) => ({ ...item })) : itemsOfShipments(shipments),
    status,
    carrier: last?.carrier ?? null,
    trackingNumber: last?.trackingNumber ?? null,
    orderedAt: input.orderedAt,
    marketplaceStatus: facts?.marketplaceStatus ?? null,
    totals: facts?.totals ?? null,
    shipServiceLevel: input.shipServiceLevel,
    salesChannel: input.salesChannel,
    shipments,
    reportFacts: facts,
  }
}

/** Without an order report, the items are what the parcels held. */
function itemsOfShipments(shipments: OrderShipment[]): OrderItem[] {
  return shipments.flatMap((shipment) =>
    shipment.items.map((item) => ({
      title: item.title,
      quantity: item.quantity,
      ...(item.sku ? { sku: item.sku } : {}),
      ...(item.price ? { price: item.price } : {}),
      ...(item.currency ? { currency: item.currency } : {}),
    })),
  )
}

/** Same content, whatever the key order (records read back from disk keep the order they were written in). */
export function sameOrder(a: Order, b: Order): boolean {
  // Both usually come from deriveOrder, keys in the same order: the plain string settles it cheaply.
  return JSON.stringify(a) === JSON.stringify(b) || canonical(a) === canonical(b)
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([x], [y]) => (x < y ? -1 : 1)))
      : field,
  )
}
