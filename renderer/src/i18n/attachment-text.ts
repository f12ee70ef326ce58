/**
 * An attachment refusal (a code and its typed details, shared/model/attachments.ts) put into words in
 * the user's language, from the dictionaries of attachment-words.ts. Sizes are written by `formatSize`
 * in the app's language ("12,8 Mo").
 */
import type { TFunction } from 'i18next'
import type { AttachmentRefusal, MessageVerdict } from '../../../shared/model/attachments'
import { MAX_MESSAGE_BYTES } from '../../../shared/model/attachments'
import { formatSize } from './index'
import type { Language } from './index'

const key = (name: string) => `errors.attachments.${name}`

function formatText(refusal: AttachmentRefusal, t: TFunction): string {
  const what = refusal.what
  const first = what === undefined ? '?' : typeof what === 'string' ? what : t(key(`formats.${what.worded}`))
  if (!refusal.foreign) return first
  return t(key('polyglotPair'), { first, second: t(key(`foreign.${refusal.foreign}`)) })
}

function detailText(refusal: AttachmentRefusal, t: TFunction): string {
  if (refusal.flaw) return t(key(`flaws.${refusal.flaw}`), { part: refusal.part ?? '' })
  if (refusal.code === 'unreadable') {
    const errno = refusal.errno === 'EPERM' ? 'EACCES' : (refusal.errno ?? 'EIO')
    const known = ['ENOENT', 'EACCES', 'ENOTFILE', 'EISDIR'].includes(errno)
    return t(key(`unreadable.${known ? errno : 'other'}`), { errno })
  }
  if (refusal.code === 'extension-mismatch')
    return (refusal.extensions ?? []).map((extension) => `.${extension}`).join(t(key('extensionsJoin')))
  return ''
}

/** One refused file, in the user's language. */
export function attachmentRefusalText(
  file: string,
  refusal: AttachmentRefusal,
  t: TFunction,
  language: Language,
): string {
  const detail = detailText(refusal, t)
  const values = {
    file,
    what: formatText(refusal, t),
    detail,
    size: formatSize(refusal.bytes ?? 0, language),
    limit: formatSize(MAX_MESSAGE_BYTES, language),
  }
  if (refusal.code === 'corrupt' && detail) return t(key('corruptWithDetail'), values)
  return t(key(`codes.${refusal.code}`), values)
}

/** The message as a whole (null when it may go). */
export function messageVerdictText(message: MessageVerdict, t: TFunction, language: Language): string | null {
  if (message.code === 'message-too-large')
    return t(key('message.too-large'), {
      size: formatSize(message.bytes, language),
      limit: formatSize(MAX_MESSAGE_BYTES, language),
    })
  if (message.code === 'attachment-refused') {
    const quote = (name: string) => (language === 'fr' ? `« ${name} »` : `“${name}”`)
    return t(key('message.refused'), {
      count: message.refusedFiles.length,
      files: message.refusedFiles.map(quote).join(', '),
    })
  }
  return null
}
