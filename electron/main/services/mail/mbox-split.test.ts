import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { NotAnMboxError, splitMbox } from './mbox-split'

/** Feeds `bytes` in chunks of pseudo-random sizes, to cross every boundary. */
function chunked(bytes: Buffer, seed: number, max: number): Readable {
  const chunks: Buffer[] = []
  let state = seed
  for (let at = 0; at < bytes.length;) {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    const size = 1 + (state % max)
    chunks.push(bytes.subarray(at, at + size))
    at += size
  }
  return Readable.from(chunks)
}

async function split(mbox: string, seed = 1, max = 7): Promise<string[]> {
  const found: string[] = []
  for await (const entry of splitMbox(chunked(Buffer.from(mbox, 'latin1'), seed, max))) {
    found.push(Buffer.from(entry.bytes!).toString('latin1'))
  }
  return found
}

const ONE = 'Subject: one\r\n\r\nHello\r\n>From the start, quoted\r\nFrom inside a line is fine\r\n'
const TWO = 'Subject: two\n\nSecond\n\n>>From double\n'

describe('splitMbox', () => {
  it('splits at "From " after a blank line only, keeps CRLF and unquotes >From, whatever the chunking', async () => {
    const mbox = `From a@b Thu Nov 20 09:15:00 2026\r\n${ONE}\r\nFrom c@d Thu Nov 20 09:16:00 2026\n${TWO}\n`
    for (let seed = 1; seed < 40; seed++) {
      const mails = await split(mbox, seed, seed % 13 || 3)
      expect(mails).toEqual([
        'Subject: one\r\n\r\nHello\r\nFrom the start, quoted\r\nFrom inside a line is fine\r\n',
        'Subject: two\n\nSecond\n\n>From double\n',
      ])
    }
  })

  it('an empty file holds no mail; a file that is no mbox says so', async () => {
    expect(await split('')).toEqual([])
    await expect(split('Subject: not an mbox\n\nHi\n')).rejects.toBeInstanceOf(NotAnMboxError)
  })

  it('numbers the mails from 1 and gives each its size', async () => {
    const mbox = ['x', 'yy', 'zzz']
      .map((b) => `From - Mon Jan  1 00:00:00 2026\nSubject: ${b}\n\n${b}\n\n`)
      .join('')
    const entries = []
    for await (const entry of splitMbox(Readable.from([Buffer.from(mbox)]))) entries.push(entry)
    expect(entries.map((e) => [e.index, Buffer.from(e.bytes!).toString()])).toEqual([
      [1, 'Subject: x\n\nx\n'],
      [2, 'Subject: yy\n\nyy\n'],
      [3, 'Subject: zzz\n\nzzz\n'],
    ])
  })
})
