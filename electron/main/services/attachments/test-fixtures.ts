/**
 * Test fixtures built for real, byte by byte or with the same libraries the formats use (fflate for
 * zip/OOXML packages, cfb for OLE compound files): no binary is committed. Used by the tests only.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { crc32, deflateSync } from 'node:zlib'
import { utils as cfbUtils, write as writeCfb } from 'cfb'
import { strToU8, zipSync } from 'fflate'

const u8 = (text: string): Uint8Array => new TextEncoder().encode(text)

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.byteLength
  }
  return out
}

const be32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]
const le16 = (n: number): number[] => [n & 255, (n >>> 8) & 255]
const le32 = (n: number): number[] => [...le16(n & 0xffff), ...le16(n >>> 16)]

/**
 * A one-page PDF with a correct cross-reference table. With `size`, a comment after the header pads
 * the file to exactly that many bytes (the offsets are computed after it).
 */
export function pdf(size?: number): Uint8Array {
  const content = 'BT /F1 18 Tf 20 40 Td (Facture 42) Tj ET'
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  const build = (padding: number): string => {
    let text = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n'
    if (padding > 0) text += `%${'x'.repeat(padding - 2)}\n`
    const offsets: number[] = []
    objects.forEach((body, index) => {
      offsets.push(Buffer.byteLength(text, 'latin1'))
      text += `${index + 1} 0 obj\n${body}\nendobj\n`
    })
    const xref = Buffer.byteLength(text, 'latin1')
    text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
    for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`
    text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
    return text
  }
  const base = build(0)
  if (size === undefined) return Buffer.from(base, 'latin1')
  // The offsets (and so `startxref`) gain digits with the padding: adjust until the size is exact.
  let padding = size - Buffer.byteLength(base, 'latin1')
  let padded = Buffer.from(build(padding), 'latin1')
  for (let tries = 0; padded.byteLength !== size && tries < 4; tries++) {
    padding -= padded.byteLength - size
    padded = Buffer.from(build(padding), 'latin1')
  }
  if (padding < 2 || padded.byteLength !== size) throw new Error(`pdf(${size}): cannot reach that size`)
  return padded
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typeAndData = concat([u8(type), data])
  return concat([
    Uint8Array.from(be32(data.byteLength)),
    typeAndData,
    Uint8Array.from(be32(crc32(typeAndData))),
  ])
}

/** A real 4×4 RGB PNG (deflated scanlines, CRCs). */
export function png(): Uint8Array {
  const width = 4
  const height = 4
  const raw: number[] = []
  for (let y = 0; y < height; y++) {
    raw.push(0) // filter: none
    for (let x = 0; x < width; x++) raw.push(200, 40 * y, 40 * x)
  }
  const ihdr = Uint8Array.from([...be32(width), ...be32(height), 8, 2, 0, 0, 0])
  return concat([
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Uint8Array.from(raw))),
    pngChunk('IEND', new Uint8Array()),
  ])
}

/**
 * A real baseline JPEG: one 8×8 grey block. Huffman tables with a single 1-bit code each (DC category
 * 0, AC end-of-block), so the entropy-coded data is the bits 0 (DC diff 0), 0 (EOB), padded with ones.
 */
export function jpeg(): Uint8Array {
  const segment = (marker: number, body: number[]): number[] => [
    0xff,
    marker,
    ...be32(body.length + 2).slice(2),
    ...body,
  ]
  return Uint8Array.from([
    0xff,
    0xd8, // SOI
    ...segment(0xe0, [...u8('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]), // APP0 JFIF 1.1
    ...segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]), // DQT 0, all ones
    ...segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]), // SOF0: 8-bit, 8×8, 1 component
    ...segment(0xc4, [0x00, 1, ...new Array<number>(15).fill(0), 0]), // DHT DC0: one code, symbol 0
    ...segment(0xc4, [0x10, 1, ...new Array<number>(15).fill(0), 0]), // DHT AC0: one code, EOB
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]), // SOS
    0x3f, // 0 0 111111
    0xff,
    0xd9, // EOI
  ])
}

/** A real 1×1 GIF89a (global colour table, LZW-coded image data). */
export function gif(): Uint8Array {
  return Uint8Array.from([
    ...u8('GIF89a'),
    ...le16(1),
    ...le16(1),
    0x80, // global colour table, 2 entries
    0,
    0,
    ...[255, 255, 255, 0, 0, 0],
    0x2c, // image descriptor
    ...le16(0),
    ...le16(0),
    ...le16(1),
    ...le16(1),
    0,
    2, // LZW minimum code size
    2, // sub-block of 2 bytes: clear, 0, end
    0x44,
    0x01,
    0, // block terminator
    0x3b, // trailer
  ])
}

const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types'
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument'

function opcPackage(
  mainPart: string,
  mainType: string,
  parts: Record<string, string | Uint8Array>,
  extraTypes = '',
): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${CONTENT_TYPES_NS}">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/${mainPart}" ContentType="${mainType}"/>${extraTypes}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">` +
        `<Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="${mainPart}"/></Relationships>`,
    ),
  }
  for (const [name, content] of Object.entries(parts)) {
    files[name] = typeof content === 'string' ? strToU8(content) : content
  }
  return zipSync(files, { level: 6 })
}

const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const wordBody = (text: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${WORD_NS}"><w:body>` +
  `<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`

/** A minimal, real Word document (opens in Word and LibreOffice). `media` adds a stored image part. */
export function docx(media?: Uint8Array): Uint8Array {
  return opcPackage(
    'word/document.xml',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    {
      'word/document.xml': wordBody('Notice de montage'),
      ...(media ? { 'word/media/image1.png': media } : {}),
    },
    media ? '<Default Extension="png" ContentType="image/png"/>' : '',
  )
}

/** A macro-enabled Word document (docm): macro main type and a VBA project part. */
export function docm(): Uint8Array {
  return opcPackage(
    'word/document.xml',
    'application/vnd.ms-word.document.macroEnabled.main+xml',
    {
      'word/document.xml': wordBody('Activez les macros'),
      'word/vbaProject.bin': Uint8Array.from([0xcc, 0x61, 0, 0]),
    },
    '<Override PartName="/word/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>',
  )
}

/** A minimal Excel workbook (xlsx). */
export function xlsx(): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
  return opcPackage(
    'xl/workbook.xml',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    {
      'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}"><sheets/></workbook>`,
    },
  )
}

/** A plain zip archive. */
export function zip(): Uint8Array {
  return zipSync({ 'lisez-moi.txt': strToU8('Bonjour'), 'photos/colis.png': png() })
}

/** A Word 97–2003 binary document: an OLE compound file with a WordDocument stream opening with a FIB. */
export function doc(options: { macros?: boolean } = {}): Uint8Array {
  const container = cfbUtils.cfb_new()
  const fib = new Uint8Array(1472)
  fib.set([...le16(0xa5ec), ...le16(0x00c1), ...le16(0), ...le16(0x040c), ...le16(0)]) // wIdent, nFib, unused, lid fr-FR, pnNext
  fib.set(le16(0x1200), 10) // flags: fWhichTblStm (1Table) and fExtChar; fEncrypted clear
  cfbUtils.cfb_add(container, '/WordDocument', fib)
  cfbUtils.cfb_add(container, '/1Table', new Uint8Array(512))
  cfbUtils.cfb_add(container, '/\u0005SummaryInformation', new Uint8Array(64))
  if (options.macros) cfbUtils.cfb_add(container, '/Macros/VBA/dir', Uint8Array.from([1, 2, 3]))
  return Uint8Array.from(writeCfb(container, { type: 'buffer' }) as Uint8Array)
}

/** An Excel 97–2003 workbook: an OLE compound file with a Workbook stream opening with a BIFF8 BOF. */
export function xls(): Uint8Array {
  const container = cfbUtils.cfb_new()
  const bof = Uint8Array.from([
    ...le16(0x0809),
    ...le16(16),
    ...le16(0x0600),
    ...le16(0x0005),
    ...new Array<number>(12).fill(0),
  ])
  cfbUtils.cfb_add(container, '/Workbook', concat([bof, new Uint8Array(4096)]))
  return Uint8Array.from(writeCfb(container, { type: 'buffer' }) as Uint8Array)
}

/** A Windows Installer package: a compound file whose root CLSID is the MSI one. */
export function msi(): Uint8Array {
  const container = cfbUtils.cfb_new()
  cfbUtils.cfb_add(container, '/\u4840\u3f3f\u4577\u446c\u3b6a\u45e4\u4824', new Uint8Array(128))
  const root = container.FileIndex[0]
  if (root) root.clsid = '84100c0000000000c000000000000046'
  return Uint8Array.from(writeCfb(container, { type: 'buffer' }) as Uint8Array)
}

/** A 64-bit little-endian ELF executable header (x86-64), followed by some code-like bytes. */
export function elf(): Uint8Array {
  const header = [
    0x7f,
    0x45,
    0x4c,
    0x46,
    2,
    1,
    1,
    0,
    ...new Array<number>(8).fill(0),
    ...le16(2),
    ...le16(0x3e),
    ...le32(1),
    ...le32(0x401000),
    ...le32(0),
    ...le32(64),
    ...le32(0),
    ...le32(0),
    ...le32(0),
    ...le32(0),
    ...le16(64),
    ...le16(56),
    ...le16(1),
    ...le16(64),
    ...le16(0),
    ...le16(0),
  ]
  return concat([Uint8Array.from(header), Uint8Array.from([0x48, 0x31, 0xc0, 0xc3]), new Uint8Array(256)])
}

/** A Windows PE executable: MZ stub, e_lfanew at 0x3c, PE signature and COFF header (x86-64). */
export function pe(): Uint8Array {
  const bytes = new Uint8Array(512)
  bytes.set(u8('MZ'), 0)
  bytes.set(le32(0x80), 0x3c)
  bytes.set(u8('This program cannot be run in DOS mode.'), 0x4e)
  bytes.set(
    [
      ...u8('PE'),
      0,
      0,
      ...le16(0x8664),
      ...le16(1),
      ...le32(0),
      ...le32(0),
      ...le32(0),
      ...le16(0xf0),
      ...le16(0x22),
    ],
    0x80,
  )
  return bytes
}

export const html = (): Uint8Array =>
  u8(
    '<!DOCTYPE html>\n<html><head><title>Colis</title></head><body><script>alert(1)</script></body></html>\n',
  )

export const svg = (): Uint8Array =>
  u8(
    '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">' +
      '<script>alert(1)</script><rect width="10" height="10"/></svg>\n',
  )

export const utf8Text = (): Uint8Array =>
  u8('Bonjour,\nLe colis n° 405-1234567-1234567 est arrivé abîmé 📦 — merci de votre aide.\nÇa arrive.\n')

export const utf16Text = (): Uint8Array => {
  const body = Buffer.from('Bonjour, le colis est arrivé abîmé.\n', 'utf16le')
  return concat([Uint8Array.from([0xff, 0xfe]), body])
}

/** Deterministic pseudo-random bytes (xorshift32), so a test never depends on luck. */
export function randomBytes(length: number, seed = 0x2545f491): Uint8Array {
  const out = new Uint8Array(length)
  let state = seed >>> 0 || 1
  for (let i = 0; i < length; i++) {
    state ^= state << 13
    state >>>= 0
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    out[i] = state & 255
  }
  return out
}

/** Writes fixtures into a fresh temporary folder; returns name → absolute path. */
export async function writeFixtures(
  files: Record<string, Uint8Array>,
  prefix = 'comptoir-attachments-',
): Promise<{ dir: string; paths: Record<string, string> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix))
  const paths: Record<string, string> = {}
  for (const [name, bytes] of Object.entries(files)) {
    const file = path.join(dir, name)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, bytes)
    paths[name] = file
  }
  return { dir, paths }
}
