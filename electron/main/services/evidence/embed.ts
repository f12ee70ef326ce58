/**
 * Embeds the originals in the printed PDF (PDF file attachments, listed by any reader and by
 * `pdfdetach`), so the PDF alone carries the evidence. pdf-lib draws nothing here: its standard fonts
 * cannot encode Ł or İ, so all text is Chromium's.
 */
import { PDFDocument } from '@cantoo/pdf-lib'
import type { EmbeddedFile } from './collect'

export async function embedOriginals(
  pdf: Uint8Array,
  files: EmbeddedFile[],
  title: string,
): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const names = new Set<string>()
  for (const file of files) {
    let name = file.name
    for (let n = 2; names.has(name); n++) name = file.name.replace(/(\.[^.]*)?$/, (ext) => `-${n}${ext}`)
    names.add(name)
    await doc.attach(file.bytes, name, {
      mimeType: file.mimeType,
      description: file.description,
      creationDate: new Date(file.sentAt),
      modificationDate: new Date(file.sentAt),
    })
  }
  doc.setTitle(title)
  doc.setProducer('Comptoir')
  return { bytes: await doc.save({ useObjectStreams: false }), pages: doc.getPageCount() }
}
