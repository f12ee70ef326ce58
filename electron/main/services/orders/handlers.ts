/** The app's order import channels: report files arrive in pieces, then are imported together. */
import type { Handlers } from '../router'
import type { MailboxStore } from '../store'
import { ComptoirError } from '../../../../shared/ipc/result'
import { importOrderReports } from './import-orders'
import { ReportUploads } from './uploads'

type OrderHandlers = Pick<
  Handlers,
  'orders:uploadBegin' | 'orders:uploadChunk' | 'orders:import' | 'orders:uploadDiscard'
>

export function createOrderImportHandlers(store: MailboxStore, uploads = new ReportUploads()): OrderHandlers {
  return {
    'orders:uploadBegin': ({ name, size }) => uploads.begin(name, size),
    'orders:uploadChunk': (uploadId, offset, piece) => {
      // Bytes as they are from the desktop app; base64 text from the web harness.
      if (piece instanceof Uint8Array) return uploads.append(uploadId, offset, piece)
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(piece) || piece.length % 4 !== 0) {
        throw new ComptoirError('BAD_REQUEST', 'The piece of the report is not valid base64.')
      }
      return uploads.append(uploadId, offset, Buffer.from(piece, 'base64'))
    },
    'orders:import': (uploadIds) => importOrderReports(store, uploads.take(uploadIds)),
    'orders:uploadDiscard': (uploadIds) => {
      uploads.discard(uploadIds)
      return { discarded: uploadIds.length }
    },
  }
}
