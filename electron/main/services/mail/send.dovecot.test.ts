/**
 * Replies through the account, end to end in the main-process services: the policy checker stops a
 * reply before any SMTP session; a clean reply reaches the SMTP server with the right headers and
 * lands in Sent; a refusal keeps it in the Outbox with the clock running, and a retry sends it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { skipWithoutDovecot, startDovecot } from '../../../../tests/mail/dovecot'
import type { Dovecot } from '../../../../tests/mail/dovecot'
import { appendMail, otherClient, relayMail } from '../../../../tests/mail/relay-mail'
import type { BuyerMail } from '../../../../tests/mail/relay-mail'
import { startSmtp } from '../../../../tests/mail/smtp'
import type { TestSmtp } from '../../../../tests/mail/smtp'
import type { ThreadDetail } from '../../../../shared/model/mailbox'
import type { OutboxEntry } from '../../../../shared/model/outbox'
import type { MailOverview } from '../../../../shared/model/mail-status'
import { createAppServices } from '../app'
import { bouncedReplies } from '../../../../shared/model/bounces'
import { deliveryFailureMail } from './mail-fixtures'
import type { AppServices } from '../app-types'
import { createFileSettings } from '../settings-file'

const skip = skipWithoutDovecot()

describe.skipIf(skip)('sending replies through the account', () => {
  let server: Dovecot
  let smtp: TestSmtp
  let app: AppServices
  let dir: string
  let threadId: string
  let buyerMessageId: string
  let first: BuyerMail

  async function call<T>(channel: string, ...args: unknown[]): Promise<T> {
    const result = await app.dispatch(channel, args)
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code })
    return result.value as T
  }

  beforeAll(async () => {
    server = await startDovecot([{ user: 'seller', password: 'app-pass' }])
    smtp = await startSmtp()
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-send-'))
    const mail = await relayMail({ buyer: 'Inès' })
    first = mail
    buyerMessageId = mail.messageId
    await appendMail(server, mail.raw)
    app = await createAppServices({
      userDataDir: dir,
      mode: 'web',
      settings: createFileSettings(path.join(dir, 'settings.json')),
      version: 'test',
      systemLanguage: 'fr',
    })
    const overview = await call<MailOverview>('mail:setAccount', {
      imap: { host: server.host, port: server.port },
      smtp: { host: '127.0.0.1', port: smtp.port },
      security: 'none',
      user: 'seller',
      from: 'boutique@vendeur.example',
      password: 'app-pass',
      syncDays: 30,
    })
    expect(overview.secret?.note).toBe('owner-only-file')
    const deadline = Date.now() + 10_000
    while ((await call<{ total: number }>('threads:query', {})).total < 1 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100))
    threadId = (await call<{ threads: { id: string }[] }>('threads:query', {})).threads[0]!.id
  }, 30_000)

  afterAll(async () => {
    await app?.close()
    await smtp?.close()
    await server?.dispose()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('a reply with a blocking finding opens no SMTP session', async () => {
    const before = smtp.sessions
    await expect(
      call('messages:send', { threadId, body: 'Appelez-moi au 06 12 34 56 78, merci !' }),
    ).rejects.toMatchObject({ code: 'POLICY_VIOLATION' })
    expect(smtp.sessions).toBe(before)
    expect(await call<OutboxEntry[]>('outbox:list')).toEqual([])
  })

  it('a clean reply reaches the server From the account To the relay, In-Reply-To the buyer, and lands in Sent', async () => {
    const detail = await call<ThreadDetail>('messages:send', {
      threadId,
      body: 'Bonjour Inès, votre colis part demain. Bonne journée !',
    })
    const relay = detail.thread.contact.relayAddress
    expect(smtp.received).toHaveLength(1)
    const sent = smtp.received[0]!
    expect(sent.envelope.to).toEqual([relay])
    expect(sent.parsed.from?.value[0]?.address).toBe('boutique@vendeur.example')
    expect(sent.parsed.to && 'value' in sent.parsed.to ? sent.parsed.to.value[0]?.address : null).toBe(relay)
    expect(sent.parsed.inReplyTo).toBe(buyerMessageId)
    expect(sent.parsed.references).toContain(buyerMessageId)
    expect(sent.parsed.text?.trim()).toBe('Bonjour Inès, votre colis part demain. Bonne journée !')
    expect(detail.messages.at(-1)?.direction).toBe('out')
    expect(detail.thread.waitingSince).toBeNull() // the clock stopped when the server accepted
    const imap = await otherClient(server)
    try {
      await expect
        .poll(async () => ((await imap.status('Sent', { messages: true })) || { messages: 0 }).messages, {
          timeout: 10_000,
        })
        .toBe(1)
    } finally {
      await imap.logout()
    }
    // Read back by the next round, the Sent copy is recognised: still one outbound message.
    await call('mail:syncNow')
    await new Promise((r) => setTimeout(r, 1500))
    const again = await call<ThreadDetail>('threads:get', threadId)
    expect(again.messages.filter((m) => m.direction === 'out')).toHaveLength(1)
  })

  it('a 5xx keeps the reply in the Outbox with its error, the clock running; a retry sends it', async () => {
    await appendMail(
      server,
      (await relayMail({ buyer: 'Inès', text: 'Et la facture ?', follows: first })).raw,
    )
    await expect
      .poll(async () => (await call<ThreadDetail>('threads:get', threadId)).thread.waitingSince, {
        timeout: 10_000,
      })
      .not.toBeNull()
    const received = smtp.received.length
    smtp.refuseWith = 550
    const detail = await call<ThreadDetail>('messages:send', {
      threadId,
      body: 'Voici la facture en pièce jointe.',
    })
    expect(detail.thread.waitingSince).not.toBeNull()
    expect(detail.messages.at(-1)?.direction).toBe('in')
    const [entry] = await call<OutboxEntry[]>('outbox:list', threadId)
    expect(entry?.refused).toBe(true)
    expect(entry?.lastError).toMatchObject({ kind: 'message-refused', responseCode: 550 })
    expect(smtp.received.length).toBe(received)
    smtp.refuseWith = 0
    expect(await call<OutboxEntry | null>('outbox:retry', entry!.id)).toBeNull()
    expect(await call<OutboxEntry[]>('outbox:list')).toEqual([])
    const after = await call<ThreadDetail>('threads:get', threadId)
    expect(after.thread.waitingSince).toBeNull()
    expect(smtp.received.length).toBe(received + 1)
  })

  it('a marketplace delivery-failure mail marks the reply it bounces as refused', async () => {
    const before = await call<ThreadDetail>('threads:get', threadId)
    const lastReply = before.messages.filter((m) => m.direction === 'out').at(-1)!
    await appendMail(
      server,
      Buffer.from(
        await deliveryFailureMail({
          toRelay: before.thread.contact.relayAddress,
          date: new Date(Date.now() + 2000),
        }),
      ),
    )
    await expect
      .poll(
        async () =>
          (await call<ThreadDetail>('threads:get', threadId)).messages.some(
            (m) => m.kind === 'delivery-failure',
          ),
        { timeout: 10_000 },
      )
      .toBe(true)
    const after = await call<ThreadDetail>('threads:get', threadId)
    expect(bouncedReplies(after.messages).has(lastReply.id)).toBe(true)
  })
})
