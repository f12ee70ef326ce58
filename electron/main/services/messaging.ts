/**
 * Sending a message: the one place where the policy checker and the attachment rules are enforced.
 * The renderer shows the same findings live, but cannot bypass this: a message with an `error`
 * finding or a refused attachment is never stored.
 */
import type { AttachmentUpload, SendMessageInput } from '../../../shared/ipc/contract'
import { ComptoirError } from '../../../shared/ipc/result'
import { reasonError } from '../../../shared/ipc/error-details'
import type { AttachmentCheck } from '../../../shared/model/attachments'
import type { AttachmentRef, ThreadDetail } from '../../../shared/model/mailbox'
import { blockingFindings, checkPolicy } from '../../../shared/policy'
import type { SellerRule } from '../../../shared/policy'
import type { AttachmentStore } from './attachments'
import { fileReason, messageReason, sha256Hex, validateAttachments } from './attachments'
import type { MailboxStore } from './store'

interface Decoded {
  name: string
  bytes: Uint8Array
}

function decode(uploads: AttachmentUpload[]): Decoded[] {
  // The desktop app's bytes arrive as they are (structured clone); the web harness's as base64.
  return uploads.map((upload) => ({
    name: upload.name,
    bytes: 'bytes' in upload ? upload.bytes : Buffer.from(upload.dataBase64, 'base64'),
  }))
}

export async function validateUploads(
  uploads: AttachmentUpload[],
  bodyBytes: number,
): Promise<AttachmentCheck> {
  return validateAttachments(
    decode(uploads).map((file) => ({ name: file.name, source: file.bytes })),
    { bodyBytes },
  )
}

/** Sends a checked reply through the mail account; null when there is none (the reply stays local). */
export type ReplyDelivery = (
  thread: ThreadDetail,
  body: string,
  attachments: AttachmentRef[],
) => Promise<unknown | null>

/**
 * The one send command. The policy checker and the attachment rules run first, so a refused reply
 * never opens an SMTP session. With a mail account the reply goes to the Outbox and joins the thread
 * once the server accepts it; without one it is stored locally, as before.
 */
export async function sendMessage(
  services: {
    store: MailboxStore
    attachments: AttachmentStore
    deliver?: ReplyDelivery
    sellerRules?: () => readonly SellerRule[]
  },
  input: SendMessageInput,
): Promise<ThreadDetail> {
  const body = input.body.trim()
  if (body.length === 0 && input.attachments.length === 0) {
    throw reasonError('BAD_REQUEST', 'The message is empty.', { reason: 'message-empty' })
  }
  // the seller's own blocking rules are enforced here too, read at each send (a rule added a moment ago counts)
  const blocking = blockingFindings(checkPolicy(body, { sellerRules: services.sellerRules?.() ?? [] }))
  if (blocking.length > 0) {
    const rules = [...new Set(blocking.map((f) => f.rule))].join(', ')
    throw new ComptoirError(
      'POLICY_VIOLATION',
      `Not sent: the message breaks marketplace rules (${rules}).`,
      blocking,
    )
  }
  // The thread must exist before any file is stored: else its attachments would be kept for nobody.
  services.store.getThread(input.threadId)
  const files = decode(input.attachments)
  const refs: AttachmentRef[] = []
  let verdicts: AttachmentCheck['files'] = []
  if (files.length > 0) {
    const check = await validateAttachments(
      files.map((file) => ({ name: file.name, source: file.bytes })),
      { bodyBytes: Buffer.byteLength(body, 'utf8') },
    )
    const refused = check.files.filter((verdict) => !verdict.accepted)
    if (refused.length > 0 || !check.message.accepted) {
      // Per-file reasons name each refused file; the message-level reason only matters when every
      // file is fine on its own but the total is too large.
      const reasons =
        refused.length > 0
          ? refused.map((v) => fileReason(v.file, v.refusal!))
          : [messageReason(check.message)]
      throw new ComptoirError(
        'ATTACHMENT_REFUSED',
        reasons
          .filter((r) => r !== null)
          .map((r) => r.en)
          .join(' — '),
        check,
      )
    }
    verdicts = check.files
  }
  // From the first put until the message is saved nothing references these files: a purge of another
  // thread holding the same content, or the orphan collector, must not delete them in between.
  const release = services.attachments.hold(files.map((file) => sha256Hex(file.bytes)))
  try {
    for (const [index, file] of files.entries()) {
      const type = verdicts[index]?.type
      if (!type) throw new ComptoirError('INTERNAL', 'Attachment verdict missing a type.')
      refs.push(await services.attachments.put(file.bytes, file.name, type))
    }
    // With a mail account the reply goes to the Outbox and joins the thread once the server accepts it.
    const queued = services.deliver
      ? await services.deliver(services.store.getThread(input.threadId), body, refs)
      : null
    if (queued === null)
      await services.store.appendMessage({
        threadId: input.threadId,
        direction: 'out',
        body,
        attachments: refs,
      })
  } finally {
    release()
  }
  return services.store.getThread(input.threadId)
}
