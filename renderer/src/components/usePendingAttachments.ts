import { useCallback, useRef, useState } from 'react'
import { api, call } from '../bridge'
import { bytesToBase64 } from '../bridge/base64'
import type { AttachmentVerdict, Bilingual } from '../../../shared/model/attachments'

interface Pending {
  key: string
  name: string
  dataBase64: string
  verdict: AttachmentVerdict | null
}

async function toBase64(file: File): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()))
}

/**
 * Files picked or dropped into the composer, each validated by the main process at once (by content,
 * and the message total with the current body), so a refusal shows before the seller presses Send.
 */
export function usePendingAttachments() {
  const [items, setItems] = useState<Pending[]>([])
  const [messageReason, setMessageReason] = useState<Bilingual | null>(null)
  const [busy, setBusy] = useState(false)
  const nextKey = useRef(0)

  const revalidate = useCallback(async (next: Pending[]) => {
    if (next.length === 0) {
      setItems([])
      setMessageReason(null)
      return
    }
    setBusy(true)
    try {
      const check = await call(
        api.attachments.validate(next.map(({ name, dataBase64 }) => ({ name, dataBase64 }))),
      )
      setItems(next.map((item, index) => ({ ...item, verdict: check.files[index] ?? null })))
      // The message-level reason repeats per-file refusals; show it only for a total that is too large.
      const fileRefused = check.files.some((verdict) => !verdict.accepted)
      setMessageReason(check.message.accepted || fileRefused ? null : check.message.reason)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      setItems(next)
      setMessageReason({ fr: reason, en: reason })
    } finally {
      setBusy(false)
    }
  }, [])

  const add = async (files: File[]) => {
    const added = await Promise.all(
      files.map(async (file) => ({
        key: `f${nextKey.current++}`,
        name: file.name,
        dataBase64: await toBase64(file),
        verdict: null,
      })),
    )
    await revalidate([...items, ...added])
  }
  return {
    items,
    busy,
    messageReason,
    accepted: items.filter((item) => item.verdict?.accepted),
    refused: items.filter((item) => item.verdict && !item.verdict.accepted),
    add,
    remove: (key: string) => void revalidate(items.filter((item) => item.key !== key)),
    clear: () => {
      setItems([])
      setMessageReason(null)
    },
  }
}
