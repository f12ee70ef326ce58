/**
 * A thread (or every thread of an order) as one PDF: the page printed by Chromium or Electron from
 * evidence-html.ts, then the original mails and files embedded with pdf-lib. The printer is passed in,
 * so the CLI, the web harness and the desktop shell share everything but the printing itself.
 */
import { readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { existsSync } from 'node:fs'
import type { AttachmentStore } from '../attachments'
import type { RawMailStore } from '../mail/raw-store'
import type { MailboxStore } from '../store'
import { collectOriginals, readBlobOrNull, threadsFor } from './collect'
import type { EvidenceTarget } from './collect'
import { embedOriginals } from './embed'
import { isImage, renderEvidenceHtml } from './evidence-html'
import type { EvidenceLanguage } from './evidence-strings'
import { wordsFor } from './evidence-strings'
import type { PrintHtml } from './print-chromium'
import { mimeOf } from './synthesise-mail'

export interface ExportPdfOptions {
  store: MailboxStore
  attachments: AttachmentStore
  raws: RawMailStore
  target: EvidenceTarget
  lang: EvidenceLanguage
  print: PrintHtml
  now?: Date
  timeZone?: string
}

export interface PdfExport {
  bytes: Uint8Array
  pages: number
  messages: number
  embedded: number
  suggestedName: string
}

let fontCache: { regular: string; bold: string } | null = null

/** DejaVu Sans (resources/fonts): covers Ł, İ, ß, «» and is embedded by Chromium in every PDF. */
async function fonts(): Promise<{ regular: string; bold: string }> {
  if (fontCache) return fontCache
  const starts = [path.dirname(fileURLToPath(import.meta.url)), process.cwd(), process.resourcesPath ?? '']
  let dir: string | undefined
  for (const start of starts.filter(Boolean)) {
    for (let at = start, i = 0; i < 8; i++, at = path.dirname(at)) {
      for (const candidate of [path.join(at, 'resources', 'fonts'), path.join(at, 'fonts')])
        if (existsSync(path.join(candidate, 'DejaVuSans.ttf'))) dir ??= candidate
    }
  }
  if (!dir)
    throw new Error('The PDF font (resources/fonts/DejaVuSans.ttf) is missing from this installation.')
  const url = async (file: string) =>
    `data:font/ttf;base64,${(await readFile(path.join(dir, file))).toString('base64')}`
  fontCache = { regular: await url('DejaVuSans.ttf'), bold: await url('DejaVuSans-Bold.ttf') }
  return fontCache
}

export async function exportPdf(options: ExportPdfOptions): Promise<PdfExport> {
  const threads = threadsFor(options.store, options.target)
  const ownerName = options.store.owner()?.displayName ?? ''
  const images = new Map<string, string>()
  for (const detail of threads)
    for (const message of detail.messages)
      for (const ref of message.attachments) {
        if (!isImage(ref) || images.has(ref.id)) continue
        const bytes = await readBlobOrNull(options.attachments, ref.id)
        if (bytes)
          images.set(ref.id, `data:${mimeOf(ref.type)};base64,${Buffer.from(bytes).toString('base64')}`)
      }
  const html = renderEvidenceHtml({
    lang: options.lang,
    generatedAt: (options.now ?? new Date()).toISOString(),
    threads,
    ownerName,
    images,
    fonts: await fonts(),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  })
  const printed = await options.print(html, options.lang)
  const originals = await collectOriginals(threads, options, ownerName)
  const title = `${wordsFor(options.lang).title} — ${threads.map((t) => t.thread.subject).join(' / ')}`
  const { bytes, pages } = await embedOriginals(printed, originals, title)
  const key = 'threadId' in options.target ? options.target.threadId : options.target.orderNumber
  return {
    bytes,
    pages,
    messages: threads.reduce((n, t) => n + t.messages.length, 0),
    embedded: originals.length,
    suggestedName: `comptoir-${key.replace(/[^A-Za-z0-9-]+/g, '_')}.pdf`,
  }
}

/** Writes beside, then renames: a half-written PDF never carries the final name. */
export async function writeFileAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`
  await writeFile(tmp, bytes, { flush: true })
  await rename(tmp, file)
}
