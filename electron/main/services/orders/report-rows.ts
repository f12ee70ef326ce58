/**
 * One report file's rows, read by column name. Seller Central's order reports are tab-separated with a
 * header line; which columns exist (and in which order) depends on the report and the marketplace, so
 * nothing here depends on positions, and columns not listed below are ignored. Buyer names, addresses,
 * e-mails and phone numbers are never read (see docs/architecture.md, "Orders").
 */
import { ORDER_NUMBER_PATTERN } from '../../../../shared/model/mailbox'
import type { OrderShipment } from '../../../../shared/model/mailbox'
import { parseDecimal } from '../../../../shared/orders/decimal'
import type { Decimal } from '../../../../shared/orders/decimal'
import type { OrderRowProblem } from '../../../../shared/model/orders-import'
import { parseReportDate } from './dates'

/** What one row says of its parcel (the parcel's items are gathered from all its rows). */
export type ShipmentFacts = Omit<OrderShipment, 'items'>

export interface ReportRow {
  /** "file:line", as errors name it. */
  source: string
  orderNumber: string
  purchaseDate: string
  /** `last-updated-date`, when the report has it. */
  lastUpdated: string | null
  orderStatus: string | null
  title: string
  sku: string | null
  asin: string | null
  quantity: number
  currency: string | null
  itemPrice: Decimal | null
  shippingPrice: Decimal | null
  giftWrapPrice: Decimal | null
  itemPromotion: Decimal | null
  shipPromotion: Decimal | null
  shipServiceLevel: string | null
  salesChannel: string | null
  /** Present when the row names a parcel (carrier, tracking number or shipment id). */
  shipment: ShipmentFacts | null
}

export interface RowError {
  source: string
  /** Worded by the app in its language, by the CLI in English and French. */
  problem: OrderRowProblem
}

export interface ParsedReport {
  /** The report carries order-level facts (an `order-status` column: "All Orders"). */
  hasOrderStatus: boolean
  rows: ReportRow[]
  errors: RowError[]
  /** Data lines read (the header and blank lines not counted). */
  read: number
}

/** A header cell as Seller Central spells it, whatever the case or stray spaces. */
const headerKey = (cell: string) =>
  cell
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')

class RowError_ extends Error {
  constructor(readonly problem: OrderRowProblem) {
    super(problem.code)
  }
}
const fail = (problem: OrderRowProblem): never => {
  throw new RowError_(problem)
}

export function parseReport(fileName: string, text: string): ParsedReport {
  const lines = text.split(/\r\n|\n|\r/)
  const headerAt = lines.findIndex((line) => line.trim() !== '')
  const result: ParsedReport = { hasOrderStatus: false, rows: [], errors: [], read: 0 }
  if (headerAt < 0) {
    result.errors.push({
      source: `${fileName}:1`,
      problem: { code: 'empty-file' },
    })
    return result
  }
  const columns = new Map<string, number>()
  lines[headerAt]!.split('\t').forEach((cell, index) => {
    const key = headerKey(cell)
    if (key && !columns.has(key)) columns.set(key, index)
  })
  const missing = ['amazon-order-id', 'purchase-date'].filter((name) => !columns.has(name))
  if (missing.length > 0) {
    result.errors.push({
      source: `${fileName}:${headerAt + 1}`,
      problem: { code: 'not-a-report', missing },
    })
    return result
  }
  result.hasOrderStatus = columns.has('order-status')
  const headerWidth = lines[headerAt]!.split('\t').length

  for (let at = headerAt + 1; at < lines.length; at++) {
    const line = lines[at]!
    if (line.trim() === '') continue
    result.read++
    const source = `${fileName}:${at + 1}`
    const cells = line.split('\t')
    try {
      // Trailing empty cells are often left out; extra non-empty cells mean the row is shifted.
      if (cells.length > headerWidth && cells.slice(headerWidth).some((cell) => cell.trim() !== '')) {
        fail({ code: 'column-count', columns: cells.length, header: headerWidth })
      }
      const cell = (name: string): string => {
        const index = columns.get(name)
        return index === undefined ? '' : (cells[index] ?? '').trim()
      }
      result.rows.push(readRow(source, cell, result.hasOrderStatus))
    } catch (error) {
      if (!(error instanceof RowError_)) throw error
      result.errors.push({ source, problem: error.problem })
    }
  }
  return result
}

function readRow(source: string, cell: (name: string) => string, hasOrderStatus: boolean): ReportRow {
  const orderNumber = cell('amazon-order-id')
  if (!ORDER_NUMBER_PATTERN.test(orderNumber)) {
    fail({ code: 'order-number', value: orderNumber })
  }
  const date = (name: string, options: { required?: boolean; dateOnly?: boolean } = {}) => {
    const raw = cell(name)
    if (raw === '') return options.required ? fail({ code: 'empty-column', column: name }) : null
    const parsed = parseReportDate(raw, options)
    return parsed.ok ? parsed.iso : fail({ ...parsed.problem, column: name })
  }
  const amount = (name: string): Decimal | null => {
    const raw = cell(name)
    if (raw === '') return null
    return parseDecimal(raw) ?? fail({ code: 'amount', column: name, value: raw })
  }
  const optional = (name: string) => cell(name) || null

  const purchaseDate = date('purchase-date', { required: true })!
  const lastUpdated = date('last-updated-date')
  const orderStatus = optional('order-status')
  if (hasOrderStatus && !orderStatus) fail({ code: 'empty-column', column: 'order-status' })

  const quantityText = cell('quantity') || cell('quantity-shipped') || cell('quantity-purchased')
  if (!/^\d{1,6}$/.test(quantityText)) {
    fail({ code: 'quantity', value: quantityText })
  }
  const currency = optional('currency')
  if (currency !== null && !/^[A-Z]{3}$/.test(currency)) {
    fail({ code: 'currency', value: currency })
  }

  const carrier = optional('carrier')
  const trackingNumber = optional('tracking-number')
  const shipmentId = optional('shipment-id')
  let shipment: ShipmentFacts | null = null
  if (carrier || trackingNumber || shipmentId) {
    const shippedAt = date('shipment-date')
    shipment = {
      key: shipmentId ?? `${carrier ?? ''}|${trackingNumber ?? ''}`,
      carrier,
      trackingNumber,
      shippedAt,
      estimatedArrival: date('estimated-arrival-date', { dateOnly: true }),
      reportedAt: date('reporting-date') ?? shippedAt ?? lastUpdated ?? purchaseDate,
    }
  }
  const title = cell('product-name') || cell('sku') || cell('asin')
  if (!title) {
    fail({ code: 'no-product' })
  }
  return {
    source,
    orderNumber,
    purchaseDate,
    lastUpdated,
    orderStatus,
    title,
    sku: optional('sku'),
    asin: optional('asin'),
    quantity: Number(quantityText),
    currency,
    itemPrice: amount('item-price'),
    shippingPrice: amount('shipping-price'),
    giftWrapPrice: amount('gift-wrap-price'),
    itemPromotion: amount('item-promotion-discount'),
    shipPromotion: amount('ship-promotion-discount'),
    shipServiceLevel: optional('ship-service-level'),
    salesChannel: optional('sales-channel'),
    shipment,
  }
}
