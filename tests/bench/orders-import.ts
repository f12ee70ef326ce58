/**
 * `npm run bench:orders`: order import speed on a Seller Central–sized report. Builds an "All Orders"
 * report of ORDERS orders (two item rows each, Windows-1252, ~20 MB at the default) and the matching
 * "Amazon Fulfilled Shipments" report, imports both into an empty store with THREADS threads naming
 * some of those orders, then imports them again (nothing changes). Prints JSON on stdout.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { MailboxStore } from '../../electron/main/services/store'
import { importOrderReports } from '../../electron/main/services/orders/import-orders'
import {
  ALL_ORDERS_COLUMNS,
  FBA_SHIPMENTS_COLUMNS,
  allOrdersRow,
  encodeReport,
  reportText,
  shipmentRow,
} from '../../electron/main/services/orders/report-fixtures'

const ORDERS = Number(process.env.ORDERS ?? 25_000)
const THREADS = Number(process.env.THREADS ?? 500)
const RUNS = Number(process.env.RUNS ?? 5)

const orderNumber = (i: number) =>
  `405-${String(1_000_000 + i).padStart(7, '0')}-${String(i).padStart(7, '0')}`

function reports() {
  const rows = []
  const parcels = []
  for (let i = 0; i < ORDERS; i++) {
    const common = {
      'amazon-order-id': orderNumber(i),
      'purchase-date': '2026-11-20T09:15:00+01:00',
      'last-updated-date': '2026-11-22T08:00:00+01:00',
      'order-status': 'Shipped',
    }
    rows.push(
      allOrdersRow({
        ...common,
        'product-name': `Théière en fonte « Kyoto » n° ${i}`,
        'item-price': '39.90',
        'shipping-price': '4.90',
      }),
      allOrdersRow({ ...common, 'product-name': 'Tasses à thé – lot de 4', 'item-price': '24.10' }),
    )
    parcels.push(
      shipmentRow({
        'amazon-order-id': orderNumber(i),
        'shipment-id': `D${i}`,
        'purchase-date': common['purchase-date'],
        'shipment-date': '2026-11-21T16:00:00+01:00',
        'reporting-date': '2026-11-21T18:00:00+01:00',
        'product-name': 'Théière',
        carrier: 'Colissimo',
        'tracking-number': `6A${String(i).padStart(11, '0')}`,
      }),
    )
  }
  return [
    { name: 'all-orders.txt', bytes: encodeReport(reportText(ALL_ORDERS_COLUMNS, rows), 'windows-1252') },
    { name: 'fba.txt', bytes: encodeReport(reportText(FBA_SHIPMENTS_COLUMNS, parcels), 'utf-8') },
  ]
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function main() {
  const files = reports()
  const first: number[] = []
  const again: number[] = []
  const firstCpu: number[] = []
  const againCpu: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'comptoir-bench-orders-'))
    const store = await MailboxStore.open(dir)
    for (let t = 0; t < THREADS; t++) {
      await store.createThread({
        subject: `Commande ${t}`,
        contact: { displayName: `Client ${t}`, relayAddress: `c${t}@marketplace.amazon.fr` },
        orderNumber: orderNumber(t * Math.floor(ORDERS / THREADS)),
      })
    }
    // CPU time as well as wall time: on a shared machine the wall time mostly measures the neighbours.
    let started = performance.now()
    let cpu = process.cpuUsage()
    const created = await importOrderReports(store, files)
    first.push(performance.now() - started)
    firstCpu.push(cpuMs(process.cpuUsage(cpu)))
    started = performance.now()
    cpu = process.cpuUsage()
    const unchanged = await importOrderReports(store, files)
    again.push(performance.now() - started)
    againCpu.push(cpuMs(process.cpuUsage(cpu)))
    if (created.created !== ORDERS || unchanged.unchanged !== ORDERS || created.matched_threads !== THREADS) {
      throw new Error(`unexpected summary: ${JSON.stringify({ created, unchanged })}`)
    }
    await store.close()
    await rm(dir, { recursive: true, force: true })
  }
  process.stdout.write(
    `${JSON.stringify({
      orders: ORDERS,
      rows: ORDERS * 3,
      report_mb: +(files.reduce((sum, f) => sum + f.bytes.length, 0) / 1e6).toFixed(1),
      threads: THREADS,
      runs: RUNS,
      import_median_ms: Math.round(median(first)),
      import_max_ms: Math.round(Math.max(...first)),
      import_cpu_median_ms: Math.round(median(firstCpu)),
      reimport_median_ms: Math.round(median(again)),
      reimport_cpu_median_ms: Math.round(median(againCpu)),
      load_average: +os.loadavg()[0]!.toFixed(1),
      rss_mb: Math.round(process.memoryUsage().rss / 1e6),
    })}\n`,
  )
}

await main()
