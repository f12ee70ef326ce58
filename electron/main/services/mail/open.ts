/**
 * The mail services over a data folder, laid out as the app lays it out (`store/`, `attachments/`,
 * `raw/`), for command-line tools that work on a store without the app.
 */
import path from 'node:path'
import { AttachmentStore } from '../attachments'
import { MailboxStore } from '../store'
import type { MailServices } from './ingest'
import { RawMailStore } from './raw-store'

export function mailBlobStores(userDataDir: string): Pick<MailServices, 'attachments' | 'raws'> {
  return {
    attachments: new AttachmentStore(path.join(userDataDir, 'attachments')),
    raws: new RawMailStore(path.join(userDataDir, 'raw')),
  }
}

/** Opens the store (STORE_LOCKED if a running app holds it). Close it with `services.store.close()`. */
export async function openMailServices(userDataDir: string): Promise<MailServices> {
  const blobs = mailBlobStores(userDataDir)
  const store = await MailboxStore.open(path.join(userDataDir, 'store'), {
    releaseBlobs: (ids) => blobs.attachments.remove(ids),
    releaseRawMails: (ids) => blobs.raws.remove(ids),
  })
  await blobs.attachments.sweepTemporaryFiles()
  await blobs.raws.sweepTemporaryFiles()
  return { store, ...blobs }
}
