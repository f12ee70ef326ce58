import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mailBlobStores } from '../mail/open'
import { MailboxStore } from '../store'
import { BODIES, EVIDENCE_ORDER, EVIDENCE_THREAD, buildEvidenceData } from './evidence-fixtures'
import { exportPdf } from './export-pdf'
import { chromiumPrinter } from './print-chromium'

let dir: string
let out: string
let server: Server
const hits: string[] = []
const attempted: string[] = []
let refs: Awaited<ReturnType<typeof buildEvidenceData>>['refs']
let result: Awaited<ReturnType<typeof exportPdf>>

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' })
/** pdftotext breaks lines where the page did: compare text with runs of white space made one. */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim()

beforeAll(async () => {
  server = createServer((request, response) => {
    hits.push(request.url ?? '')
    response.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const remote = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pixel.png`
  dir = mkdtempSync(path.join(os.tmpdir(), 'comptoir-pdf-'))
  ;({ refs } = await buildEvidenceData(dir, remote))
  const store = await MailboxStore.open(path.join(dir, 'store'))
  try {
    result = await exportPdf({
      store,
      ...mailBlobStores(dir),
      target: { threadId: EVIDENCE_THREAD },
      lang: 'fr',
      print: chromiumPrinter({ onRequest: (url) => attempted.push(url) }),
    })
  } finally {
    await store.close()
  }
  out = path.join(dir, 'thread.pdf')
  writeFileSync(out, result.bytes)
}, 120_000)

afterAll(() => {
  server.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('a thread as PDF', () => {
  it('holds every message body verbatim, the order, and "page n / N" on every page', () => {
    const text = poppler('pdftotext', '-layout', out, '-')
    for (const body of BODIES) expect(flat(text)).toContain(flat(body))
    for (const fact of [
      EVIDENCE_ORDER,
      'Colissimo',
      '6A12345678901',
      'Remboursée',
      'Théière « İznik » émaillée',
    ])
      expect(text).toContain(fact)
    expect(result.pages).toBeGreaterThanOrEqual(2)
    for (let page = 1; page <= result.pages; page++) expect(text).toContain(`page ${page} / ${result.pages}`)
    expect(text).toContain('Reçu')
    expect(text).toContain('Envoyé')
  })

  it('shows each image attachment inline', () => {
    const images = poppler('pdfimages', '-list', out).trim().split('\n').slice(2)
    // photo-colis.png appears in two messages, étiquette.gif in one.
    expect(images).toHaveLength(3)
  })

  it('embeds the originals, whose SHA-256 match the store', () => {
    const listing = poppler('pdfdetach', '-list', out)
    expect(listing).toMatch(/^7 embedded files/m)
    const saved = mkdtempSync(path.join(os.tmpdir(), 'comptoir-detach-'))
    try {
      poppler('pdfdetach', '-saveall', '-o', saved, out)
      const files = readdirSync(saved)
      for (const ref of refs) {
        const bytes = readFileSync(path.join(saved, ref.name))
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(ref.id)
      }
      const mails = files.filter((f) => f.endsWith('.eml'))
      expect(mails).toHaveLength(4)
      const first = readFileSync(path.join(saved, mails.sort()[0]!), 'utf8')
      expect(first).toMatch(/^Message-ID: <ev-m0@comptoir\.invalid>/m)
      expect(first).toMatch(/^X-Comptoir-Synthesised: yes/m)
    } finally {
      rmSync(saved, { recursive: true, force: true })
    }
    expect(result.embedded).toBe(7)
  })

  it('uses embedded fonts only', () => {
    const rows = poppler('pdffonts', out).trim().split('\n').slice(2)
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/)
    for (const row of rows) expect(row.split(/\s+/).at(-5)).toBe('yes')
  })

  it('sends no network request while printing (the remote image is not fetched)', () => {
    expect(hits).toEqual([])
    expect(attempted.filter((url) => !url.startsWith('data:'))).toEqual([])
  })
})
