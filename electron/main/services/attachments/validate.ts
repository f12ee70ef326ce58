/**
 * The one validation of attachments, shared by the send command, the composer (on pick or drop),
 * future imports and the `attachment:check` CLI, so they all give the same verdicts.
 */
import { ComptoirError } from '../../../../shared/ipc/result'
import type { AttachmentCheck, AttachmentVerdict, MessageVerdict } from '../../../../shared/model/attachments'
import { MAX_MESSAGE_BYTES } from '../../../../shared/model/attachments'
import { inspectContent } from './content'
import type { Refusal } from './reasons'
import { TYPE_EXTENSIONS } from './reasons'
import type { ByteSource } from './source'
import { openSource, UnreadableError } from './source'

export interface AttachmentInput {
  /** The original file name (the app) or the path as given (the CLI): shown in reasons, gives the extension. */
  name: string
  /** A path to read, or the bytes themselves. */
  source: string | Uint8Array
}

export interface ValidateOptions {
  /** UTF-8 length of the message body, counted in the message total. */
  bodyBytes?: number
}

/** The extension of the last path segment, lower case, without the dot; '' when there is none. */
export function extensionOf(name: string): string {
  const base = name.split(/[/\\]/).at(-1) ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

function refused(name: string, bytes: number, refusal: Refusal): AttachmentVerdict {
  return {
    file: name,
    accepted: false,
    type: null,
    bytes,
    code: refusal.code,
    refusal,
  }
}

async function judge(name: string, source: ByteSource): Promise<AttachmentVerdict> {
  const size = source.size
  if (size === 0) return refused(name, 0, { code: 'empty' })
  if (size > MAX_MESSAGE_BYTES) {
    return refused(name, size, { code: 'too-large', bytes: size })
  }
  const content = await inspectContent(source)
  const extension = extensionOf(name)
  if (!content.ok) {
    // Bytes that are not text, offered under another name, are simply not any accepted type.
    const refusal: Refusal =
      content.refusal.code === 'not-text' && extension !== 'txt' ? { code: 'unrecognised' } : content.refusal
    return refused(name, size, refusal)
  }
  const allowed = TYPE_EXTENSIONS[content.type]
  if (!allowed.includes(extension)) {
    return refused(name, size, {
      code: 'extension-mismatch',
      what: { worded: content.type },
      extensions: [...allowed],
    })
  }
  return { file: name, accepted: true, type: content.type, bytes: size, code: null, refusal: null }
}

/** One file's verdict; never throws for a bad file (an unreadable one is a refused one). */
export async function checkAttachment(file: AttachmentInput): Promise<AttachmentVerdict> {
  let source: ByteSource
  try {
    source = await openSource(file.source)
  } catch (error) {
    const code = error instanceof UnreadableError ? error.code : 'EIO'
    return refused(file.name, 0, { code: 'unreadable', errno: code })
  }
  try {
    return await judge(file.name, source)
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    return refused(file.name, source.size, {
      code: 'unreadable',
      errno: typeof code === 'string' ? code : 'EIO',
    })
  } finally {
    await source.close().catch(() => undefined)
  }
}

/** The verdict on every file and on the message as a whole (body + all files ≤ MAX_MESSAGE_BYTES). */
export async function validateAttachments(
  files: AttachmentInput[],
  options: ValidateOptions = {},
): Promise<AttachmentCheck> {
  const bodyBytes = options.bodyBytes ?? 0
  if (!Number.isSafeInteger(bodyBytes) || bodyBytes < 0) {
    throw new ComptoirError(
      'BAD_REQUEST',
      `bodyBytes must be a non-negative integer, got ${String(bodyBytes)}`,
    )
  }
  const verdicts: AttachmentVerdict[] = []
  // One at a time: a message has a handful of files, and this keeps memory to one file's worth.
  for (const file of files) verdicts.push(await checkAttachment(file))

  const total = verdicts.reduce((sum, verdict) => sum + verdict.bytes, bodyBytes)
  const refusedNames = verdicts.filter((verdict) => !verdict.accepted).map((verdict) => verdict.file)
  const code =
    total > MAX_MESSAGE_BYTES ? 'message-too-large' : refusedNames.length > 0 ? 'attachment-refused' : null
  const message: MessageVerdict = {
    bytes: total,
    bodyBytes,
    files: files.length,
    accepted: code === null,
    code,
    refusedFiles: refusedNames,
  }
  return { files: verdicts, message }
}
