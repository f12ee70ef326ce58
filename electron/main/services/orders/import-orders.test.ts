import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { placeholderValuesOf } from '../../../../shared/templates/placeholders'
import { MailboxStore } from '../store'
import { tempStoreDir } from '../store/store-fixtures'
import { importOrderReports } from './import-orders'
import {
  ALL_ORDERS_COLUMNS,
  FBA_SHIPMENTS_COLUMNS,
  INVENTED_BUYER,
  allOrdersRow,
  encodeReport,
  reportText,
  shipmentRow,
} from './report-fixtures'

const MULTI = '405-1111111-1111111' // two items, shipped by the seller
const PENDING = '405-2222222-2222222' // no prices yet
const FBA_ONLY = '171-3333333-3333333' // only in the shipments report
const LATER = '402-4444444-4444444' // its first mail arrives after the import

let dir: string
let cleanup: () => Promise<void>
let store: MailboxStore

beforeEach(async () => {
  ;({ dir, cleanup } = await tempStoreDir())
  store = await MailboxStore.open(dir)
})
afterEach(async () => {
  await store.close()
  await cleanup()
})

const thread = (orderNumber: string, name: string) =>
  store.createThread({
    subject: `Où est ma commande ${orderNumber} ?`,
    contact: { displayName: name, relayAddress: `${name.toLowerCase()}@marketplace.amazon.fr` },
    orderNumber,
  })

function allOrders(lastUpdated: string, status: string, encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252') {
  const common = { 'amazon-order-id': MULTI, 'purchase-date': '2026-11-20T09:15:00+01:00' }
  return encodeReport(
    reportText(ALL_ORDERS_COLUMNS, [
      allOrdersRow({
        ...common,
        'last-updated-date': lastUpdated,
        'order-status': status,
        'product-name': 'Théière en fonte « Kyoto » 1,2 L',
        sku: 'TH-KYOTO',
        asin: 'B0TESTKY01',
        quantity: '2',
        'item-price': '79.80',
        'shipping-price': '4.90',
        'item-promotion-discount': '-5.00',
      }),
      allOrdersRow({
        ...common,
        'last-updated-date': lastUpdated,
        'order-status': status,
        'product-name': 'Tasses à thé (lot de 4) – grès émaillé',
        sku: 'TASSES-4',
        asin: 'B0TESTTS04',
        'item-price': '24.10',
      }),
      allOrdersRow({
        'amazon-order-id': PENDING,
        'purchase-date': '2026-11-29T22:40:00+01:00',
        'last-updated-date': '2026-11-29T22:41:00+01:00',
        'order-status': 'Pending',
        'product-name': 'Bouilloire électrique',
        'item-price': '',
      }),
      allOrdersRow({ 'amazon-order-id': '405-12345', 'purchase-date': '2026-11-20T09:15:00+01:00' }),
      allOrdersRow({
        'amazon-order-id': LATER,
        'purchase-date': '2026-11-25 08:00:00 PST',
        'last-updated-date': '2026-11-26 08:00:00 PST',
        'order-status': 'Shipped - Delivered to Buyer',
        'product-name': 'Filtre à thé',
        'item-price': '0.10',
        'gift-wrap-price': '0.20',
      }),
    ]),
    encoding,
  )
}

function shipments(encoding: 'utf-8' | 'windows-1252') {
  return encodeReport(
    reportText(FBA_SHIPMENTS_COLUMNS, [
      shipmentRow({
        'amazon-order-id': MULTI,
        'shipment-id': 'DqTestShip1',
        'purchase-date': '2026-11-20T09:15:00+01:00',
        'shipment-date': '2026-11-21T16:00:00+01:00',
        'reporting-date': '2026-11-21T18:00:00+01:00',
        'product-name': 'Théière en fonte « Kyoto » 1,2 L',
        sku: 'TH-KYOTO',
        'quantity-shipped': '2',
        'item-price': '79.80',
        carrier: 'Colissimo',
        'tracking-number': '6A12345678901',
        'estimated-arrival-date': '2026-11-24T20:00:00+01:00',
      }),
      shipmentRow({
        'amazon-order-id': FBA_ONLY,
        'shipment-id': 'DqTestShip2',
        'purchase-date': '2026-11-22T10:00:00+00:00',
        'shipment-date': '2026-11-23T10:00:00+00:00',
        'reporting-date': '2026-11-23T12:00:00+00:00',
        'product-name': 'Plateau en chêne — 40 cm',
        sku: 'PLATEAU-40',
        'item-price': '35,00',
        carrier: 'DHL',
        'tracking-number': 'JJD0099887766',
      }),
      shipmentRow({ 'amazon-order-id': FBA_ONLY, 'purchase-date': 'hier', 'product-name': 'x' }),
    ]),
    encoding,
  )
}

const importFiles = (...files: [string, Uint8Array][]) =>
  importOrderReports(
    store,
    files.map(([name, bytes]) => ({ name, bytes })),
  )

describe('order import from Seller Central reports', () => {
  it('fills the panels of the matching threads from both kinds of report, in UTF-8 and Windows-1252', async () => {
    const multi = await thread(MULTI, 'Julien')
    const fbaOnly = await thread(FBA_ONLY, 'Chloé')
    const summary = await importFiles(
      ['all-orders.txt', allOrders('2026-11-21T18:05:00+01:00', 'Shipped', 'utf-8-bom')],
      ['fba-shipments.txt', shipments('windows-1252')],
    )
    expect(summary).toMatchObject({
      read: 8,
      orders: 4,
      created: 4,
      updated: 0,
      unchanged: 0,
      matched_threads: 2,
    })
    expect(summary.errors).toEqual([
      { source: 'all-orders.txt:5', problem: { code: 'order-number', value: '405-12345' } },
      {
        source: 'fba-shipments.txt:4',
        problem: expect.objectContaining({ column: 'purchase-date' }),
      },
    ])

    const order = store.getThread(multi.id).order!
    expect(order.status).toBe('shipped')
    expect(order.marketplaceStatus).toBe('Shipped')
    expect(order.orderedAt).toBe('2026-11-20T09:15:00+01:00')
    expect(order.items.map((i) => [i.quantity, i.title, i.price, i.currency])).toEqual([
      [2, 'Théière en fonte « Kyoto » 1,2 L', '79.80', 'EUR'],
      [1, 'Tasses à thé (lot de 4) – grès émaillé', '24.10', 'EUR'],
    ])
    expect(order.totals).toEqual({ currency: 'EUR', items: '103.90', shipping: '4.90', total: '103.80' })
    expect([order.carrier, order.trackingNumber]).toEqual(['Colissimo', '6A12345678901'])
    expect(order.shipments?.[0]?.estimatedArrival).toBe('2026-11-24T20:00:00+01:00')

    // Windows-1252 read right: accents and the em dash survive, and a comma decimal is exact.
    const fba = store.getThread(fbaOnly.id).order!
    expect(fba.items).toEqual([
      { title: 'Plateau en chêne — 40 cm', quantity: 1, sku: 'PLATEAU-40', price: '35.00', currency: 'EUR' },
    ])
    expect([fba.status, fba.carrier, fba.trackingNumber]).toEqual(['shipped', 'DHL', 'JJD0099887766'])

    // Templates fill the carrier and tracking number from the imported order.
    const values = placeholderValuesOf(store.getThread(multi.id), 'Maison Test')
    expect([values.carrier, values.tracking_number]).toEqual(['Colissimo', '6A12345678901'])
  })

  it('shows the order of a thread that arrives after the import, and keeps exact sums', async () => {
    await importFiles(['all-orders.txt', allOrders('2026-11-21T18:05:00+01:00', 'Shipped', 'utf-8')])
    const later = await thread(LATER, 'Camille')
    const order = store.getThread(later.id).order!
    expect(order.status).toBe('delivered')
    expect(order.orderedAt).toBe('2026-11-25T08:00:00-08:00')
    expect(order.totals?.total).toBe('0.30') // 0.10 + 0.20, not 0.30000000000000004
    // A thread carrying its own copy of the order (as the demo's do) leaves the imported one alone.
    const withCopy = await store.createThread({
      subject: 'Commande',
      contact: { displayName: 'Inès', relayAddress: 'ines@marketplace.amazon.fr' },
      order: {
        orderNumber: LATER,
        items: [],
        status: 'pending',
        carrier: null,
        trackingNumber: null,
        orderedAt: '2026-11-25T16:00:00Z',
      },
    })
    expect(store.getThread(withCopy.id).order?.status).toBe('delivered')
    expect(store.getThread((await thread(PENDING, 'Léa')).id).order).toMatchObject({
      status: 'pending',
      totals: null,
      items: [{ title: 'Bouilloire électrique', quantity: 1 }],
    })
  })

  it('changes nothing on a second import; a newer report updates, an older one does not', async () => {
    const multi = await thread(MULTI, 'Julien')
    const first = [
      ['all-orders.txt', allOrders('2026-11-21T18:05:00+01:00', 'Shipped', 'utf-8')],
      ['fba-shipments.txt', shipments('utf-8')],
    ] as [string, Uint8Array][]
    await importFiles(...first)
    const again = await importFiles(...first)
    expect(again).toMatchObject({ orders: 4, created: 0, updated: 0, unchanged: 4 })

    const newer = await importFiles([
      'newer.txt',
      allOrders('2026-11-24T10:00:00+01:00', 'Shipped - Delivered to Buyer', 'windows-1252'),
    ])
    expect(newer).toMatchObject({ created: 0, updated: 1, unchanged: 2 })
    expect(store.getThread(multi.id).order).toMatchObject({
      status: 'delivered',
      trackingNumber: '6A12345678901',
    })

    // Older than what is known (an earlier last-updated-date, written with another offset): ignored.
    const older = await importFiles([
      'older.txt',
      allOrders('2026-11-21T10:00:00+01:00', 'Cancelled', 'utf-8'),
    ])
    expect(older).toMatchObject({ created: 0, updated: 0, unchanged: 3 })
    expect(store.getThread(multi.id).order?.status).toBe('delivered')

    // Still so after reopening: what was merged is on disk.
    await store.close()
    store = await MailboxStore.open(dir)
    expect(store.getThread(multi.id).order).toMatchObject({ status: 'delivered', carrier: 'Colissimo' })
  })

  it('keeps no buyer names, addresses, e-mails or phone numbers', async () => {
    await importFiles(
      ['all-orders.txt', allOrders('2026-11-21T18:05:00+01:00', 'Shipped', 'utf-8')],
      ['fba.txt', shipments('utf-8')],
    )
    await store.close()
    const files: string[] = []
    const walk = async (folder: string) => {
      for (const entry of await readdir(folder, { withFileTypes: true })) {
        const at = path.join(folder, entry.name)
        if (entry.isDirectory()) await walk(at)
        else files.push(await readFile(at, 'latin1'))
      }
    }
    await walk(dir)
    const stored = files.join('\n')
    expect(stored).toContain('6A12345678901')
    for (const value of new Set(Object.values(INVENTED_BUYER))) {
      const escaped = JSON.stringify(value)
        .slice(1, -1)
        .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      expect(stored).not.toContain(escaped)
    }
    store = await MailboxStore.open(dir)
  })

  it('names a file that is not an order report and goes on with the others', async () => {
    const summary = await importFiles(
      ['notes.txt', new TextEncoder().encode('hello\tworld\r\n1\t2\r\n')],
      ['empty.txt', new Uint8Array()],
      ['fba.txt', shipments('utf-8')],
    )
    expect(summary.errors.slice(0, 2)).toEqual([
      {
        source: 'notes.txt:1',
        problem: { code: 'not-a-report', missing: expect.arrayContaining(['amazon-order-id']) },
      },
      { source: 'empty.txt:1', problem: { code: 'empty-file' } },
    ])
    expect(summary.orders).toBe(2)
  })
})
