/**
 * JPEG, PNG and GIF walked to their end marker, as a decoder would: a broken header (JPEG SOF, PNG
 * IHDR CRC) is `corrupt`, a missing end (EOI, IEND, trailer) `truncated`, anything but padding after
 * the end (a zip, a program, script) or HTML inside is `polyglot`. The whole file is read (≤ 10 MB).
 */
import { crc32 } from 'node:zlib'
import { foreignFormat, trailingVerdict } from './polyglot'
import type { Refusal } from './reasons'

const truncated = (what: string, fr: string, en: string): Refusal => ({
  code: 'truncated',
  what,
  detail: { fr, en },
})
const corrupt = (what: string, fr: string, en: string): Refusal => ({
  code: 'corrupt',
  what,
  detail: { fr, en },
})

function polyglot(what: string, trailing: Uint8Array, whole: Uint8Array): Refusal | null {
  const foreign = trailingVerdict(trailing) ?? foreignFormat(whole)
  if (!foreign) return null
  return { code: 'polyglot', what: { fr: `${what} et ${foreign.fr}`, en: `${what} and ${foreign.en}` } }
}

const be16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0)
const be32 = (b: Uint8Array, i: number) => (be16(b, i) * 65536 + be16(b, i + 2)) >>> 0

const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

export function checkJpeg(b: Uint8Array): Refusal | null {
  let i = 2
  let sof = false
  for (;;) {
    while (i < b.length && b[i] === 0xff && b[i + 1] === 0xff) i++ // fill bytes
    if (i + 1 >= b.length) return truncated('JPEG', 'pas de marqueur de fin EOI', 'no EOI end marker')
    if (b[i] !== 0xff) return corrupt('JPEG', 'segment invalide', 'invalid segment')
    const marker = b[i + 1] ?? 0
    if (marker === 0xd9) break
    if (marker >= 0xd0 && marker <= 0xd7) {
      i += 2
      continue
    }
    const length = be16(b, i + 2)
    if (length < 2 || i + 2 + length > b.length)
      return truncated('JPEG', 'segment coupé', 'segment cut short')
    if (SOF.has(marker)) {
      const components = b[i + 9] ?? 0
      if (length !== 8 + 3 * components || components < 1 || components > 4 || be16(b, i + 7) === 0)
        return corrupt('JPEG', 'en-tête d’image (SOF) invalide', 'invalid frame header (SOF)')
      sof = true
    }
    i += 2 + length
    if (marker === 0xda) {
      if (!sof) return corrupt('JPEG', 'données avant l’en-tête d’image', 'scan before the frame header')
      // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart.
      for (i = b.indexOf(0xff, i); i >= 0; i = b.indexOf(0xff, i + 2)) {
        const next = b[i + 1] ?? 0
        if (next !== 0 && !(next >= 0xd0 && next <= 0xd7)) break
      }
      if (i < 0) return truncated('JPEG', 'pas de marqueur de fin EOI', 'no EOI end marker')
    }
  }
  if (!sof) return corrupt('JPEG', 'pas d’en-tête d’image (SOF)', 'no frame header (SOF)')
  return polyglot('JPEG', b.subarray(i + 2), b.subarray(0, i + 2))
}

export function checkPng(b: Uint8Array): Refusal | null {
  let i = 8
  let first = true
  for (;;) {
    if (i + 8 > b.length) return truncated('PNG', 'pas de bloc de fin IEND', 'no IEND end chunk')
    const length = be32(b, i)
    const type = Buffer.from(b.subarray(i + 4, i + 8)).toString('latin1')
    if (!/^[A-Za-z]{4}$/.test(type)) return corrupt('PNG', 'bloc invalide', 'invalid chunk')
    if (i + 12 + length > b.length) return truncated('PNG', `bloc ${type} coupé`, `${type} chunk cut short`)
    if (first && (type !== 'IHDR' || length !== 13))
      return corrupt('PNG', 'en-tête IHDR invalide', 'invalid IHDR header')
    if (crc32(b.subarray(i + 4, i + 8 + length)) !== be32(b, i + 8 + length))
      return corrupt('PNG', `somme de contrôle du bloc ${type} fausse`, `bad ${type} chunk CRC`)
    first = false
    i += 12 + length
    if (type === 'IEND') break
  }
  return polyglot('PNG', b.subarray(i), b.subarray(0, i))
}

function skipSubBlocks(b: Uint8Array, i: number): number {
  while (i < b.length) {
    const size = b[i] ?? 0
    if (size === 0) return i + 1
    i += 1 + size
  }
  return -1
}

export function checkGif(b: Uint8Array): Refusal | null {
  const cut = truncated('GIF', 'pas de marqueur de fin', 'no trailer')
  const packed = b[10] ?? 0
  let i = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0)
  for (;;) {
    if (i >= b.length) return cut
    const block = b[i]
    if (block === 0x3b) break
    if (block === 0x21) i = skipSubBlocks(b, i + 2)
    else if (block === 0x2c) {
      const local = b[i + 9] ?? 0
      i = skipSubBlocks(b, i + 10 + (local & 0x80 ? 3 * 2 ** ((local & 7) + 1) : 0) + 1)
    } else return corrupt('GIF', 'bloc inconnu', 'unknown block')
    if (i < 0) return cut
  }
  return polyglot('GIF', b.subarray(i + 1), b.subarray(0, i + 1))
}
