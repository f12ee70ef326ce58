import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AttachmentStore } from '../attachments'
import * as files from '../attachments/test-fixtures'
import { MailboxStore } from '../store'
import { ingestRawMail } from './ingest'
import type { MailServices } from './ingest'
import * as fx from './mail-fixtures'
import { RawMailStore } from './raw-store'

let dir: string
let services: MailServices

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'comptoir-ingest-'))
  services = {
    store: await MailboxStore.open(path.join(dir, 'store'), {
      releaseRawMails: (ids) => new RawMailStore(path.join(dir, 'raw')).remove(ids),
    }),
    attachments: new AttachmentStore(path.join(dir, 'attachments')),
    raws: new RawMailStore(path.join(dir, 'raw')),
  }
})

afterEach(async () => {
  await services.store.close()
  await rm(dir, { recursive: true, force: true })
})

const ingest = (raw: Uint8Array, source = 'test.eml', extra = {}) =>
  ingestRawMail(services, raw, { source, ...extra })

describe('ingestRawMail', () => {
  it('files a French plain-template message under its order, with the buyer and only their words', async () => {
    const outcome = await ingest(
      await fx.relayMail({ text: 'Bonjour, le colis est arrivé abîmé. Que faire ?' }),
    )
    expect(outcome).toMatchObject({ status: 'imported', threadCreated: true })
    const detail = services.store.getThread(outcome.threadId!)
    expect(detail.thread.orderNumber).toBe('405-1234567-7654321')
    expect(detail.thread.contact.displayName).toBe('Élodie')
    expect(detail.thread.contact.relayAddress).toBe(
      fx.relayAddress('kq7w2mzx4hv9tpl', 'a1b2c3d4-e5f6-4711-8abc-0123456789ab', 'fr'),
    )
    const [message] = detail.messages
    expect(message!.body).toBe('Bonjour, le colis est arrivé abîmé. Que faire ?')
    expect(message!.kind).toBe('buyer-message')
    expect(message!.mailMessageId).toMatch(/@marketplace\.amazon\.fr$/)
    expect(message!.raw?.id).toMatch(/^[0-9a-f]{64}$/)
    expect(await services.raws.read(message!.raw!.id)).not.toBeNull()
    expect(detail.thread.needsReply).toBe(true)
    // Found by a word of its body and by its order number.
    expect(services.store.query({ keywords: 'abime' }).threads.map((t) => t.id)).toEqual([outcome.threadId])
    expect(services.store.query({ order: '405-1234567-7654321' }).total).toBe(1)
  })

  it('reads the HTML template (text in <pre>) and storefronts by domain: com, de, co.uk', async () => {
    for (const [tld, alias] of [
      ['com', 'usbuyeralias'],
      ['de', 'debuyeralias'],
      ['co.uk', 'ukbuyeralias'],
    ] as const) {
      const outcome = await ingest(
        await fx.relayMail({
          tld,
          alias,
          buyer: 'Sam',
          template: 'html',
          orderNumber: `111-000000${tld.length}-1234567`,
          text: `Where is my <parcel> & the invoice? (${tld})`,
        }),
      )
      const detail = services.store.getThread(outcome.threadId!)
      expect(detail.messages[0]!.body).toBe(`Where is my <parcel> & the invoice? (${tld})`)
      expect(detail.messages[0]!.html).toBeNull()
      expect(detail.thread.contact.relayAddress).toContain(`@marketplace.amazon.${tld}`)
      expect(detail.thread.orderNumber).toBe(`111-000000${tld.length}-1234567`)
    }
  })

  it('decodes encoded subjects and file names; stores photos and PDFs, keeps a disguised program out of reach', async () => {
    const outcome = await ingest(
      await fx.relayMail({
        subject: 'Réclamation — colis abîmé « urgent » 📦',
        attachments: [
          { filename: 'Photo du colis abîmé.jpg', content: Buffer.from(files.jpeg()) },
          { filename: 'étiquette.png', content: Buffer.from(files.png()) },
          { filename: 'Facture n°12.pdf', content: Buffer.from(files.pdf()) },
          { filename: 'photo-colis.jpg', content: Buffer.from(files.pe()), contentType: 'image/jpeg' },
        ],
      }),
    )
    const detail = services.store.getThread(outcome.threadId!)
    expect(detail.thread.subject).toBe('Réclamation — colis abîmé « urgent » 📦')
    const message = detail.messages[0]!
    expect(message.attachments.map((a) => [a.name, a.type])).toEqual([
      ['Photo du colis abîmé.jpg', 'jpg'],
      ['étiquette.png', 'png'],
      ['Facture n°12.pdf', 'pdf'],
    ])
    expect(message.refusedAttachments).toHaveLength(1)
    expect(message.refusedAttachments![0]).toMatchObject({ name: 'photo-colis.jpg', code: 'executable' })
    // Stored as data, worded by whoever shows it: no sentence in either language is kept.
    expect(message.refusedAttachments![0]!.refusal).toMatchObject({ code: 'executable' })
    expect(message.refusedAttachments![0]!.reason).toBeUndefined()
    const stored = await readdir(path.join(dir, 'attachments'))
    expect(stored.filter((name) => !name.startsWith('.'))).toHaveLength(3)
  })

  it('a notice joins its order thread without starting the clock; our reply from Sent stops it', async () => {
    const first = await ingest(await fx.relayMail({ date: new Date('2026-11-20T09:15:00Z') }))
    const waiting = services.store.getThread(first.threadId!).thread.waitingSince
    const notice = await ingest(
      await fx.noticeMail({
        orderNumber: '405-1234567-7654321',
        subject: "Demande d'annulation pour la commande 405-1234567-7654321",
        text: "L'acheteur a demandé l'annulation de cette commande.",
      }),
    )
    expect(notice).toMatchObject({ status: 'imported', threadId: first.threadId, threadCreated: false })
    let detail = services.store.getThread(first.threadId!)
    expect(detail.messages.at(-1)!.kind).toBe('notice')
    expect(detail.thread.waitingSince).toBe(waiting)
    const to = fx.relayAddress('kq7w2mzx4hv9tpl', 'a1b2c3d4-e5f6-4711-8abc-0123456789ab', 'fr')
    const reply = await ingest(
      await fx.sellerReplyMail({
        to,
        subject: 'Re: votre commande',
        text: 'Nous vous envoyons un nouveau colis.',
      }),
      'Sent.mbox#1',
      { folder: 'sent', ownAddresses: [fx.SELLER_ADDRESS] },
    )
    expect(reply.threadId).toBe(first.threadId)
    detail = services.store.getThread(first.threadId!)
    const out = detail.messages.find((m) => m.direction === 'out')!
    expect(out.body).toBe('Nous vous envoyons un nouveau colis.')
    expect(detail.thread.needsReply).toBe(false)
    expect(detail.thread.waitingSince).toBeNull()
  })

  it('a notice alone opens its order thread, and the buyer takes it over when they write', async () => {
    const notice = await ingest(
      await fx.noticeMail({
        orderNumber: '405-7777777-1111111',
        subject: 'Remboursement initié',
        text: 'Un remboursement a été initié.',
      }),
    )
    expect(services.store.getThread(notice.threadId!).thread.needsReply).toBe(false)
    const buyer = await ingest(
      await fx.relayMail({ orderNumber: '405-7777777-1111111', text: 'Merci pour le remboursement.' }),
    )
    expect(buyer.threadId).toBe(notice.threadId)
    expect(services.store.getThread(notice.threadId!).thread.contact.displayName).toBe('Élodie')
  })

  it('tells bounces, opt-outs and pretenders apart', async () => {
    const to = fx.relayAddress('kq7w2mzx4hv9tpl', 'a1b2c3d4-e5f6-4711-8abc-0123456789ab', 'fr')
    const genuine = await ingest(await fx.relayMail())
    const bounce = await ingest(await fx.deliveryFailureMail({ toRelay: to }))
    expect(bounce.threadId).toBe(genuine.threadId)
    expect(services.store.getThread(bounce.threadId!).messages.at(-1)!.kind).toBe('delivery-failure')

    const fake = await ingest(
      await fx.relayMail({
        spoofed: true,
        text: 'Cliquez ici pour vérifier votre compte',
        messageId: '<fake@x>',
      }),
    )
    expect(fake.threadId).not.toBe(genuine.threadId)
    const message = services.store.getThread(fake.threadId!).messages[0]!
    expect(message.kind).toBe('spoofed')
    expect(JSON.stringify(message.warnings)).toMatch(/phish\.example/)
    expect(services.store.getThread(fake.threadId!).thread.needsReply).toBe(false)
    // Its contact is its own: blocking it does not block the buyer it imitates.
    expect(services.store.getThread(fake.threadId!).thread.contact.id).not.toBe(
      services.store.getThread(genuine.threadId!).thread.contact.id,
    )
  })

  it('skips mail that is not a marketplace conversation unless asked; fails on bytes that are no mail', async () => {
    const raw = await fx.ordinaryMail()
    expect(await ingest(raw)).toMatchObject({ status: 'skipped' })
    expect(await ingest(raw, 'x.eml', { all: true })).toMatchObject({
      status: 'imported',
      threadCreated: true,
    })
    const failed = await ingest(new TextEncoder().encode('\u0000\u0001 just bytes, no header at all'))
    expect(failed.status).toBe('failed')
    expect(failed.problem).toEqual({ kind: 'not-a-mail' })
  })

  it('the same mail twice is a duplicate and changes nothing', async () => {
    const raw = await fx.relayMail()
    const first = await ingest(raw)
    const again = await ingest(raw)
    expect(again).toMatchObject({ status: 'duplicate', threadId: first.threadId, messageId: first.messageId })
    expect(services.store.getThread(first.threadId!).messages).toHaveLength(1)
  })

  it('deleting a thread for good frees its kept original; importing it again brings it back', async () => {
    const raw = await fx.relayMail()
    const first = await ingest(raw)
    const rawId = services.store.getThread(first.threadId!).messages[0]!.raw!.id
    await services.store.trash([first.threadId!], true)
    await services.store.purge([first.threadId!])
    expect(await services.raws.read(rawId)).toBeNull()
    expect(await ingest(raw)).toMatchObject({ status: 'imported', threadCreated: true })
  })
})
