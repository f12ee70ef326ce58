/**
 * What an import reads: `.eml` files, mboxes (Thunderbird's have no extension, Google Takeout's end in
 * .mbox), gzipped mboxes, Maildirs, and folders of any of them. The format is read from the first
 * bytes, not the name. Each mail comes out with the name errors give it ("relay.mbox#10").
 */
import { createReadStream } from 'node:fs'
import { open, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { createGunzip } from 'node:zlib'
import type { MailImportProblem } from '../../../../shared/model/mail-import'
import type { MailFolder } from './ingest'
import { MAX_MAIL_BYTES, NotAnMboxError, splitMbox } from './mbox-split'

export type SourceFormat = 'eml' | 'mbox' | 'mbox-gz'

export interface SourceFile {
  path: string
  /** How errors name it: the file name, or its path inside the folder given. */
  label: string
  format: SourceFormat
  bytes: number
  folder?: MailFolder
  /** Maildir flag S: read in the mailbox it comes from. */
  seen?: boolean
}

/** A path given to an import that is not there, or not a file or folder. */
export class ImportPathError extends Error {
  constructor(
    readonly kind: 'path-not-found' | 'not-file-or-folder',
    readonly path: string,
  ) {
    super(kind === 'path-not-found' ? `No such file or folder: ${path}` : `Not a file or folder: ${path}`)
  }
}

const SENT_FOLDERS = new Set([
  'sent',
  'sent items',
  'sent mail',
  'sent messages',
  'envoyés',
  'éléments envoyés',
  'messages envoyés',
  'gesendet',
  'gesendete objekte',
])
const MAIL_EXTENSIONS = new Set(['', '.eml', '.mbox', '.mbx', '.gz', '.msg'])

function folderOf(filePath: string): MailFolder | undefined {
  const segments = filePath.split(/[/\\]/).map((s) =>
    s
      .replace(/^\./, '')
      .replace(/\.mbox(\.gz)?$/i, '')
      .toLowerCase(),
  )
  return segments.some((s) => SENT_FOLDERS.has(s)) ? 'sent' : undefined
}

async function sniff(filePath: string): Promise<SourceFormat> {
  const handle = await open(filePath, 'r')
  try {
    const head = Buffer.alloc(5)
    const { bytesRead } = await handle.read(head, 0, 5, 0)
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'mbox-gz'
    if (bytesRead === 5 && head.toString('latin1') === 'From ') return 'mbox'
    return 'eml'
  } finally {
    await handle.close()
  }
}

async function describe(filePath: string, label: string, bytes: number): Promise<SourceFile> {
  const isMaildirEntry = /[/\\](cur|new)[/\\][^/\\]+$/.test(filePath)
  const flags = isMaildirEntry ? (/:2,([A-Za-z]*)$/.exec(filePath)?.[1] ?? '') : ''
  const folder = folderOf(label)
  return {
    path: filePath,
    label,
    format: isMaildirEntry ? 'eml' : await sniff(filePath),
    bytes,
    ...(folder ? { folder } : {}),
    ...(flags.includes('S') ? { seen: true } : {}),
  }
}

/** Mail files in a folder, recursively: Maildir `tmp/`, hidden files and index files are left out. */
async function walk(dir: string, labelRoot: string, found: SourceFile[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name === 'tmp' && entries.some((e) => e.name === 'cur')) continue // Maildir: being written
      await walk(full, labelRoot, found)
    } else if (entry.isFile() && !entry.name.startsWith('.')) {
      const inMaildir = /^(cur|new)$/.test(path.basename(dir))
      if (!inMaildir && !MAIL_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) continue
      const info = await stat(full)
      if (info.size === 0) continue
      found.push(await describe(full, path.relative(labelRoot, full), info.size))
    }
  }
}

/** Every file the paths name, in a stable order. Throws ImportPathError for a path that is not there. */
export async function listSources(paths: string[]): Promise<SourceFile[]> {
  const found: SourceFile[] = []
  for (const given of paths) {
    const info = await stat(given).catch(() => null)
    if (!info) throw new ImportPathError('path-not-found', given)
    if (info.isDirectory()) await walk(given, path.dirname(path.resolve(given)), found)
    else if (info.isFile()) found.push(await describe(given, path.basename(given), info.size))
    else throw new ImportPathError('not-file-or-folder', given)
  }
  return found
}

export interface SourceMail {
  source: string
  raw: Uint8Array | null
  /** Why `raw` is null. */
  problem?: MailImportProblem
}

const tooLarge = (size: number): MailImportProblem => ({
  kind: 'too-large',
  megabytes: Math.round(size / 1048576),
  limitMegabytes: MAX_MAIL_BYTES / 1048576,
})

/**
 * The mails of one file, one at a time. `onBytes` reports how far into the file (compressed bytes for
 * a .gz) reading has gone, for the progress bar.
 */
export async function* readSourceMails(
  file: SourceFile,
  onBytes: (bytesRead: number) => void,
): AsyncGenerator<SourceMail> {
  if (file.format === 'eml') {
    if (file.bytes > MAX_MAIL_BYTES) {
      yield { source: file.label, raw: null, problem: tooLarge(file.bytes) }
    } else {
      const stream = createReadStream(file.path)
      const chunks: Buffer[] = []
      for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk)
      const all = Buffer.concat(chunks)
      yield { source: file.label, raw: new Uint8Array(all.buffer, all.byteOffset, all.byteLength) }
    }
    onBytes(file.bytes)
    return
  }
  const fileStream = createReadStream(file.path, { highWaterMark: 1 << 20 })
  const input = file.format === 'mbox-gz' ? fileStream.pipe(createGunzip()) : fileStream
  if (file.format === 'mbox-gz') fileStream.on('error', (error) => input.destroy(error))
  try {
    for await (const entry of splitMbox(input)) {
      onBytes(fileStream.bytesRead)
      const source = `${file.label}#${entry.index}`
      yield entry.bytes ? { source, raw: entry.bytes } : { source, raw: null, problem: tooLarge(entry.size) }
    }
  } catch (error) {
    const problem: MailImportProblem =
      error instanceof NotAnMboxError
        ? { kind: 'not-an-mbox' }
        : { kind: 'unreadable-mbox', detail: (error as Error).message }
    yield { source: file.label, raw: null, problem }
  } finally {
    fileStream.destroy()
  }
  onBytes(file.bytes)
}
