/**
 * Why a row (or a file) of an order report was not read, as data: the app words it in the user's
 * language (renderer/src/i18n/error-reasons.ts), the CLI in English and French (cli/order-problem-words.ts).
 */
export type OrderRowProblem =
  | { code: 'empty-file' }
  | { code: 'not-a-report'; missing: string[] }
  | { code: 'column-count'; columns: number; header: number }
  | { code: 'order-number'; value: string }
  | { code: 'empty-column'; column: string }
  | { code: 'impossible-date' | 'date-without-zone'; column: string; value: string }
  | { code: 'unknown-zone'; column: string; value: string; zone: string }
  | { code: 'amount'; column: string; value: string }
  | { code: 'quantity'; value: string }
  | { code: 'currency'; value: string }
  | { code: 'no-product' }
  | { code: 'mixed-currency'; currency: string; expected: string; order: string }
  /** The last entry when more rows were refused than are listed. */
  | { code: 'more-rows'; count: number }
export type OrderRowProblemCode = OrderRowProblem['code']

/** What an order import reports: the app's summary; the CLI's last line adds `reason` and `reason_fr`. */
export interface OrdersImportError {
  /** "file:line" (the header's line for a file that is not an order report). */
  source: string
  problem: OrderRowProblem
}

export interface OrdersImportSummary {
  /** Data rows read, over all files. */
  read: number
  /** Distinct orders those rows describe. */
  orders: number
  created: number
  updated: number
  unchanged: number
  /** Threads whose order number is among the orders read (their panels show the order). */
  matched_threads: number
  errors: OrdersImportError[]
}

/** Beyond this many, refused rows are summed up in one last entry (a wrong file can have 100,000). */
export const MAX_LISTED_IMPORT_ERRORS = 200
