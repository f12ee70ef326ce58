import { useCallback, useRef, useState } from 'react'
import { api, call } from '../bridge'
import type { AttachmentVerdict, Bilingual } from '../../../shared/model/attachments'
import { MAX_MESSAGE_BYTES } from '../../../shared/model/attachments'

interface Pending {
  key: string
  name: string
  dataBase64: string
  verdict: AttachmentVerdict | null
}

const bytesIn = (bytes: number, locale: string, unit: string) =>
  `${new Intl.NumberFormat(locale).format(bytes)} ${unit}`
const size = (bytes: number): Bilingual => ({
  fr: bytesIn(bytes, 'fr-FR', 'octets'),
  en: bytesIn(bytes, 'en-US', 'bytes'),
})

/**
 * A file over the whole message limit is refused here without being read or uploaded: its base64
 * would not fit the request cap (shared/ipc/limits.ts), and its size alone decides.
 */
function tooLargeVerdict(name: string, bytes: number): AttachmentVerdict {
  const weight = size(bytes)
  const limit = size(MAX_MESSAGE_BYTES)
  return {
    file: name,
    accepted: false,
    type: null,
    bytes,
    code: 'too-large',
    reason: {
      fr: `« ${name} » pèse ${weight.fr}, plus que la limite de ${limit.fr} (10 Mo) par message, pièces jointes comprises.`,
      en: `"${name}" is ${weight.en}, over the limit of ${limit.en} (10 MB) per message, attachments included.`,
    },
  }
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
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
      // One file per call, so no request grows past the cap however many files are pending; a file
      // already judged too large locally keeps its verdict.
      const judged: Pending[] = []
      for (const item of next) {
        if (item.verdict?.code === 'too-large' && item.dataBase64 === '') judged.push(item)
        else {
          const check = await call(
            api.attachments.validate([{ name: item.name, dataBase64: item.dataBase64 }]),
          )
          judged.push({ ...item, verdict: check.files[0] ?? null })
        }
      }
      setItems(judged)
      // Per-file refusals speak for themselves; the message-level reason is only for a total too large.
      const fileRefused = judged.some((item) => item.verdict && !item.verdict.accepted)
      const total = judged.reduce((sum, item) => sum + (item.verdict?.bytes ?? 0), 0)
      const weight = size(total)
      const limit = size(MAX_MESSAGE_BYTES)
      setMessageReason(
        fileRefused || total <= MAX_MESSAGE_BYTES
          ? null
          : {
              fr: `Les pièces jointes pèsent ${weight.fr}, plus que la limite de ${limit.fr} (10 Mo) par message.`,
              en: `The attachments weigh ${weight.en}, over the limit of ${limit.en} (10 MB) per message.`,
            },
      )
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
      files.map(async (file) =>
        file.size > MAX_MESSAGE_BYTES
          ? {
              key: `f${nextKey.current++}`,
              name: file.name,
              dataBase64: '',
              verdict: tooLargeVerdict(file.name, file.size),
            }
          : {
              key: `f${nextKey.current++}`,
              name: file.name,
              dataBase64: await toBase64(file),
              verdict: null,
            },
      ),
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
