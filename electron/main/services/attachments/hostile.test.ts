/**
 * Weaponised documents, active PDFs, polyglots and truncated images: each refused with its own code
 * and a sentence naming the file in French and English; the benign look-alikes still pass.
 */
import { describe, expect, it } from 'vitest'
import { binaryWord, images, pdfs, word } from './hostile-fixtures'
import * as fx from './test-fixtures'
import { fileReason } from './reasons'
import { validateAttachments } from './validate'
import type { AttachmentVerdict } from '../../../../shared/model/attachments'

/** The CLI's words for a verdict (the app words the refusal itself). */
const reasonOf = (verdict: AttachmentVerdict | undefined) =>
  verdict?.refusal ? fileReason(verdict.file, verdict.refusal) : null

interface Case {
  bytes: () => Uint8Array
  code: string | null
  type?: string
}

const CASES: Record<string, Case> = {
  // Word: remote content, DDE, embedded objects, macros under other names
  'modele-distant.docx': { bytes: word.remoteTemplate, code: 'remote-content' },
  'follina.docx': { bytes: word.follina, code: 'remote-content' },
  'lien-msdt.docx': { bytes: word.msdtLink, code: 'remote-content' },
  'dde.docx': { bytes: word.ddeSimple, code: 'dde-field' },
  'dde-coupe.docx': { bytes: word.ddeSplit, code: 'dde-field' },
  'dde-pied.docx': { bytes: word.ddeElsewhere, code: 'dde-field' },
  'programme-integre.docx': { bytes: word.embeddedProgram, code: 'embedded-object' },
  'paquet.docx': { bytes: word.embeddedPackage, code: 'embedded-object' },
  'altchunk.docx': { bytes: word.altChunk, code: 'embedded-object' },
  'vba-type.docx': { bytes: word.vbaByContentType, code: 'macro-enabled' },
  'vba-octets.docx': { bytes: word.vbaByBytes, code: 'macro-enabled' },
  'lien-web.docx': { bytes: word.webLink, code: null, type: 'docx' },
  'macros-renommees.doc': { bytes: binaryWord.renamedMacros, code: 'macro-enabled' },
  'dde.doc': { bytes: binaryWord.dde, code: 'dde-field' },
  'objet.doc': { bytes: binaryWord.embeddedProgram, code: 'embedded-object' },
  // PDF: active content, embedded files, damaged
  'javascript.pdf': { bytes: pdfs.javascript, code: 'active-content' },
  'javascript-echappe.pdf': { bytes: pdfs.escapedJavascript, code: 'active-content' },
  'ouverture.pdf': { bytes: pdfs.openAction, code: 'active-content' },
  'ouverture-enchainee.pdf': { bytes: pdfs.goToThenUri, code: 'active-content' },
  'actions.pdf': { bytes: pdfs.additionalActions, code: 'active-content' },
  'lancement.pdf': { bytes: pdfs.launch, code: 'active-content' },
  'richmedia.pdf': { bytes: pdfs.richMedia, code: 'active-content' },
  'xfa.pdf': { bytes: pdfs.xfa, code: 'active-content' },
  'objstm.pdf': { bytes: pdfs.javascriptInObjectStream, code: 'active-content' },
  'programme.pdf': { bytes: pdfs.embeddedProgram, code: 'embedded-file' },
  'piece-dans-pdf.pdf': { bytes: pdfs.embeddedText, code: 'embedded-file' },
  'entete.pdf': { bytes: pdfs.headerOnly, code: 'truncated' },
  'sans-fin.pdf': { bytes: pdfs.noEof, code: 'truncated' },
  'sans-corps.pdf': { bytes: pdfs.noBody, code: 'truncated' },
  // Polyglots
  'pdf-zip.pdf': { bytes: pdfs.withZip, code: 'polyglot' },
  'pdf-html.pdf': { bytes: pdfs.withHtml, code: 'polyglot' },
  'jpeg-zip.jpg': { bytes: images.jpegZip, code: 'polyglot' },
  'jpeg-exe.jpg': { bytes: images.jpegExe, code: 'polyglot' },
  'png-html.png': { bytes: images.pngHtml, code: 'polyglot' },
  'gif-js.gif': { bytes: images.gifJs, code: 'polyglot' },
  'lettre-html.txt': {
    bytes: () =>
      new TextEncoder().encode(
        `Bonjour,\nVoici le suivi du colis.\n${'Merci. '.repeat(2000)}\n<!DOCTYPE html><html><body><script>alert(1)</script></body></html>\n`,
      ),
    code: 'polyglot',
  },
  'balise-citee.txt': {
    bytes: () => new TextEncoder().encode('Écrivez <b>gras</b> ou <i>italique</i>, dit la notice.\n'),
    code: null,
    type: 'txt',
  },
  // Truncated or broken images
  'sans-eoi.jpg': { bytes: images.jpegNoEoi, code: 'truncated' },
  'sof-casse.jpg': { bytes: images.jpegBrokenSof, code: 'corrupt' },
  'sans-iend.png': { bytes: images.pngNoIend, code: 'truncated' },
  'crc-ihdr.png': { bytes: images.pngBadIhdrCrc, code: 'corrupt' },
  'sans-fin.gif': { bytes: images.gifNoTrailer, code: 'truncated' },
  // The benign originals still pass
  'facture.pdf': { bytes: fx.pdf, code: null, type: 'pdf' },
  'latex.pdf': { bytes: pdfs.openAtPage, code: null, type: 'pdf' },
  'pdftex.pdf': { bytes: pdfs.openAtPageReferenced, code: null, type: 'pdf' },
  'pdftex-objstm.pdf': { bytes: pdfs.openAtPagePacked, code: null, type: 'pdf' },
  'image-binaire.pdf': { bytes: pdfs.binaryImage, code: null, type: 'pdf' },
  'photo.jpg': { bytes: fx.jpeg, code: null, type: 'jpg' },
  'colis.png': { bytes: fx.png, code: null, type: 'png' },
  'anim.gif': { bytes: fx.gif, code: null, type: 'gif' },
  'notice.docx': { bytes: () => fx.docx(fx.png()), code: null, type: 'docx' },
  'notice.doc': { bytes: fx.doc, code: null, type: 'doc' },
}

describe('hostile attachments', () => {
  for (const [name, expected] of Object.entries(CASES)) {
    it(`${name} → ${expected.code ?? `accepted as ${expected.type}`}`, async () => {
      const [verdict] = (await validateAttachments([{ name, source: expected.bytes() }])).files
      expect({ code: verdict?.code, type: verdict?.type }).toEqual({
        code: expected.code,
        type: expected.code ? null : expected.type,
      })
      if (expected.code) {
        expect(reasonOf(verdict)?.fr).toContain(`« ${name} »`)
        expect(reasonOf(verdict)?.en).toContain(`"${name}"`)
        expect(reasonOf(verdict)?.fr).not.toEqual(reasonOf(verdict)?.en)
      }
    })
  }
})
