import { execFile } from 'node:child_process'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_MESSAGE_BYTES } from '../../../../shared/model/attachments'
import type { AttachmentCheck } from '../../../../shared/model/attachments'
import { inspectContent } from './content'
import { openSource } from './source'
import * as fx from './test-fixtures'
import { fileReason, messageReason } from './reasons'
import { validateAttachments } from './validate'
import type { AttachmentVerdict } from '../../../../shared/model/attachments'

/** The CLI's words for a verdict (the app words the refusal itself). */
const reasonOf = (verdict: AttachmentVerdict | undefined) =>
  verdict?.refusal ? fileReason(verdict.file, verdict.refusal) : null

const run = promisify(execFile)
const ROOT = fileURLToPath(new URL('../../../..', import.meta.url))

interface Case {
  bytes: () => Uint8Array
  accepted: boolean
  type?: string
  code?: string
}

const text =
  (value: string): (() => Uint8Array) =>
  () =>
    new TextEncoder().encode(value)
const truncated = (bytes: Uint8Array): Uint8Array => bytes.subarray(0, Math.floor(bytes.byteLength / 2))

/** One file each: the expected verdict when it is sent alone. */
const CASES: Record<string, Case> = {
  'facture.pdf': { bytes: fx.pdf, accepted: true, type: 'pdf' },
  'FACTURE-MAJ.PDF': { bytes: fx.pdf, accepted: true, type: 'pdf' },
  'colis.png': { bytes: fx.png, accepted: true, type: 'png' },
  'photo.jpg': { bytes: fx.jpeg, accepted: true, type: 'jpg' },
  'photo.jpeg': { bytes: fx.jpeg, accepted: true, type: 'jpg' },
  'anim.gif': { bytes: fx.gif, accepted: true, type: 'gif' },
  'notes.txt': { bytes: fx.utf8Text, accepted: true, type: 'txt' },
  'notes-utf16.txt': { bytes: fx.utf16Text, accepted: true, type: 'txt' },
  'bmw.txt': { bytes: text('BMW : la voiture est arrivée.\n'), accepted: true, type: 'txt' },
  'mz.txt': { bytes: text('MZ-2024 : référence du colis.\n'), accepted: true, type: 'txt' },
  'balises.txt': { bytes: text('Utilisez <b> pour le gras, dit le vendeur.\n'), accepted: true, type: 'txt' },
  'notice.docx': { bytes: fx.docx, accepted: true, type: 'docx' },
  'notice-image.docx': { bytes: () => fx.docx(fx.png()), accepted: true, type: 'docx' },
  'notice.doc': { bytes: fx.doc, accepted: true, type: 'doc' },
  // Executables, whatever their name
  'setup.pdf': { bytes: fx.pe, accepted: false, code: 'executable' },
  'programme.pdf': { bytes: fx.elf, accepted: false, code: 'executable' },
  'installeur.doc': { bytes: fx.msi, accepted: false, code: 'executable' },
  // Office files that are not Word, zips, macros
  'tableur.docx': { bytes: fx.xlsx, accepted: false, code: 'not-word' },
  'tableur.doc': { bytes: fx.xls, accepted: false, code: 'not-word' },
  'archive.docx': { bytes: fx.zip, accepted: false, code: 'archive' },
  'archive.zip': { bytes: fx.zip, accepted: false, code: 'archive' },
  'macros.docx': { bytes: fx.docm, accepted: false, code: 'macro-enabled' },
  'macros.docm': { bytes: fx.docm, accepted: false, code: 'macro-enabled' },
  'macros.doc': { bytes: () => fx.doc({ macros: true }), accepted: false, code: 'macro-enabled' },
  'coupe.docx': { bytes: () => truncated(fx.docx()), accepted: false, code: 'corrupt' },
  // Markup
  'page.gif': { bytes: fx.html, accepted: false, code: 'html' },
  'page.txt': { bytes: fx.html, accepted: false, code: 'html' },
  'image.svg': { bytes: fx.svg, accepted: false, code: 'svg' },
  'logo.png': { bytes: fx.svg, accepted: false, code: 'svg' },
  // Not text
  'aleatoire.txt': { bytes: () => fx.randomBytes(4096), accepted: false, code: 'not-text' },
  'aleatoire.pdf': { bytes: () => fx.randomBytes(4096, 7), accepted: false, code: 'unrecognised' },
  'nul.txt': { bytes: text('abc\u0000def\n'), accepted: false, code: 'not-text' },
  'latin1.txt': {
    bytes: () => Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    accepted: false,
    code: 'not-text',
  },
  // Name and content disagree
  'photo.txt': { bytes: fx.png, accepted: false, code: 'extension-mismatch' },
  facture: { bytes: fx.pdf, accepted: false, code: 'extension-mismatch' },
  'notice-binaire.docx': { bytes: fx.doc, accepted: false, code: 'extension-mismatch' },
  'notice.pdf': { bytes: fx.docx, accepted: false, code: 'extension-mismatch' },
  'notes.md': { bytes: fx.utf8Text, accepted: false, code: 'extension-mismatch' },
  // Empty
  'vide.pdf': { bytes: () => new Uint8Array(), accepted: false, code: 'empty' },
}

let dir = ''
let paths: Record<string, string> = {}
const bytesOf: Record<string, Uint8Array> = {}

beforeAll(async () => {
  for (const [name, testCase] of Object.entries(CASES)) bytesOf[name] = testCase.bytes()
  ;({ dir, paths } = await fx.writeFixtures(bytesOf))
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('validateAttachments, one file at a time', () => {
  for (const [name, expected] of Object.entries(CASES)) {
    it(`${name} → ${expected.accepted ? `accepted as ${expected.type}` : `refused (${expected.code})`}`, async () => {
      for (const source of [bytesOf[name] as Uint8Array, paths[name] as string]) {
        const check = await validateAttachments([{ name, source }])
        const [verdict] = check.files
        expect(verdict).toMatchObject({
          file: name,
          accepted: expected.accepted,
          type: expected.accepted ? expected.type : null,
          code: expected.accepted ? null : expected.code,
          bytes: (bytesOf[name] as Uint8Array).byteLength,
        })
        if (!expected.accepted) {
          expect(reasonOf(verdict)?.fr).toContain(`« ${name} »`)
          expect(reasonOf(verdict)?.en).toContain(`"${name}"`)
          expect(check.message).toMatchObject({ accepted: false, code: 'attachment-refused' })
        } else {
          expect(verdict?.refusal).toBeNull()
          expect(check.message).toMatchObject({
            bytes: verdict?.bytes,
            accepted: true,
            code: null,
            refusedFiles: [],
          })
        }
      }
    })
  }

  it('refuses, without crashing, what cannot be read: a missing file, a folder', async () => {
    const check = await validateAttachments([
      { name: 'absent.pdf', source: path.join(dir, 'absent.pdf') },
      { name: 'dossier.pdf', source: dir },
    ])
    expect(check.files.map((v) => [v.code, v.accepted, v.bytes])).toEqual([
      ['unreadable', false, 0],
      ['unreadable', false, 0],
    ])
    expect(reasonOf(check.files[0])?.en).toContain('file not found')
    expect(reasonOf(check.files[1])?.en).toContain('not a regular file')
  })

  it.skipIf(process.platform === 'win32')('does not block on a FIFO named like a PDF', async () => {
    const fifo = path.join(dir, 'tube.pdf')
    await run('mkfifo', [fifo])
    const [verdict] = (await validateAttachments([{ name: 'tube.pdf', source: fifo }])).files
    expect(verdict).toMatchObject({ accepted: false, code: 'unreadable' })
  })
})

describe('the 10,000,000-byte message limit', () => {
  const sizes = async (list: number[], bodyBytes = 0): Promise<AttachmentCheck> =>
    validateAttachments(
      list.map((size, index) => ({ name: `f${index}.pdf`, source: fx.pdf(size) })),
      { bodyBytes },
    )

  it('accepts exactly 10,000,000 bytes and refuses 10,000,001, for one file', async () => {
    const exact = await sizes([MAX_MESSAGE_BYTES])
    expect(exact.files[0]).toMatchObject({ accepted: true, type: 'pdf', bytes: 10_000_000 })
    expect(exact.message).toMatchObject({ accepted: true, bytes: 10_000_000 })

    const over = await sizes([MAX_MESSAGE_BYTES + 1])
    expect(over.files[0]).toMatchObject({ accepted: false, code: 'too-large', bytes: 10_000_001 })
    expect(reasonOf(over.files[0])?.fr).toContain('10\u202f000\u202f001 octets')
    expect(over.message).toMatchObject({ accepted: false, code: 'message-too-large', bytes: 10_000_001 })
  })

  it('refuses a set whose total crosses the limit though each file alone is fine', async () => {
    const check = await sizes([6_000_000, 6_000_000])
    expect(check.files.every((v) => v.accepted)).toBe(true)
    expect(check.message).toMatchObject({ accepted: false, code: 'message-too-large', bytes: 12_000_000 })
    expect(messageReason(check.message)?.en).toContain('12,000,000 bytes')

    expect((await sizes([5_000_000, 5_000_000])).message).toMatchObject({ accepted: true, bytes: 10_000_000 })
    expect((await sizes([5_000_000, 5_000_001])).message).toMatchObject({
      accepted: false,
      bytes: 10_000_001,
    })
  })

  it('counts the body in the total', async () => {
    expect((await sizes([9_999_000], 1000)).message).toMatchObject({ accepted: true, bytes: 10_000_000 })
    expect((await sizes([9_999_000], 1001)).message).toMatchObject({
      accepted: false,
      code: 'message-too-large',
    })
    await expect(sizes([1000], -1)).rejects.toMatchObject({ code: 'BAD_REQUEST' })
  })
})

describe('reads as few bytes as it can', () => {
  const bytesRead = async (bytes: Uint8Array): Promise<number> => {
    const source = await openSource(bytes)
    expect((await inspectContent(source)).ok).toBe(true)
    return source.bytesRead
  }

  it('reads a PDF or image once, to its end (active content, end markers, polyglots), no more', async () => {
    const big = fx.pdf(9_000_000)
    expect(await bytesRead(big)).toBeLessThanOrEqual(big.byteLength + 4100)
    expect(await bytesRead(fx.png())).toBeLessThanOrEqual(fx.png().byteLength + 4100)
  })

  it('reads a doc once (cfb needs the whole compound file), the header included', async () => {
    const doc = fx.doc()
    expect(await bytesRead(doc)).toBe(doc.byteLength)
  })

  it('reads the header, central directory, its XML parts and the first bytes of its media, not all of it', async () => {
    const media = fx.randomBytes(3_000_000) // incompressible: stored as is
    const package_ = fx.docx(media)
    expect(package_.byteLength).toBeGreaterThan(3_000_000)
    // yauzl looks for the end-of-central-directory record in the last 65,557 bytes (the longest zip
    // comment); then the central directory, the XML parts and the first 64 KiB pieces of each other part
    // (for an OLE or program signature; the stream reads a few pieces ahead): ~330 KB of 3 MB.
    expect(await bytesRead(package_)).toBeLessThan(400 * 1024)
  })
})

describe('the attachment:check CLI gives the same verdicts as the function', () => {
  const cli = async (files: string[]): Promise<Array<Record<string, unknown>>> => {
    const { stdout, stderr } = await run(
      'npx',
      ['--no-install', 'tsx', 'electron/main/cli/attachment-check.ts', ...files],
      { cwd: ROOT, maxBuffer: 10 * 1024 * 1024 },
    )
    expect(stderr.replace(/^npm warn .*\n?/gm, '')).toBe('')
    return stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
  }

  const expectSame = (lines: Array<Record<string, unknown>>, check: AttachmentCheck): void => {
    expect(lines).toHaveLength(check.files.length + 1)
    check.files.forEach((verdict, index) => {
      const words = reasonOf(verdict)
      const reason = words ? `${words.fr} / ${words.en}` : null
      expect(lines[index]).toEqual({
        file: verdict.file,
        accepted: verdict.accepted,
        type: verdict.type,
        reason,
        reason_fr: words?.fr ?? null,
        reason_en: words?.en ?? null,
        code: verdict.code,
        bytes: verdict.bytes,
      })
      if (!verdict.accepted) expect(typeof lines[index]?.reason).toBe('string')
    })
    const { message } = check
    const messageWords = messageReason(message)
    expect(lines.at(-1)).toEqual({
      message: {
        bytes: message.bytes,
        accepted: message.accepted,
        reason: messageWords ? `${messageWords.fr} / ${messageWords.en}` : null,
        reason_fr: messageWords?.fr ?? null,
        reason_en: messageWords?.en ?? null,
        code: message.code,
      },
    })
  }

  it('on every fixture at once, plus an unreadable path', async () => {
    const files = [...Object.values(paths), path.join(dir, 'absent.pdf')]
    const lines = await cli(files)
    expectSame(lines, await validateAttachments(files.map((file) => ({ name: file, source: file }))))
    for (const [name, expected] of Object.entries(CASES)) {
      const line = lines.find((l) => l.file === paths[name])
      expect(line).toMatchObject({
        accepted: expected.accepted,
        type: expected.accepted ? expected.type : null,
      })
    }
  }, 60_000)

  it('on sets at, and one byte over, the limit', async () => {
    const big = await fx.writeFixtures({
      'a.pdf': fx.pdf(5_000_000),
      'b.pdf': fx.pdf(5_000_000),
      'c.pdf': fx.pdf(5_000_001),
    })
    try {
      const { paths: p } = big
      for (const set of [
        [p['a.pdf'], p['b.pdf']],
        [p['a.pdf'], p['c.pdf']],
      ] as string[][]) {
        const lines = await cli(set)
        expectSame(lines, await validateAttachments(set.map((file) => ({ name: file, source: file }))))
      }
    } finally {
      await rm(big.dir, { recursive: true, force: true })
    }
  }, 60_000)

  it('relative paths are reported as given', async () => {
    const relative = path.relative(ROOT, paths['facture.pdf'] as string)
    const [line] = await cli([relative])
    expect(line).toMatchObject({ file: relative, accepted: true, type: 'pdf', reason: null })
  }, 60_000)
})
