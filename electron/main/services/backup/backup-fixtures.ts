/**
 * Test helpers: a data folder holding the demo mailbox (with its attachments and settings) plus a
 * generated mailbox, and a canonical dump of a data folder, compared byte for byte across backup and
 * restore (threads with every field, messages, contacts, orders, folders, labels, reports, owner,
 * the preference files, and the SHA-256 of every attachment file).
 */
import { createHash } from 'node:crypto'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { createAppServices } from '../app'
import { ingestRawMail } from '../mail/ingest'
import { relayMail } from '../mail/mail-fixtures'
import { openMailServices } from '../mail/open'
import { createFileSettings } from '../settings-file'
import { MailboxStore } from '../store'
import { syntheticMailbox } from '../store/synthetic-mailbox'
import { DATA_FILES } from './backup-format'
import { completeInterruptedRestore } from './restore-journal'

export async function buildDataDir(dir: string, options: { syntheticMessages?: number } = {}): Promise<void> {
  const app = await createAppServices({
    userDataDir: dir,
    mode: 'web',
    demo: true,
    settings: createFileSettings(path.join(dir, 'settings.json')),
    version: 'test',
    systemLanguage: 'fr',
  })
  await app.dispatch('settings:set', [{ language: 'en' }])
  await app.close()
  // Two imported relay mails, so the kept originals (raw/) are part of what is backed up.
  const services = await openMailServices(dir)
  try {
    for (const mail of [
      await relayMail(),
      await relayMail({ text: 'Deuxième message : où est mon colis ?', messageId: 'second@relay.example' }),
    ])
      await ingestRawMail(services, mail, { source: 'fixture' })
  } finally {
    await services.store.close()
  }
  if (options.syntheticMessages) {
    const store = await MailboxStore.open(path.join(dir, 'store'))
    const generated = syntheticMailbox(options.syntheticMessages, 7)
    // Its folders and labels carry the same ids on every run; keep only those the store lacks.
    const folders = new Set(store.listFolders().map((f) => f.id))
    const labels = new Set(store.listLabels().map((l) => l.id))
    await store.importSnapshot({
      ...generated,
      folders: generated.folders.filter((f) => !folders.has(f.id)),
      labels: generated.labels.filter((l) => !labels.has(l.id)),
    })
    await store.createFolder('Réclamations A-à-z « Łódź »', null)
    await store.close()
  }
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
    )
  return value
}

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id))

export async function canonicalDump(dir: string): Promise<string> {
  await completeInterruptedRestore(dir)
  const store = await MailboxStore.open(path.join(dir, 'store'))
  try {
    const snapshot = store.exportSnapshot()
    const createdAt = Object.fromEntries(
      snapshot.threads.map((t) => [t.id, store.getThread(t.id).thread.lastMessageAt]),
    )
    const files: Record<string, string | null> = {}
    for (const name of DATA_FILES)
      files[name] = await readFile(path.join(dir, name), 'utf8').catch(() => null)
    const blobs: Record<string, string> = {}
    for (const folder of ['attachments', 'raw'])
      for (const name of (await readdir(path.join(dir, folder)).catch(() => [] as string[])).sort())
        if (/^[0-9a-f]{64}$/.test(name))
          blobs[`${folder}/${name}`] = createHash('sha256')
            .update(await readFile(path.join(dir, folder, name)))
            .digest('hex')
    return JSON.stringify(
      sortedKeys({
        owner: snapshot.owner,
        threads: byId(snapshot.threads),
        threadTimes: createdAt,
        messages: byId(snapshot.messages),
        contacts: byId(snapshot.contacts),
        orders: [...snapshot.orders].sort((a, b) => a.orderNumber.localeCompare(b.orderNumber)),
        folders: byId(snapshot.folders),
        labels: byId(snapshot.labels),
        reports: byId(snapshot.reports),
        counts: store.counts(),
        files,
        blobs,
      }),
    )
  } finally {
    await store.close()
  }
}
