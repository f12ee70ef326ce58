/**
 * Splits an mbox into its mails as the bytes stream in: one mail in memory at a time (capped), never
 * the file. Why not mbox-reader: it turns every line into a JavaScript string and joins them with
 * "\n" (the kept original would lose its CRLFs, so it would no longer be the original), and it starts a
 * new message at any line beginning "From ", where mbox writers put one only after a blank line. This
 * splitter searches the separators with Buffer.indexOf (native, ~GB/s), keeps the bytes as they are,
 * and undoes mboxrd's ">From " quoting.
 */
import type { Readable } from 'node:stream'

/** A mail bigger than this is not kept in memory: it is reported as failed and skipped over. */
export const MAX_MAIL_BYTES = 64 * 1024 * 1024

export interface MboxEntry {
  /** 1-based position of the mail in the mbox. */
  index: number
  /** The mail's bytes, or null when it was over MAX_MAIL_BYTES. */
  bytes: Uint8Array | null
  /** Its size in the mbox. */
  size: number
}

export class NotAnMboxError extends Error {}

const SEPARATOR = Buffer.from('\nFrom ')
const FROM = Buffer.from('From ')
/** Enough bytes to recognise "\n\r\nFrom " across a chunk boundary. */
const KEEP = 8
const QUOTED_FROM = /^>(>*From )/gm

function unquote(bytes: Buffer): Uint8Array {
  // mboxrd: every body line ">…>From " was written with one more ">". Most mails have none.
  if (bytes.indexOf('>From ') < 0) {
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  }
  const fixed = Buffer.from(bytes.toString('latin1').replace(QUOTED_FROM, '$1'), 'latin1')
  return new Uint8Array(fixed.buffer, fixed.byteOffset, fixed.byteLength)
}

/** True when a "\nFrom " at `at` follows a blank line (what makes it a separator). */
function afterBlankLine(buffer: Buffer, at: number): boolean {
  return buffer[at - 1] === 0x0a || (buffer[at - 1] === 0x0d && buffer[at - 2] === 0x0a)
}

export async function* splitMbox(input: Readable): AsyncGenerator<MboxEntry> {
  let parts: Buffer[] = []
  let size = 0
  let carry: Buffer = Buffer.alloc(0)
  let index = 0
  let state: 'start' | 'fromLine' | 'body' = 'start'

  const take = (piece: Buffer) => {
    size += piece.length
    if (size <= MAX_MAIL_BYTES) parts.push(piece)
    else parts = []
  }
  const finish = (): MboxEntry => {
    index++
    const entry: MboxEntry = {
      index,
      bytes: size <= MAX_MAIL_BYTES ? unquote(Buffer.concat(parts)) : null,
      size,
    }
    parts = []
    size = 0
    return entry
  }

  for await (const chunk of input as AsyncIterable<Buffer>) {
    const buffer: Buffer = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk
    carry = Buffer.alloc(0)
    let position = 0
    while (position < buffer.length) {
      if (state === 'start') {
        if (buffer.length < FROM.length) {
          carry = buffer
          break
        }
        if (!buffer.subarray(0, FROM.length).equals(FROM)) {
          throw new NotAnMboxError('does not start with a "From " line')
        }
        state = 'fromLine'
      }
      if (state === 'fromLine') {
        const end = buffer.indexOf(0x0a, position)
        if (end < 0) {
          carry = buffer.subarray(position)
          break
        }
        position = end + 1
        state = 'body'
        continue
      }
      let separator = buffer.indexOf(SEPARATOR, position)
      while (separator >= 0 && !(separator > 0 && afterBlankLine(buffer, separator))) {
        separator = buffer.indexOf(SEPARATOR, separator + 1)
      }
      if (separator < 0) {
        const keepFrom = Math.max(position, buffer.length - KEEP)
        if (keepFrom > position) take(buffer.subarray(position, keepFrom))
        carry = buffer.subarray(keepFrom)
        break
      }
      // The blank line before "From " belongs to the mbox, not to the mail.
      const end = buffer[separator - 1] === 0x0d ? separator - 1 : separator
      if (end > position) take(buffer.subarray(position, end))
      yield finish()
      position = separator + 1
      state = 'fromLine'
    }
  }
  if (state === 'start' && carry.length === 0 && index === 0) return // an empty file holds no mail
  if (state === 'start') throw new NotAnMboxError('does not start with a "From " line')
  if (state === 'body') {
    take(carry)
    if (size <= MAX_MAIL_BYTES) {
      // Drop the blank line an mbox writer leaves after the last mail.
      parts = [trimFinalBlankLine(Buffer.concat(parts))]
      size = parts[0]!.length
    }
    if (size > 0) yield finish()
  }
}

function trimFinalBlankLine(bytes: Buffer): Buffer {
  if (bytes.length >= 2 && bytes[bytes.length - 1] === 0x0a && bytes[bytes.length - 2] === 0x0a) {
    return bytes.subarray(0, bytes.length - 1)
  }
  if (bytes.length >= 4 && bytes.subarray(bytes.length - 4).toString('latin1') === '\r\n\r\n') {
    return bytes.subarray(0, bytes.length - 2)
  }
  return bytes
}
