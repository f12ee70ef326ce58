/**
 * Order import, shared by the command line and the app: files in (name and bytes), orders merged into
 * the store, one summary out. Rows that cannot be read are named and skipped; the rest goes on. The
 * store write is one command, so an import is applied whole or not at all.
 */
import type { OrdersImportError, OrdersImportSummary } from '../../../../shared/model/orders-import'
import { MAX_LISTED_IMPORT_ERRORS } from '../../../../shared/model/orders-import'
import type { MailboxStore } from '../store'
import type { IncomingOrder } from './assemble'
import { assembleOrders } from './assemble'
import { decodeReport } from './decode'
import type { ReportEncoding } from './decode'
import { parseReport } from './report-rows'
import type { RowError } from './report-rows'

export interface ReportFile {
  /** How errors name the file: the path as given (CLI) or the file's name (app). */
  name: string
  bytes: Uint8Array
}

export interface ImportProgress {
  file: string
  filesDone: number
  files: number
  rows: number
  encoding?: ReportEncoding
}

export async function importOrderReports(
  store: MailboxStore,
  files: readonly ReportFile[],
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<OrdersImportSummary> {
  const incoming: IncomingOrder[] = []
  const errors: RowError[] = []
  let read = 0
  files.forEach((file, at) => {
    const { text, encoding } = decodeReport(file.bytes)
    const report = parseReport(file.name, text)
    const assembled = assembleOrders(report)
    read += report.read
    incoming.push(...assembled.orders)
    errors.push(...report.errors, ...assembled.errors)
    onProgress({ file: file.name, filesDone: at + 1, files: files.length, rows: report.read, encoding })
  })
  const merged = await store.mergeOrders(incoming)
  return {
    read,
    orders: merged.orders,
    created: merged.created,
    updated: merged.updated,
    unchanged: merged.unchanged,
    matched_threads: merged.matchedThreads,
    errors: listed(errors),
  }
}

function listed(errors: RowError[]): OrdersImportError[] {
  const entry = (error: RowError): OrdersImportError => ({ source: error.source, problem: error.problem })
  if (errors.length <= MAX_LISTED_IMPORT_ERRORS) return errors.map(entry)
  const shown = errors.slice(0, MAX_LISTED_IMPORT_ERRORS - 1)
  const rest = errors.length - shown.length
  return [
    ...shown.map(entry),
    {
      source: errors[shown.length]!.source,
      problem: { code: 'more-rows', count: rest },
    },
  ]
}
