/**
 * The seam between the sync engine and the relay understanding (`ingest.ts`): every new mail from
 * the server goes through one function of this shape. The engine takes it as a parameter so that it
 * is tested on its own and wired once (`liveIngest`) in the composition root.
 */
import { ingestRawMail } from './ingest'
import type { IngestOptions, IngestOutcome, MailServices } from './ingest'

export type { IngestOptions, IngestOutcome } from './ingest'
export type IngestFolder = NonNullable<IngestOptions['folder']>

export type Ingest = (raw: Uint8Array, options: IngestOptions) => Promise<IngestOutcome>

export function liveIngest(services: MailServices): Ingest {
  return (raw, options) => ingestRawMail(services, raw, options)
}
