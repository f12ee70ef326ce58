/**
 * Size and nesting caps on what crosses into main, checked BEFORE anything parses or validates it
 * (JSON.parse and zod both walk the whole value: a 31 MiB deeply nested body held the web server for
 * 15–22 s). Both transports apply them: the web server on the raw body bytes, the Electron IPC gate on
 * the structured-clone value. Pure: no Node, no DOM.
 */
import { MAX_MESSAGE_BYTES } from '../model/attachments'

/** No channel's arguments nest deeper than a handful of levels; 32 leaves room and stops recursion bombs. */
export const MAX_NESTING_DEPTH = 32

/** Any channel: 100,000-character texts (policy:check) even fully \u-escaped fit in 1 MiB; twice that. */
export const DEFAULT_REQUEST_BYTES = 2 * 1024 * 1024

/**
 * The channels that carry attachments as base64 (4/3 of 10,000,000 bytes = 13.34 MB) plus a 20,000-character
 * body and 20 file names, escaped at worst: 16 MiB.
 */
export const ATTACHMENT_REQUEST_BYTES = 16 * 1024 * 1024
const ATTACHMENT_CHANNELS = new Set(['messages:send', 'attachments:validate'])

// The cap must hold the largest message the composer may send; checked once, at load.
if (Math.ceil(MAX_MESSAGE_BYTES / 3) * 4 + 20 * 6 * 1000 + 6 * 20_000 + 4096 > ATTACHMENT_REQUEST_BYTES) {
  throw new Error('ATTACHMENT_REQUEST_BYTES cannot carry a full message')
}

export function requestByteLimit(channel: string): number {
  return ATTACHMENT_CHANNELS.has(channel) ? ATTACHMENT_REQUEST_BYTES : DEFAULT_REQUEST_BYTES
}

export type LimitBreach = 'PAYLOAD_TOO_LARGE' | 'PAYLOAD_TOO_DEEP'

export const LIMIT_MESSAGES: Record<LimitBreach, (limit: number) => string> = {
  // Developer English: the renderer words the code (errors.codes.*).
  PAYLOAD_TOO_LARGE: (limit) => `Request too large (over ${limit} bytes).`,
  PAYLOAD_TOO_DEEP: (limit) => `Request nested too deeply (over ${limit} levels).`,
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACKET = 0x5b
const OPEN_BRACE = 0x7b
const CLOSE_BRACKET = 0x5d
const CLOSE_BRACE = 0x7d

/**
 * Whether JSON text nests arrays/objects deeper than `maxDepth`, by one pass over its bytes (brackets
 * inside strings do not count). Invalid JSON is JSON.parse's to refuse; this only bounds its work.
 */
export function jsonNestingExceeds(bytes: Uint8Array, maxDepth = MAX_NESTING_DEPTH): boolean {
  let depth = 0
  let inString = false
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]
    if (inString) {
      if (byte === BACKSLASH) index++
      else if (byte === QUOTE) inString = false
    } else if (byte === QUOTE) inString = true
    else if (byte === OPEN_BRACKET || byte === OPEN_BRACE) {
      if (++depth > maxDepth) return true
    } else if (byte === CLOSE_BRACKET || byte === CLOSE_BRACE) depth--
  }
  return false
}

/**
 * Size and depth of a structured value (an IPC message's arguments) against the caps, walking it with
 * an explicit stack and stopping as soon as a cap is passed, so the check costs at most the cap.
 * Strings count their length (base64 and ASCII: one byte each), binary its byteLength, anything else
 * 8 bytes, so an array of millions of tiny items is caught too.
 */
export function measureValue(
  value: unknown,
  maxBytes: number,
  maxDepth = MAX_NESTING_DEPTH,
): LimitBreach | null {
  let bytes = 0
  const stack: Array<{ value: object; depth: number }> = []
  const seen = new Set<object>()
  /** Counts a leaf at once; queues a container (objects are only ever pushed, never copied). */
  const visit = (item: unknown, depth: number): LimitBreach | null => {
    if (typeof item === 'string') bytes += item.length + 2
    else if (item === null || typeof item !== 'object') bytes += 8
    else if (ArrayBuffer.isView(item) || item instanceof ArrayBuffer) bytes += item.byteLength
    else if (depth > maxDepth) return 'PAYLOAD_TOO_DEEP'
    else if (!seen.has(item)) {
      // Structured clone keeps shared references: each object is counted once.
      seen.add(item)
      bytes += 8
      stack.push({ value: item, depth })
    }
    return bytes > maxBytes ? 'PAYLOAD_TOO_LARGE' : null
  }
  let breach = visit(value, 1)
  while (breach === null && stack.length > 0) {
    const { value: container, depth } = stack.pop()!
    if (Array.isArray(container)) {
      for (let index = 0; breach === null && index < container.length; index++)
        breach = visit(container[index], depth + 1)
    } else if (container instanceof Map || container instanceof Set) {
      for (const entry of container.entries()) {
        breach = visit(entry[0], depth + 1) ?? visit(entry[1], depth + 1)
        if (breach) break
      }
    } else {
      for (const key in container) {
        if (!Object.hasOwn(container, key)) continue
        bytes += key.length
        breach = visit((container as Record<string, unknown>)[key], depth + 1)
        if (breach) break
      }
    }
  }
  return breach
}
