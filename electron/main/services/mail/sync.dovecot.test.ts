/**
 * The sync engine against a real IMAP server (a throwaway Dovecot): first sync, incremental, no
 * duplicate on re-sync, on a UIDVALIDITY change or with two rounds at once, offline and recovery.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { skipWithoutDovecot, startDovecot } from '../../../../tests/mail/dovecot'
import type { Dovecot } from '../../../../tests/mail/dovecot'
import { appendMail, otherClient, relayMail } from '../../../../tests/mail/relay-mail'
import type { MailAccount } from '../../../../shared/model/account'
import { liveIngest } from './ingest-seam'
import { openMailServices } from './open'
import { Outbox } from './outbox'
import { SyncEngine } from './sync-engine'
import { SELLER_ADDRESS } from './mail-fixtures'

const skip = skipWithoutDovecot()

describe.skipIf(skip)('sync engine against Dovecot', () => {
  let server: Dovecot
  const opened: { store: { close(): Promise<void> }; engine: SyncEngine; dir: string }[] = []

  beforeAll(async () => {
    server = await startDovecot([{ user: 'seller', password: 'app-pass' }])
  })
  afterAll(async () => {
    await server?.dispose()
  })
  afterEach(async () => {
    for (const o of opened.splice(0)) {
      await o.engine.stop()
      await o.store.close()
      fs.rmSync(o.dir, { recursive: true, force: true })
    }
  })

  async function desk() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-sync-'))
    const services = await openMailServices(dir)
    const { store, attachments, raws } = services
    const account: MailAccount = {
      imap: { host: server.host, port: server.port },
      smtp: { host: '127.0.0.1', port: 1 },
      security: 'none',
      user: 'seller',
      from: SELLER_ADDRESS,
      auth: 'password',
      syncDays: 30,
    }
    const configured = async () => ({ account, password: 'app-pass' })
    const outbox = new Outbox({ dir: path.join(dir, 'mail'), store, attachments, raws, account: configured })
    const ingest = liveIngest(services)
    const engine = new SyncEngine({
      store,
      outbox,
      ingest,
      stateFile: path.join(dir, 'mail', 'sync-state.json'),
      account: configured,
    })
    opened.push({ store, engine, dir })
    return { store, engine, ingest, dir }
  }

  it('fetches new mail once: re-sync and two rounds at once import nothing twice', async () => {
    const old = await relayMail({ buyer: 'Ancien', date: new Date(Date.now() - 90 * 86_400_000) })
    await appendMail(server, old.raw, 'INBOX', [], new Date(Date.now() - 90 * 86_400_000))
    for (const buyer of ['Camille', 'Lou', 'Sacha'])
      await appendMail(server, (await relayMail({ buyer })).raw)
    const { store, engine } = await desk()
    const [a, b] = await Promise.all([engine.round(), engine.round()])
    const inbox = a.mailboxes.find((m) => m.name === 'INBOX')!
    expect(inbox.imported).toBe(3) // the 90-day-old mail is outside the 30-day first sync
    // The second round waited for the first and found nothing new.
    expect(b.mailboxes.find((m) => m.name === 'INBOX')!.fetched).toBe(0)
    expect(store.query({}).total).toBe(3)
    const again = await engine.round()
    expect(again.mailboxes.find((m) => m.name === 'INBOX')!.fetched).toBe(0)
    await appendMail(server, (await relayMail({ buyer: 'Noa' })).raw)
    const third = await engine.round()
    expect(third.mailboxes.find((m) => m.name === 'INBOX')!.imported).toBe(1)
    expect(store.query({}).total).toBe(4)
    expect(a.errors).toEqual([])
  })

  it('a UIDVALIDITY change re-reads the mailbox without duplicating a message', async () => {
    const { store, engine, dir } = await desk()
    await engine.round()
    const before = store.query({}).total
    const stateFile = path.join(dir, 'mail', 'sync-state.json')
    const state = JSON.parse(fs.readFileSync(stateFile, 'utf8'))
    state.mailboxes.INBOX.uidValidity = '1' // what the engine sees after the server renumbered
    fs.writeFileSync(stateFile, JSON.stringify(state))
    const fresh = new SyncEngine({
      ...(engine as unknown as { deps: ConstructorParameters<typeof SyncEngine>[0] }).deps,
    })
    const report = await fresh.round()
    const inbox = report.mailboxes.find((m) => m.name === 'INBOX')!
    expect(inbox.fetched).toBeGreaterThan(0)
    expect(inbox.imported).toBe(0)
    expect(inbox.duplicates).toBe(inbox.fetched - inbox.skipped)
    expect(store.query({}).total).toBe(before)
    await fresh.stop()
  })

  it('the server itself renumbering INBOX (new UIDVALIDITY) duplicates nothing', async () => {
    await appendMail(server, (await relayMail({ buyer: 'Renum' })).raw)
    const { store, engine, dir } = await desk()
    await engine.round()
    const before = store.query({}).total
    const stateFile = path.join(dir, 'mail', 'sync-state.json')
    const oldValidity = JSON.parse(fs.readFileSync(stateFile, 'utf8')).mailboxes.INBOX.uidValidity
    // Dovecot forgets its UID list and indexes, as after a restore or a migration: on restart it
    // numbers the same messages again under a new UIDVALIDITY.
    await server.stop()
    const maildir = path.join(server.dir, 'mail', 'seller')
    for (const name of fs.readdirSync(maildir))
      if (name === 'dovecot-uidlist' || name.startsWith('dovecot.index'))
        fs.rmSync(path.join(maildir, name), { force: true })
    await new Promise((resolve) => setTimeout(resolve, 1100)) // UIDVALIDITY is a time in seconds
    await server.start()
    const report = await engine.round()
    const inbox = report.mailboxes.find((m) => m.name === 'INBOX')!
    expect(String(inbox.uidvalidity)).not.toBe(String(oldValidity))
    expect(inbox.fetched).toBeGreaterThan(0)
    expect(inbox.imported).toBe(0)
    expect(store.query({}).total).toBe(before)
  })

  it('IDLE brings a mail appended elsewhere within seconds; offline when the server stops, back by itself', async () => {
    const { store, engine } = await desk()
    engine.start()
    await expect.poll(() => engine.getStatus().state, { timeout: 10_000 }).toBe('online')
    const before = store.query({}).total
    const started = Date.now()
    await appendMail(server, (await relayMail({ buyer: 'Idle' })).raw)
    await expect.poll(() => store.query({}).total, { timeout: 5_000, interval: 100 }).toBe(before + 1)
    expect(Date.now() - started).toBeLessThan(5_000)

    await server.stop()
    await expect.poll(() => engine.getStatus().state, { timeout: 15_000 }).toBe('offline')
    expect(JSON.stringify(engine.getStatus().lastError)).toMatch(/127\.0\.0\.1/)
    await server.start()
    await appendMail(server, (await relayMail({ buyer: 'Retour' })).raw)
    await expect.poll(() => store.query({}).total, { timeout: 20_000, interval: 200 }).toBe(before + 2)
    await expect.poll(() => engine.getStatus().state, { timeout: 5_000 }).toBe('online')
  }, 60_000)

  it('two desktops on one account converge: read, label, archive, folder move, no-reply, trash — both ways', async () => {
    for (const buyer of ['Ana', 'Bo', 'Cy', 'Di', 'Ed'])
      await appendMail(server, (await relayMail({ buyer })).raw)
    const one = await desk()
    const two = await desk()
    await one.engine.round()
    await two.engine.round()
    const [first, second, third, fourth, fifth] = one.store.query({}).threads
    const label = await one.store.createLabel({ name: 'Urgent é', color: '#ff0000', kind: 'urgency' })
    await one.store.markRead([first!.id], true)
    await one.store.label([first!.id], label.id, true)
    await one.store.archive([second!.id], true)
    const folder = await one.store.createFolder('Retours', null)
    await one.store.move([third!.id], folder.id)
    await one.store.setNoResponseNeeded([fourth!.id], true)
    await one.store.trash([fifth!.id], true)
    const pushed = await one.engine.round()
    expect(pushed.errors).toEqual([])
    expect(pushed.pushed).toBe(5)
    await two.engine.round()
    const on = (desk: typeof two, order: string | null) =>
      [
        ...desk.store.query({ limit: 500 }).threads,
        ...desk.store.query({ view: 'archive', limit: 500 }).threads,
        ...desk.store.query({ view: 'trash', limit: 500 }).threads,
      ].find((t) => t.orderNumber === order)!
    const t1 = on(two, first!.orderNumber)
    expect(t1.unreadCount).toBe(0)
    expect(two.store.listLabels().find((l) => t1.labelIds.includes(l.id))?.name).toBe('Urgent é')
    expect(on(two, second!.orderNumber).archived).toBe(true)
    const t3 = on(two, third!.orderNumber)
    expect(two.store.listFolders().find((f) => f.id === t3.folderId)?.name).toBe('Retours')
    expect(on(two, fourth!.orderNumber).noResponseNeeded).toBe(true)
    expect(on(two, fifth!.orderNumber).trashed).toBe(true)
    const imap = await otherClient(server)
    expect((await imap.list()).map((b) => b.path)).toContain('Retours')
    await imap.logout()

    // Back the other way: desktop two takes the label off and brings the archived thread back.
    const twoLabel = two.store.listLabels().find((l) => l.name === 'Urgent é')!
    await two.store.label([t1.id], twoLabel.id, false)
    await two.store.archive([on(two, second!.orderNumber).id], false)
    await two.engine.round()
    await one.engine.round()
    expect(on(one, first!.orderNumber).labelIds).toEqual([])
    expect(on(one, second!.orderNumber).archived).toBe(false)

    // Both change the same thing between two syncs: the last to reach the server wins.
    await one.store.markRead([third!.id], false)
    await two.store.markRead([t3.id], true)
    await one.engine.round()
    await two.engine.round()
    await one.engine.round()
    expect(on(one, third!.orderNumber).unreadCount).toBe(0)
    expect(on(two, third!.orderNumber).unreadCount).toBe(0)
  })
})
