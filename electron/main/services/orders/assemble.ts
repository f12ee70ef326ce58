/**
 * From report rows to what one file says about each order: an order spreads over one row per item
 * (all sharing its number), and a shipments report names its parcels row by row. The result is a set
 * of versioned facts per order, which `mergeOrder` weighs against what the store already knows.
 */
import type {
  OrderItem,
  OrderReportFacts,
  OrderShipment,
  OrderTotals,
} from '../../../../shared/model/mailbox'
import { absolute, addDecimals, formatDecimal, negate } from '../../../../shared/orders/decimal'
import type { Decimal } from '../../../../shared/orders/decimal'
import { compareInstants } from './dates'
import type { ParsedReport, ReportRow, RowError } from './report-rows'
import { statusOf } from './statuses'

/** What one report file says about one order. */
export interface IncomingOrder {
  orderNumber: string
  orderedAt: string
  /** Order-level facts, from a report with an order-status column. */
  reportFacts: OrderReportFacts | null
  shipments: OrderShipment[]
  salesChannel: string | null
  shipServiceLevel: string | null
}

export function assembleOrders(report: ParsedReport): { orders: IncomingOrder[]; errors: RowError[] } {
  const byOrder = new Map<string, ReportRow[]>()
  for (const row of report.rows) {
    const rows = byOrder.get(row.orderNumber)
    if (rows) rows.push(row)
    else byOrder.set(row.orderNumber, [row])
  }
  const orders: IncomingOrder[] = []
  const errors: RowError[] = []
  for (const [orderNumber, allRows] of byOrder) {
    // One order, one currency: a row in another one cannot be added up with the others.
    const currency = allRows.find((row) => row.currency)?.currency ?? null
    const rows = allRows.filter((row) => {
      if (row.currency === null || row.currency === currency) return true
      errors.push({
        source: row.source,
        problem: {
          code: 'mixed-currency',
          currency: row.currency,
          expected: currency ?? '',
          order: orderNumber,
        },
      })
      return false
    })
    const first = rows[0]!
    const shipments = shipmentsOf(rows)
    // A report without statuses still lists the items of an order it names no parcel for.
    const hasFacts = report.hasOrderStatus || shipments.length === 0
    orders.push({
      orderNumber,
      orderedAt: earliest(rows.map((row) => row.purchaseDate)),
      reportFacts: hasFacts ? factsOf(rows, currency) : null,
      shipments,
      salesChannel: first.salesChannel,
      shipServiceLevel: first.shipServiceLevel,
    })
  }
  return { orders, errors }
}

function earliest(dates: string[]): string {
  return dates.reduce((a, b) => (compareInstants(b, a) < 0 ? b : a))
}

function latest(dates: string[]): string {
  return dates.reduce((a, b) => (compareInstants(b, a) > 0 ? b : a))
}

function itemOf(row: ReportRow, quantity: number): OrderItem {
  return {
    title: row.title,
    quantity,
    ...(row.asin ? { asin: row.asin } : {}),
    ...(row.sku ? { sku: row.sku } : {}),
    ...(row.itemPrice ? { price: formatDecimal(row.itemPrice) } : {}),
    ...(row.currency ? { currency: row.currency } : {}),
  }
}

function factsOf(rows: ReportRow[], currency: string | null): OrderReportFacts {
  // All rows of an order carry its last update; the newest one dates the whole set.
  const updatedAt = latest(rows.map((row) => row.lastUpdated ?? row.purchaseDate))
  const newest = rows.find((row) => (row.lastUpdated ?? row.purchaseDate) === updatedAt) ?? rows[0]!
  const marketplaceStatus = newest.orderStatus ?? ''
  return {
    updatedAt,
    marketplaceStatus,
    status: marketplaceStatus ? statusOf(marketplaceStatus) : 'pending',
    items: rows.map((row) => itemOf(row, row.quantity)),
    totals: currency ? totalsOf(rows, currency) : null,
    shipServiceLevel: newest.shipServiceLevel,
    salesChannel: newest.salesChannel,
  }
}

/**
 * Items + shipping + gift wrap − promotions. Reports write promotions negative or positive depending
 * on the report, so their absolute value is taken off. Taxes are inside the prices (EU reports).
 */
function totalsOf(rows: ReportRow[], currency: string): OrderTotals | null {
  const pick = (get: (row: ReportRow) => Decimal | null) =>
    rows.map(get).filter((value): value is Decimal => value !== null)
  const items = pick((row) => row.itemPrice)
  if (items.length === 0) return null // a pending order has no prices yet
  const itemsSum = addDecimals(items, 2)
  const shipping = addDecimals(
    pick((row) => row.shippingPrice),
    2,
  )
  const giftWrap = addDecimals(
    pick((row) => row.giftWrapPrice),
    2,
  )
  const promotions = pick((row) => row.itemPromotion)
    .concat(pick((row) => row.shipPromotion))
    .map((value) => negate(absolute(value)))
  const total = addDecimals([itemsSum, shipping, giftWrap, ...promotions], 2)
  return {
    currency,
    items: formatDecimal(itemsSum),
    shipping: formatDecimal(shipping),
    total: formatDecimal(total),
  }
}

function shipmentsOf(rows: ReportRow[]): OrderShipment[] {
  const byKey = new Map<string, OrderShipment>()
  for (const row of rows) {
    const facts = row.shipment
    if (!facts) continue
    const item = {
      title: row.title,
      ...(row.sku ? { sku: row.sku } : {}),
      quantity: row.quantity,
      ...(row.itemPrice ? { price: formatDecimal(row.itemPrice) } : {}),
      ...(row.currency ? { currency: row.currency } : {}),
    }
    const known = byKey.get(facts.key)
    if (!known) {
      byKey.set(facts.key, { ...facts, items: [item] })
      continue
    }
    known.items.push(item)
    if (compareInstants(facts.reportedAt, known.reportedAt) > 0) known.reportedAt = facts.reportedAt
    known.carrier ??= facts.carrier
    known.trackingNumber ??= facts.trackingNumber
    known.shippedAt ??= facts.shippedAt
    known.estimatedArrival ??= facts.estimatedArrival
  }
  return [...byKey.values()]
}
