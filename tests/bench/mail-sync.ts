/**
 * `npm run bench:mail`: first sync of N relay mails (default 10,000) from a throwaway Dovecot on this
 * machine into an empty store, through the real engine and ingest; then a second round with nothing
 * new (the incremental cost). Mails are written straight into the server's maildir (as a mail
 * delivery would), ~10 per buyer conversation. Prints one JSON line per run; RSS sampled every 50 ms.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { startDovecot } from '../mail/dovecot'
import { relayMail } from '../../electron/main/services/mail/mail-fixtures'
import { openMailServices } from '../../electron/main/services/mail/open'
import { liveIngest } from '../../electron/main/services/mail/ingest-seam'
import { Outbox } from '../../electron/main/services/mail/outbox'
import { SyncEngine } from '../../electron/main/services/mail/sync-engine'
import type { MailAccount } from '../../shared/model/account'

const MESSAGES = Number(process.env.MESSAGES ?? 10_000)
const RUNS = Number(process.env.RUNS ?? 1)

async function fillMaildir(maildir: string, count: number, uid: number, gid: number): Promise<void> {
  const cur = path.join(maildir, 'cur')
  for (const sub of ['cur', 'new', 'tmp']) fs.mkdirSync(path.join(maildir, sub), { recursive: true })
  const now = Date.now()
  for (let i = 0; i < count; i++) {
    const conversation = Math.floor(i / 10)
    const raw = await relayMail({
      buyer: `Acheteur${conversation}`,
      alias: `bench${conversation}`,
      caseId: `0000${conversation}-aaaa-4bbb-8ccc-${String(conversation).padStart(12, '0')}`,
      orderNumber: `405-${String(1_000_000 + conversation)
        .slice(1)
        .padStart(7, '0')}-0000000`,
      messageId: `<${randomUUID()}@marketplace.amazon.fr>`,
      text: `Bonjour, message ${i} : où en est ma commande ? Merci de votre réponse rapide, le colis devait arriver hier.`,
      date: new Date(now - (count - i) * 60_000),
    })
    const file = path.join(cur, `${Math.floor(now / 1000)}.M${i}P1.bench,S=${raw.byteLength}:2,`)
    fs.writeFileSync(file, raw)
    fs.utimesSync(file, new Date(now - (count - i) * 60_000), new Date(now - (count - i) * 60_000))
  }
  if (process.getuid?.() === 0) {
    for (const entry of fs.readdirSync(maildir, { recursive: true }) as string[])
      fs.chownSync(path.join(maildir, entry), uid, gid)
    fs.chownSync(maildir, uid, gid)
  }
}

async function run(): Promise<Record<string, number>> {
  const server = await startDovecot([{ user: 'seller', password: 'bench' }])
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-bench-mail-'))
  try {
    const mailRoot = path.join(server.dir, 'mail')
    const stat = fs.statSync(mailRoot)
    await fillMaildir(path.join(mailRoot, 'seller'), MESSAGES, stat.uid, stat.gid)
    const services = await openMailServices(data)
    const account: MailAccount = {
      imap: { host: server.host, port: server.port },
      smtp: { host: '127.0.0.1', port: 1 },
      security: 'none',
      user: 'seller',
      from: 'boutique@vendeur.example',
      auth: 'password',
      syncDays: 3650,
    }
    const configured = async () => ({ account, password: 'bench' })
    const outbox = new Outbox({
      dir: path.join(data, 'mail'),
      store: services.store,
      attachments: services.attachments,
      raws: services.raws,
      account: configured,
    })
    const ingest = liveIngest(services)
    let ingestMs = 0
    const timedIngest: typeof ingest = async (raw, options) => {
      const t = performance.now()
      try {
        return await ingest(raw, options)
      } finally {
        ingestMs += performance.now() - t
      }
    }
    const engine = new SyncEngine({
      store: services.store,
      outbox,
      ingest: timedIngest,
      stateFile: path.join(data, 'mail', 'sync-state.json'),
      account: configured,
    })
    global.gc?.()
    const rssBefore = process.memoryUsage().rss
    let rssPeak = rssBefore
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50)
    const started = performance.now()
    const first = await engine.round()
    const firstMs = performance.now() - started
    clearInterval(sampler)
    const again = performance.now()
    const second = await engine.round()
    const secondMs = performance.now() - again
    await engine.stop()
    await services.store.close()
    const inbox = first.mailboxes.find((m) => m.name === 'INBOX')!
    if (first.errors.length > 0 || second.errors.length > 0)
      throw new Error(JSON.stringify([first.errors, second.errors]).slice(0, 500))
    return {
      messages: MESSAGES,
      imported: inbox.imported,
      threads: services.store.query({}).total,
      first_sync_ms: Math.round(firstMs),
      ingest_ms: Math.round(ingestMs),
      first_sync_msgs_per_s: Math.round((inbox.fetched / firstMs) * 1000),
      second_round_ms: Math.round(secondMs),
      rss_before_mb: Math.round(rssBefore / 1048576),
      rss_peak_mb: Math.round(rssPeak / 1048576),
    }
  } finally {
    await server.dispose()
    fs.rmSync(data, { recursive: true, force: true })
  }
}

for (let i = 0; i < RUNS; i++) process.stdout.write(`${JSON.stringify(await run())}\n`)
