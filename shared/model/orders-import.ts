/** What an order import reports: the same object on the CLI's last line and in the app's summary. */
export interface OrdersImportError {
  /** "file:line" (the header's line for a file that is not an order report). */
  source: string
  /** In English (the command line's language). */
  reason: string
  /** The same in French, for the app and French-speaking users of the command line. */
  reason_fr: string
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
