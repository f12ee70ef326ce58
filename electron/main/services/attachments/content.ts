/**
 * What a file really is, from its bytes alone (its name plays no part here): file-type's magic
 * numbers on the first 4,100 bytes, then a deeper look where they are not enough (zip → docx
 * package, OLE → Word binary, text → encoding and markup).
 */
import { fileTypeFromBuffer } from 'file-type'
import type { AttachmentType } from '../../../../shared/model/mailbox'
import { checkGif, checkJpeg, checkPng } from './images'
import { inspectCompoundFile } from './ole'
import { checkPdf } from './pdf'
import { inspectZip } from './ooxml'
import type { Refusal } from './reasons'
import type { ByteSource } from './source'
import type { TextEncoding } from './text'
import { checkText, looksLikeText } from './text'

export type ContentVerdict =
  { ok: true; type: AttachmentType; encoding?: TextEncoding } | { ok: false; refusal: Refusal }

/** file-type's own recommended sample size. */
export const HEADER_BYTES = 4100

const EXECUTABLES: Record<string, string> = {
  exe: 'Windows PE/MZ',
  elf: 'ELF',
  macho: 'Mach-O',
  class: 'Java class',
  wasm: 'WebAssembly',
  dex: 'Android dex',
  lnk: 'Windows shortcut (lnk)',
  chm: 'CHM',
  swf: 'Flash (swf)',
  reg: 'Windows registry (reg)',
  alias: 'macOS alias',
  apk: 'APK',
  jar: 'JAR',
  xpi: 'XPI',
  crx: 'CRX',
  msi: 'Windows Installer (msi)',
}
const ARCHIVES = new Set(
  'zip tar tar.gz rar gz bz2 7z xz Z lz lzh lz4 zst cab deb ar rpm arj cpio ace dmg asar'.split(' '),
)
/** Text formats refused as such even when they would pass as text: they are documents or active content. */
const TEXT_FORMATS_REFUSED = new Set(['rtf', 'ps', 'eps', 'reg'])

function refuse(refusal: Refusal): ContentVerdict {
  return { ok: false, refusal }
}

function startsWith(head: Uint8Array, ...bytes: number[]): boolean {
  return bytes.every((byte, index) => head[index] === byte)
}

const ascii = (head: Uint8Array, start: number, end: number): string =>
  String.fromCharCode(...head.subarray(start, end))

async function asText(source: ByteSource, head: Uint8Array): Promise<ContentVerdict> {
  const text = await checkText(source, head)
  if (text.ok) return { ok: true, type: 'txt', encoding: text.encoding }
  if (text.code === 'not-text')
    return refuse({ code: 'not-text', flaw: text.flaw, ...(text.part ? { part: text.part } : {}) })
  if (text.code === 'polyglot') return refuse({ code: 'polyglot', what: { worded: 'txt' }, foreign: 'html' })
  return refuse({ code: text.code })
}

async function detect(head: Uint8Array): Promise<string | undefined> {
  try {
    return (await fileTypeFromBuffer(head))?.ext
  } catch {
    return undefined
  }
}

/** Formats whose structure is walked end to end: the whole file is read (≤ MAX_MESSAGE_BYTES). */
async function deeper(
  type: AttachmentType,
  check: (bytes: Uint8Array) => Refusal | null,
  source: ByteSource,
): Promise<ContentVerdict> {
  const refusal = check(await source.read(0, source.size))
  return refusal ? refuse(refusal) : { ok: true, type }
}

export async function inspectContent(source: ByteSource): Promise<ContentVerdict> {
  const head = await source.read(0, HEADER_BYTES)
  const ext = await detect(head)

  // Zip family: decided on the central directory, whatever the first local headers claim.
  if (
    startsWith(head, 0x50, 0x4b) &&
    [0x0304, 0x0506, 0x0708].includes(((head[2] ?? 0) << 8) | (head[3] ?? 0))
  ) {
    const refusal = await inspectZip(source, ext ?? 'zip')
    return refusal ? refuse(refusal) : { ok: true, type: 'docx' }
  }

  switch (ext) {
    case 'pdf':
    case 'ai':
      if (/^%PDF-\d\.\d/.test(ascii(head, 0, 8))) return deeper('pdf', checkPdf, source)
      return looksLikeText(head) ? asText(source, head) : refuse({ code: 'corrupt', what: 'PDF' })
    case 'jpg':
      return deeper('jpg', checkJpeg, source)
    case 'png':
    case 'apng':
      // Signature then the IHDR chunk, which the format requires first.
      return ascii(head, 12, 16) === 'IHDR'
        ? deeper('png', checkPng, source)
        : refuse({ code: 'corrupt', what: 'PNG' })
    case 'gif':
      return /^GIF8[79]a$/.test(ascii(head, 0, 6))
        ? deeper('gif', checkGif, source)
        : refuse({ code: 'corrupt', what: 'GIF' })
    case 'cfb': {
      const refusal = await inspectCompoundFile(source, head)
      return refusal ? refuse(refusal) : { ok: true, type: 'doc' }
    }
    case 'xml':
    case undefined:
      return asText(source, head)
  }
  if (TEXT_FORMATS_REFUSED.has(ext)) {
    const what = ext.toUpperCase()
    return refuse(
      ext in EXECUTABLES
        ? { code: 'executable', what: EXECUTABLES[ext] ?? what }
        : { code: 'type-not-allowed', what },
    )
  }
  // A two-byte magic number ('MZ', 'BM'…) can begin a plain sentence: real binaries never read as text.
  if (looksLikeText(head)) return asText(source, head)
  const executable = EXECUTABLES[ext]
  if (executable) return refuse({ code: 'executable', what: executable })
  if (ARCHIVES.has(ext)) return refuse({ code: 'archive', what: ext.toUpperCase() })
  return refuse({ code: 'type-not-allowed', what: ext.toUpperCase() })
}
