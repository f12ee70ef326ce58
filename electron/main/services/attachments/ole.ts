/**
 * doc: an OLE compound file (CFB) holding a `WordDocument` stream that opens with a Word FIB.
 * Other compound files (Excel, PowerPoint, Windows installers, encrypted Office packages) are refused.
 * The cfb reader needs the whole file; it is only called once the size is known to be within the limit.
 */
import type { CFB$Container, CFB$Entry } from 'cfb'
import { read as readCompoundFile } from 'cfb'
import type { Refusal } from './reasons'
import type { ByteSource } from './source'

/** Root CLSIDs of Windows Installer packages, patches and transforms (msi, msp, mst), as cfb renders them. */
const INSTALLER_CLSID = /^8[246]100c0000000000c000000000000046$/i
/** FIB wIdent: Word 97 and later, and Word 6/95. */
const WORD_IDENTS = new Set([0xa5ec, 0xa5dc])

/** `head` is what was already read from the start of the file; only the rest is read. */
export async function inspectCompoundFile(source: ByteSource, head: Uint8Array): Promise<Refusal | null> {
  const rest =
    head.byteLength < source.size ? await source.read(head.byteLength, source.size - head.byteLength) : null
  const bytes = rest ? Buffer.concat([head, rest]) : head
  let container: CFB$Container
  try {
    container = readCompoundFile(bytes, { type: 'buffer' })
  } catch {
    return { code: 'corrupt', what: 'OLE/CFB' }
  }
  const root = container.FileIndex[0]
  if (root && INSTALLER_CLSID.test(root.clsid)) return { code: 'executable', what: 'Windows Installer (msi)' }

  const top = new Map<string, CFB$Entry>()
  const all = new Set<string>()
  container.FullPaths.forEach((path, index) => {
    const entry = container.FileIndex[index]
    if (!entry) return
    const segments = path.split('/').filter((s) => s !== '')
    const last = segments.at(-1)?.toLowerCase()
    if (last) all.add(last)
    if (segments.length === 2 && last) top.set(last, entry)
  })

  if (top.has('encryptedpackage') || top.has('encryptioninfo')) return { code: 'encrypted', what: 'Office' }
  const word = top.get('worddocument')
  if (!word || word.type !== 2) {
    if (top.has('workbook') || top.has('book')) return { code: 'not-word', what: 'Excel (xls)' }
    if (top.has('powerpoint document')) return { code: 'not-word', what: 'PowerPoint (ppt)' }
    if (top.has('visiodocument')) return { code: 'not-word', what: 'Visio (vsd)' }
    return { code: 'not-word', what: 'OLE/CFB' }
  }
  const fib = Uint8Array.from(word.content.slice(0, 12))
  const ident = (fib[0] ?? 0) | ((fib[1] ?? 0) << 8)
  if (fib.length < 12 || !WORD_IDENTS.has(ident)) {
    return {
      code: 'corrupt',
      what: 'Word (.doc)',
      flaw: 'doc-bad-header',
    }
  }
  // FIB base, bit fEncrypted (0x0100 of the flags word at offset 10).
  if (((fib[11] ?? 0) & 0x01) !== 0) return { code: 'encrypted', what: 'Word (.doc)' }
  if (top.has('macros') || vbaInCompoundFile(container)) return { code: 'macro-enabled', what: 'doc' }
  if (top.has('objectpool') || all.has('\u0001ole10native'))
    return { code: 'embedded-object', what: 'ObjectPool' }
  if (hasDdeField(word.content)) return { code: 'dde-field', what: 'DDE' }
  return null
}

/** A field code (0x13 field begin) opening with DDE or DDEAUTO, in 8-bit or UTF-16 text. */
function hasDdeField(stream: CFB$Entry['content']): boolean {
  const bytes = Buffer.from(Uint8Array.from(stream))
  // 0x13 is Word's field-begin character.
  const pattern = new RegExp(String.raw`\x13\s*DDE(?:AUTO)?\b`, 'i')
  return pattern.test(bytes.toString('latin1')) || pattern.test(bytes.toString('utf16le'))
}

/** The `_VBA_PROJECT` header (0x61CC) or VBA module source ("Attribute VB_…", compressed). */
const VBA_SOURCE = /Attribut.{0,2}e VB_/s

/**
 * A VBA project anywhere in the compound file, found by names (Macros, VBA, _VBA_PROJECT) or, when the
 * storages were renamed, by the bytes of its streams.
 */
export function vbaInCompoundFile(container: CFB$Container): boolean {
  return container.FileIndex.some((entry) => {
    const name = entry.name.toLowerCase()
    if (name === '_vba_project' || name === 'vba' || name === 'macros') return true
    if (entry.type !== 2 || !entry.content) return false
    const content = entry.content
    if (content[0] === 0xcc && content[1] === 0x61) return true
    return VBA_SOURCE.test(Buffer.from(Uint8Array.from(content.slice(0, 1 << 20))).toString('latin1'))
  })
}
