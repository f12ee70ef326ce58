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
      detail: { fr: 'en-tête Word invalide', en: 'invalid Word header' },
    }
  }
  // FIB base, bit fEncrypted (0x0100 of the flags word at offset 10).
  if (((fib[11] ?? 0) & 0x01) !== 0) return { code: 'encrypted', what: 'Word (.doc)' }
  if (top.has('macros') || all.has('_vba_project') || all.has('vba'))
    return { code: 'macro-enabled', what: 'doc' }
  return null
}
