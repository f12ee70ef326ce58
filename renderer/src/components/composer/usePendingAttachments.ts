import { useCallback, useRef, useState } from 'react'
import { api, call } from '../../bridge'
import { attachmentUpload } from '../../bridge/uploads'
import type { AttachmentUpload } from '../../../../shared/ipc/contract'
import { MAX_MESSAGE_BYTES } from '../../../../shared/model/attachments'
import type { AttachmentVerdict } from '../../../../shared/model/attachments'

/**
 * Why a file or the message cannot go, as a code the composer translates (never a raw error string):
 * a main-process verdict carries its own bilingual reason; these are decided before or around it.
 */
export type FileProblem =
  | { kind: 'verdict' } // the verdict's own reason applies
  | { kind: 'too-large'; bytes: number } // this file alone is over the limit: never uploaded
export type MessageProblem =
  | { kind: 'message-too-large'; bytes: number } // all files together are over the limit
  | { kind: 'check-failed'; code: string } // the check itself failed: no file is cleared to go

interface Pending {
  key: string
  name: string
  bytes: number
  /**
   * The file as its transport carries it (bytes on the desktop, base64 on the web harness), read only
   * for files that may go: a file over the limit is never read into memory.
   */
  upload: AttachmentUpload | null
  verdict: AttachmentVerdict | null
  problem: FileProblem | null
}

async function readUpload(file: File): Promise<AttachmentUpload> {
  return attachmentUpload(file.name, new Uint8Array(await file.arrayBuffer()))
}

const errorCode = (error: unknown) =>
  error && typeof error === 'object' && 'code' in error && typeof error.code === 'string'
    ? error.code
    : 'INTERNAL'

/**
 * Files picked or dropped into the composer, each validated by the main process at once (by content,
 * and the message total), so a refusal shows before the seller presses Send. A file is sendable only
 * with an accepted verdict: a file over the limit, a failed check or a refused sibling blocks the
 * whole message, because a message must never leave without what the user attached.
 */
export function usePendingAttachments() {
  const [items, setItems] = useState<Pending[]>([])
  const [messageProblem, setMessageProblem] = useState<MessageProblem | null>(null)
  const [checks, setChecks] = useState(0)
  // The latest list, so two quick drops both land (a closure over `items` would lose the first).
  const current = useRef<Pending[]>([])
  const generation = useRef(0)
  const nextKey = useRef(0)

  const revalidate = useCallback(async (next: Pending[]) => {
    current.current = next
    const mine = ++generation.current
    setItems(next)
    const total = next.reduce((sum, item) => sum + item.bytes, 0)
    const uploadable = next.flatMap((item) => (item.upload ? [{ ...item, upload: item.upload }] : []))
    if (next.length === 0 || uploadable.length === 0 || total > MAX_MESSAGE_BYTES) {
      // Nothing to ask main: the limit alone decides, and nothing big crosses the bridge.
      // A file over the limit already says why; the total is named only when no single file is the cause.
      const oneTooLarge = next.some((item) => item.problem?.kind === 'too-large')
      setMessageProblem(
        total > MAX_MESSAGE_BYTES && !oneTooLarge ? { kind: 'message-too-large', bytes: total } : null,
      )
      return
    }
    setChecks((n) => n + 1)
    try {
      const check = await call(api.attachments.validate(uploadable.map((item) => item.upload)))
      if (mine !== generation.current) return
      const verdicts = new Map(uploadable.map((item, index) => [item.key, check.files[index] ?? null]))
      const checked = next.map((item) =>
        verdicts.has(item.key)
          ? {
              ...item,
              verdict: verdicts.get(item.key) ?? null,
              problem: verdicts.get(item.key)?.accepted ? null : { kind: 'verdict' as const },
            }
          : item,
      )
      current.current = checked
      setItems(checked)
      // The message-level reason repeats per-file refusals; show it only for a total that is too large.
      const fileRefused = check.files.some((verdict) => !verdict.accepted)
      setMessageProblem(
        check.message.accepted || fileRefused
          ? null
          : { kind: 'message-too-large', bytes: check.message.bytes },
      )
    } catch (error) {
      if (mine !== generation.current) return
      setMessageProblem({ kind: 'check-failed', code: errorCode(error) })
    } finally {
      setChecks((n) => n - 1)
    }
  }, [])

  const add = async (files: File[]) => {
    const added = await Promise.all(
      files.map(async (file): Promise<Pending> => ({
        key: `f${nextKey.current++}`,
        name: file.name,
        bytes: file.size,
        upload: file.size > MAX_MESSAGE_BYTES ? null : await readUpload(file),
        verdict: null,
        problem: file.size > MAX_MESSAGE_BYTES ? { kind: 'too-large', bytes: file.size } : null,
      })),
    )
    await revalidate([...current.current, ...added])
  }
  const ready = items.length > 0 && messageProblem === null && items.every((item) => item.verdict?.accepted)
  return {
    items,
    busy: checks > 0,
    messageProblem,
    /** True when there are files and every one of them may be sent. */
    ready,
    /** True when files are attached that cannot all go: sending must wait until they are removed. */
    blocking: items.length > 0 && !ready,
    add,
    remove: (key: string) => void revalidate(current.current.filter((item) => item.key !== key)),
    clear: () => {
      generation.current++
      current.current = []
      setItems([])
      setMessageProblem(null)
    },
  }
}
