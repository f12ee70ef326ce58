/**
 * JPEG, PNG and GIF walked to their end marker, as a decoder would: a broken header (JPEG SOF, PNG
 * IHDR CRC) is `corrupt`, a missing end (EOI, IEND, trailer) `truncated`, anything but padding after
 * the end (a zip, a program, script) or HTML inside is `polyglot`. The whole file is read (≤ 10 MB).
 */
import { crc32 } from 'node:zlib'
import { foreignFormat, trailingVerdict } from './polyglot'
import type { AttachmentFlaw } from '../../../../shared/model/attachments'
import type { Refusal } from './reasons'

const truncated = (what: string, flaw: AttachmentFlaw, part?: string): Refusal => ({
  code: 'truncated',
  what,
  flaw,
  ...(part === undefined ? {} : { part }),
})
const corrupt = (what: string, flaw: AttachmentFlaw, part?: string): Refusal => ({
  code: 'corrupt',
  what,
  flaw,
  ...(part === undefined ? {} : { part }),
})

function polyglot(what: string, trailing: Uint8Array, whole: Uint8Array): Refusal | null {
  const foreign = trailingVerdict(trailing) ?? foreignFormat(whole)
  if (!foreign) return null
  return { code: 'polyglot', what, foreign }
}

const be16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0)
const be32 = (b: Uint8Array, i: number) => (be16(b, i) * 65536 + be16(b, i + 2)) >>> 0

const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

export function checkJpeg(b: Uint8Array): Refusal | null {
  let i = 2
  let sof = false
  for (;;) {
    while (i < b.length && b[i] === 0xff && b[i + 1] === 0xff) i++ // fill bytes
    if (i + 1 >= b.length) return truncated('JPEG', 'jpeg-no-eoi')
    if (b[i] !== 0xff) return corrupt('JPEG', 'jpeg-bad-segment')
    const marker = b[i + 1] ?? 0
    if (marker === 0xd9) break
    if (marker >= 0xd0 && marker <= 0xd7) {
      i += 2
      continue
    }
    const length = be16(b, i + 2)
    if (length < 2 || i + 2 + length > b.length) return truncated('JPEG', 'jpeg-segment-cut')
    if (SOF.has(marker)) {
      const components = b[i + 9] ?? 0
      if (length !== 8 + 3 * components || components < 1 || components > 4 || be16(b, i + 7) === 0)
        return corrupt('JPEG', 'jpeg-bad-sof')
      sof = true
    }
    i += 2 + length
    if (marker === 0xda) {
      if (!sof) return corrupt('JPEG', 'jpeg-scan-before-sof')
      // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart.
      for (i = b.indexOf(0xff, i); i >= 0; i = b.indexOf(0xff, i + 2)) {
        const next = b[i + 1] ?? 0
        if (next !== 0 && !(next >= 0xd0 && next <= 0xd7)) break
      }
      if (i < 0) return truncated('JPEG', 'jpeg-no-eoi')
    }
  }
  if (!sof) return corrupt('JPEG', 'jpeg-no-sof')
  return polyglot('JPEG', b.subarray(i + 2), b.subarray(0, i + 2))
}

export function checkPng(b: Uint8Array): Refusal | null {
  let i = 8
  let first = true
  for (;;) {
    if (i + 8 > b.length) return truncated('PNG', 'png-no-iend')
    const length = be32(b, i)
    const type = Buffer.from(b.subarray(i + 4, i + 8)).toString('latin1')
    if (!/^[A-Za-z]{4}$/.test(type)) return corrupt('PNG', 'png-bad-chunk')
    if (i + 12 + length > b.length) return truncated('PNG', 'png-chunk-cut', type)
    if (first && (type !== 'IHDR' || length !== 13)) return corrupt('PNG', 'png-bad-ihdr')
    if (crc32(b.subarray(i + 4, i + 8 + length)) !== be32(b, i + 8 + length))
      return corrupt('PNG', 'png-bad-crc', type)
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
  const cut = truncated('GIF', 'gif-no-trailer')
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
    } else return corrupt('GIF', 'gif-unknown-block')
    if (i < 0) return cut
  }
  return polyglot('GIF', b.subarray(i + 1), b.subarray(0, i + 1))
}
