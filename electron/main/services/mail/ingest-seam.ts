/**
 * The seam between the sync engine and the relay understanding (`ingest.ts`, built on branch
 * w-import): every new mail from the server goes through one function with this shape. The engine
 * takes it as a parameter so that it can be tested on its own and wired once in the composition root.
 */

export type IngestFolder = 'inbox' | 'sent' | 'archive' | 'trash'

export interface IngestOptions {
  source: string
  all?: boolean
  folder?: IngestFolder
  ownAddresses?: string[]
  receivedAt?: Date
}

export interface IngestResult {
  status: 'imported' | 'duplicate' | 'skipped' | 'failed'
  threadId?: string
  messageId?: string
  threadCreated?: boolean
  reason?: string
}

export type Ingest = (raw: Uint8Array, options: IngestOptions) => Promise<IngestResult>
