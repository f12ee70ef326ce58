/**
 * Attachments and order reports cross the desktop IPC as bytes (structured clone of a Uint8Array through the preload),
 * not base64 text; the web harness keeps base64 over JSON. Both reach the same verdicts and the same
 * stored file. Driven through the IPC gate the desktop shell uses, with the arguments structured-cloned
 * as Electron's IPC does.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Result } from '../../../shared/ipc/result'
import type { AttachmentCheck } from '../../../shared/model/attachments'
import type { ThreadDetail } from '../../../shared/model/mailbox'
import type { ThreadPage } from '../../../shared/model/query'
import { createIpcGate } from './ipc-gate'
import { APP_ENTRY_URL, trustedOrigins } from './origin'
import { createAppServices } from '../services/app'
import type { AppServices } from '../services/app-types'
import { png } from '../services/attachments/test-fixtures'
import type { OrdersImportSummary } from '../../../shared/model/orders-import'
import { ORDER_UPLOAD_CHUNK_BYTES } from '../../../shared/ipc/contract'
import {
  ALL_ORDERS_COLUMNS,
  allOrdersRow,
  encodeReport,
  reportText,
} from '../services/orders/report-fixtures'
import { createFileSettings } from '../services/settings-file'

let dir: string
let app: AppServices
const fromAppWindow = { fromAppWindow: true, frameUrl: APP_ENTRY_URL, isMainFrame: true }

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'comptoir-binary-'))
  app = await createAppServices({
    userDataDir: dir,
    mode: 'electron',
    demo: true,
    settings: createFileSettings(path.join(dir, 'settings.json')),
    version: 'test',
    systemLanguage: 'fr',
  })
})
afterEach(async () => {
  await app.close()
  rmSync(dir, { recursive: true, force: true })
})

async function value<T>(pending: Promise<Result<unknown>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

describe('attachments over the desktop IPC', () => {
  it('are validated and sent as bytes, stored identical to what the user attached', async () => {
    const gate = createIpcGate(app, trustedOrigins(null))
    // What ipcRenderer.invoke does to the arguments: a structured clone (a Uint8Array stays one).
    const ipc = (channel: string, ...args: unknown[]) => gate(fromAppWindow, channel, structuredClone(args))
    const image = png()
    const check = await value<AttachmentCheck>(
      ipc('attachments:validate', [{ name: 'photo.png', bytes: image }]),
    )
    expect(check.files[0]).toMatchObject({ accepted: true, type: 'png' })

    const inbox = await value<ThreadPage>(ipc('threads:query', { view: 'inbox', limit: 1 }))
    const threadId = inbox.threads[0]!.id
    const sent = await value<ThreadDetail>(
      ipc('messages:send', {
        threadId,
        body: 'Voici la photo.',
        attachments: [{ name: 'photo.png', bytes: image }],
      }),
    )
    const ref = sent.messages.at(-1)!.attachments[0]!
    expect(ref).toMatchObject({ name: 'photo.png', type: 'png', bytes: image.byteLength })
    expect(new Uint8Array(readFileSync(path.join(dir, 'attachments', ref.id)))).toEqual(image)
  })

  it('give the same verdicts as base64 from the web harness, and refuse a disguised file the same way', async () => {
    const text = new TextEncoder().encode('MZ pas une image')
    const [binary, base64] = await Promise.all([
      value<AttachmentCheck>(app.dispatch('attachments:validate', [[{ name: 'photo.png', bytes: text }]])),
      value<AttachmentCheck>(
        app.dispatch('attachments:validate', [
          [{ name: 'photo.png', dataBase64: Buffer.from(text).toString('base64') }],
        ]),
      ),
    ])
    expect(binary).toEqual(base64)
    expect(binary.files[0]).toMatchObject({ accepted: false, code: 'extension-mismatch' })
  })

  it('refuse a binary upload over the cap before any service reads it', async () => {
    const gate = createIpcGate(app, trustedOrigins(null))
    const huge = new Uint8Array(17 * 1024 * 1024)
    const result = await gate(fromAppWindow, 'attachments:validate', [[{ name: 'big.pdf', bytes: huge }]])
    expect(result).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } })
  })
})

describe('order reports over the desktop IPC', () => {
  it('arrive in binary pieces and import the same orders as base64 pieces from the web harness', async () => {
    const gate = createIpcGate(app, trustedOrigins(null))
    const ipc = (channel: string, ...args: unknown[]) => gate(fromAppWindow, channel, structuredClone(args))
    const rows = Array.from({ length: 3000 }, (_, i) =>
      allOrdersRow({
        'amazon-order-id': `402-${String(1000000 + i)}-${String(2000000 + i)}`,
        'purchase-date': '2026-11-20T09:15:00+01:00',
        'last-updated-date': '2026-11-21T10:00:00+01:00',
        'order-status': 'Shipped',
        'product-name': 'Théière en fonte « Kyoto » 1,2 L',
        sku: 'TH-KYOTO',
        'item-price': '79.80',
      }),
    )
    const report = encodeReport(reportText(ALL_ORDERS_COLUMNS, rows), 'utf-8')
    expect(report.byteLength).toBeGreaterThan(ORDER_UPLOAD_CHUNK_BYTES) // several pieces
    const upload = async (piece: (start: number, end: number) => unknown) => {
      const { uploadId } = await value<{ uploadId: string }>(
        ipc('orders:uploadBegin', { name: 'All Orders.txt', size: report.byteLength }),
      )
      for (let start = 0; start < report.byteLength; start += ORDER_UPLOAD_CHUNK_BYTES) {
        const end = Math.min(report.byteLength, start + ORDER_UPLOAD_CHUNK_BYTES)
        await value(ipc('orders:uploadChunk', uploadId, start, piece(start, end)))
      }
      return value<OrdersImportSummary>(ipc('orders:import', [uploadId]))
    }
    const binary = await upload((start, end) => report.slice(start, end))
    expect(binary).toMatchObject({ read: 3000, orders: 3000, created: 3000 })
    const base64 = await upload((start, end) => Buffer.from(report.subarray(start, end)).toString('base64'))
    expect(base64).toMatchObject({ read: 3000, orders: 3000, created: 0, unchanged: 3000 })
  })

  it('refuse a binary piece over the cap before any service reads it', async () => {
    const gate = createIpcGate(app, trustedOrigins(null))
    const { uploadId } = await value<{ uploadId: string }>(
      gate(fromAppWindow, 'orders:uploadBegin', [{ name: 'a.txt', size: 10 }]),
    )
    const result = await gate(fromAppWindow, 'orders:uploadChunk', [
      uploadId,
      0,
      new Uint8Array(ORDER_UPLOAD_CHUNK_BYTES + 1),
    ])
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
  })
})
