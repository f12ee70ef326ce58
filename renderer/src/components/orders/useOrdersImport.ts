import { useCallback, useRef, useState } from 'react'
import { api, call } from '../../bridge'
import { reportPiece } from '../../bridge/uploads'
import { ORDER_UPLOAD_CHUNK_BYTES } from '../../../../shared/ipc/contract'
import type { OrdersImportSummary } from '../../../../shared/model/orders-import'
import { useErrorText } from '../../i18n/useErrorText'

/** Same limit as main's (uploads.ts), checked first so the user hears it before anything is sent. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'sending'; sent: number; total: number; files: string[] }
  | { phase: 'importing'; files: string[] }
  | { phase: 'done'; summary: OrdersImportSummary; files: string[] }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string; tooLarge?: string }

class Cancelled extends Error {}

/**
 * Sends report files to main in pieces (progress, cancel between pieces), then imports them together.
 * A cancelled or failed import drops what was sent and changes nothing in the store.
 */
export function useOrdersImport(onImported: () => void) {
  const errorWords = useErrorText()
  const [state, setState] = useState<ImportState>({ phase: 'idle' })
  const cancelled = useRef(false)
  const busy = state.phase === 'sending' || state.phase === 'importing'

  const start = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return
      const tooLarge = files.find((file) => file.size > MAX_REPORT_BYTES)
      if (tooLarge) {
        setState({ phase: 'failed', message: '', tooLarge: tooLarge.name })
        return
      }
      cancelled.current = false
      const names = files.map((file) => file.name)
      const total = files.reduce((sum, file) => sum + file.size, 0)
      const uploadIds: string[] = []
      let sent = 0
      setState({ phase: 'sending', sent, total, files: names })
      try {
        for (const file of files) {
          const { uploadId } = await call(api.orders.uploadBegin({ name: file.name, size: file.size }))
          uploadIds.push(uploadId)
          const bytes = new Uint8Array(await file.arrayBuffer())
          for (let offset = 0; offset < bytes.length; offset += ORDER_UPLOAD_CHUNK_BYTES) {
            if (cancelled.current) throw new Cancelled()
            const end = Math.min(bytes.length, offset + ORDER_UPLOAD_CHUNK_BYTES)
            await call(api.orders.uploadChunk(uploadId, offset, reportPiece(bytes, offset, end)))
            sent += end - offset
            setState({ phase: 'sending', sent, total, files: names })
          }
        }
        if (cancelled.current) throw new Cancelled()
        setState({ phase: 'importing', files: names })
        const summary = await call(api.orders.import(uploadIds))
        setState({ phase: 'done', summary, files: names })
        onImported()
      } catch (error) {
        if (uploadIds.length > 0) void call(api.orders.uploadDiscard(uploadIds)).catch(() => undefined)
        if (error instanceof Cancelled) setState({ phase: 'cancelled' })
        else setState({ phase: 'failed', message: errorWords(error) })
      }
    },
    [onImported, errorWords],
  )

  const cancel = useCallback(() => {
    cancelled.current = true
  }, [])

  return { state, busy, start, cancel }
}
