import { spawnSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MailboxStore } from '../services/store'
import {
  FBA_SHIPMENTS_COLUMNS,
  encodeReport,
  reportText,
  shipmentRow,
} from '../services/orders/report-fixtures'

/** Runs the CLI as `npm run --silent orders:import` does (tsx). */
function runCli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/main/cli/orders-import.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  })
  const lines = r.stdout.split('\n').filter(Boolean)
  return { status: r.status, last: lines.at(-1), lines, stderr: r.stderr }
}

let folder: string
let report: string
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'comptoir-orders-cli-'))
  report = path.join(folder, 'fba-shipments.txt')
  const text = reportText(FBA_SHIPMENTS_COLUMNS, [
    shipmentRow({
      'amazon-order-id': '171-5555555-5555555',
      'purchase-date': '2026-11-22T10:00:00+00:00',
      'shipment-date': '2026-11-23T10:00:00+00:00',
      'reporting-date': '2026-11-23T12:00:00+00:00',
      'product-name': 'Mug à café émaillé',
      sku: 'MUG-1',
      'item-price': '12.50',
      carrier: 'Chronopost',
      'tracking-number': 'XY123456789FR',
    }),
    shipmentRow({ 'amazon-order-id': 'not-an-order', 'purchase-date': '2026-11-22T10:00:00+00:00' }),
  ])
  await writeFile(report, encodeReport(text, 'windows-1252'))
})
afterAll(() => rm(folder, { recursive: true, force: true }))

describe('orders:import CLI', () => {
  it('prints the summary as its last stdout line; a second run changes nothing', () => {
    const data = path.join(folder, 'data')
    const first = runCli(['--data', data, report])
    expect(first.status).toBe(0)
    expect(first.lines).toHaveLength(1)
    expect(JSON.parse(first.last!)).toEqual({
      read: 2,
      orders: 1,
      created: 1,
      updated: 0,
      unchanged: 0,
      matched_threads: 0,
      errors: [
        {
          source: `${report}:3`,
          reason: expect.stringContaining('not-an-order'),
          reason_fr: expect.any(String),
        },
      ],
    })
    expect(first.stderr).toMatch(/windows-1252/)
    const second = runCli(['--data', data, report])
    expect(JSON.parse(second.last!)).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
  })

  it('exits 2 with one sentence when it cannot run', async () => {
    const missing = runCli(['--data', path.join(folder, 'data'), path.join(folder, 'nope.txt')])
    expect([missing.status, missing.lines]).toEqual([2, []])
    expect(missing.stderr).toMatch(/^orders:import: No such file: .*nope\.txt\n$/)
    expect(runCli([report]).status).toBe(2)
    expect(runCli(['--data', folder]).stderr).toMatch(/No report file given/)
    expect(runCli(['--data', folder, '--bogus', report]).status).toBe(2)

    const held = path.join(folder, 'held')
    const store = await MailboxStore.open(path.join(held, 'store'))
    try {
      const locked = runCli(['--data', held, report])
      expect(locked.status).toBe(2)
      expect(locked.stderr).toMatch(/already open in another Comptoir instance/)
      expect(locked.lines).toEqual([])
    } finally {
      await store.close()
    }
  })
})
