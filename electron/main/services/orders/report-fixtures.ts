/**
 * Seller Central order reports generated for tests: the "All Orders" flat file and the FBA "Amazon
 * Fulfilled Shipments" one, with the columns (buyer details included, all invented) in Seller
 * Central's order, in UTF-8 or Windows-1252. Nothing here comes from a real order.
 */

export const ALL_ORDERS_COLUMNS = [
  'amazon-order-id',
  'merchant-order-id',
  'purchase-date',
  'last-updated-date',
  'order-status',
  'fulfillment-channel',
  'sales-channel',
  'order-channel',
  'url',
  'ship-service-level',
  'product-name',
  'sku',
  'asin',
  'item-status',
  'quantity',
  'currency',
  'item-price',
  'item-tax',
  'shipping-price',
  'shipping-tax',
  'gift-wrap-price',
  'gift-wrap-tax',
  'item-promotion-discount',
  'ship-promotion-discount',
  'ship-city',
  'ship-state',
  'ship-postal-code',
  'ship-country',
  'promotion-ids',
  'is-business-order',
  'purchase-order-number',
  'price-designation',
  'buyer-email',
  'buyer-name',
] as const

export const FBA_SHIPMENTS_COLUMNS = [
  'amazon-order-id',
  'merchant-order-id',
  'shipment-id',
  'shipment-item-id',
  'amazon-order-item-id',
  'merchant-order-item-id',
  'purchase-date',
  'payments-date',
  'shipment-date',
  'reporting-date',
  'buyer-email',
  'buyer-name',
  'buyer-phone-number',
  'sku',
  'product-name',
  'quantity-shipped',
  'currency',
  'item-price',
  'item-tax',
  'shipping-price',
  'shipping-tax',
  'gift-wrap-price',
  'gift-wrap-tax',
  'ship-service-level',
  'recipient-name',
  'ship-address-1',
  'ship-address-2',
  'ship-address-3',
  'ship-city',
  'ship-state',
  'ship-postal-code',
  'ship-country',
  'ship-phone-number',
  'item-promotion-discount',
  'ship-promotion-discount',
  'carrier',
  'tracking-number',
  'estimated-arrival-date',
  'fulfillment-center-id',
  'fulfillment-channel',
  'sales-channel',
] as const

export type ReportRowValues = Partial<Record<string, string>>

/** Invented buyer details, so tests can check they are never kept. */
export const INVENTED_BUYER = {
  'buyer-email': 'zq7x2m4k9t@marketplace.amazon.fr',
  'buyer-name': 'Éloïse Testard',
  'buyer-phone-number': '+33 6 12 34 56 78',
  'recipient-name': 'Éloïse Testard',
  'ship-address-1': '12 rue des Essais',
  'ship-city': 'Rennes',
  'ship-postal-code': '35000',
  'ship-country': 'FR',
  'ship-phone-number': '+33 6 12 34 56 78',
}

export function allOrdersRow(values: ReportRowValues): ReportRowValues {
  return {
    'fulfillment-channel': 'Merchant',
    'sales-channel': 'Amazon.fr',
    'order-channel': '',
    'ship-service-level': 'Standard',
    'item-status': 'Unshipped',
    quantity: '1',
    currency: 'EUR',
    'item-tax': '',
    'shipping-price': '',
    'is-business-order': 'false',
    ...INVENTED_BUYER,
    ...values,
  }
}

export function shipmentRow(values: ReportRowValues): ReportRowValues {
  return {
    'fulfillment-channel': 'AFN',
    'sales-channel': 'Amazon.fr',
    'ship-service-level': 'Standard',
    'quantity-shipped': '1',
    currency: 'EUR',
    'fulfillment-center-id': 'ORY1',
    ...INVENTED_BUYER,
    ...values,
  }
}

/** The report's text: header line, one tab-separated line per row, CRLF as Seller Central writes. */
export function reportText(columns: readonly string[], rows: ReportRowValues[]): string {
  const lines = [columns.join('\t'), ...rows.map((row) => columns.map((c) => row[c] ?? '').join('\t'))]
  return lines.join('\r\n') + '\r\n'
}

const CP1252_EXTRAS: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  Œ: 0x8c,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
  '™': 0x99,
  œ: 0x9c,
  Ÿ: 0x9f,
}

/** Windows-1252 bytes (what European Seller Central downloads and Excel on Windows write). */
export function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    const code = ch.charCodeAt(0)
    const extra = CP1252_EXTRAS[ch]
    if (extra !== undefined) bytes[i] = extra
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code
    else throw new Error(`"${ch}" has no Windows-1252 byte`)
  }
  return bytes
}

export function encodeReport(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252'): Uint8Array {
  if (encoding === 'windows-1252') return encodeWindows1252(text)
  const utf8 = new TextEncoder().encode(text)
  if (encoding === 'utf-8') return utf8
  const withBom = new Uint8Array(utf8.length + 3)
  withBom.set([0xef, 0xbb, 0xbf])
  withBom.set(utf8, 3)
  return withBom
}
