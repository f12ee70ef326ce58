/**
 * The live mailbox in the web harness against a real IMAP server (throwaway Dovecot) and an
 * in-process SMTP server: account set up in the panel, a mail appended by another client shows within
 * 5 s (IDLE), a reply leaves by e-mail, the server going down shows offline and coming back recovers.
 * Under CI a missing Dovecot fails; elsewhere the spec skips itself with the reason.
 */
import fs from 'node:fs'
import { dovecotMissing, startDovecot } from '../mail/dovecot'
import type { Dovecot } from '../mail/dovecot'
import { appendMail, relayMail } from '../mail/relay-mail'
import { startSmtp } from '../mail/smtp'
import type { TestSmtp } from '../mail/smtp'
import { expect, row, startWeb, test } from './fixtures'
import type { WebApp } from './fixtures'

const missing = dovecotMissing()
if (missing && process.env.CI === 'true') throw new Error(`${missing}: required under CI`)
test.skip(missing !== null, missing ?? '')
test.describe.configure({ mode: 'serial' })

let server: Dovecot
let smtp: TestSmtp
let web: WebApp

test.beforeAll(async () => {
  server = await startDovecot([{ user: 'seller', password: 'app-pass' }])
  smtp = await startSmtp()
  web = await startWeb({ demo: true, lang: 'fr' })
})
test.afterAll(async () => {
  await web?.stop()
  if (web) fs.rmSync(web.dataDir, { recursive: true, force: true })
  await smtp?.close()
  await server?.dispose()
})

test('set the account, see new mail within 5 s, reply by e-mail, survive the server going down', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(web.url)
  await expect(page.getByTestId('mail-status')).toHaveAttribute('data-state', 'off')

  await page.getByTestId('mail-status').click()
  const panel = page.getByTestId('mail-settings')
  await panel.getByTestId('mail-imap-host').fill('127.0.0.1')
  await panel.getByTestId('mail-imap-port').fill(String(server.port))
  await panel.getByTestId('mail-smtp-host').fill('127.0.0.1')
  await panel.getByTestId('mail-smtp-port').fill(String(smtp.port))
  await panel.getByTestId('mail-security').selectOption('none')
  await panel.getByTestId('mail-user').fill('seller')
  await panel.getByTestId('mail-password').fill('wrong')
  await panel.getByTestId('mail-from').fill('boutique@vendeur.example')
  await panel.getByTestId('mail-test').click()
  await expect(panel.getByTestId('mail-test-imap')).toContainText("a refusé l'identifiant ou le mot de passe")
  await panel.getByTestId('mail-password').fill('app-pass')
  await panel.getByTestId('mail-test').click()
  await expect(panel.getByTestId('mail-test-imap')).toHaveText('Réception (IMAP) : connexion réussie.')
  await expect(panel.getByTestId('mail-test-smtp')).toHaveText('Envoi (SMTP) : connexion réussie.')
  await panel.getByTestId('mail-save').click()
  await expect(panel).toBeHidden()
  await expect(page.getByTestId('mail-status')).toHaveAttribute('data-state', 'online', { timeout: 15_000 })

  const mail = await relayMail({ buyer: 'Maëlle', text: 'Bonjour, le colis n’est pas arrivé.' })
  const appended = Date.now()
  await appendMail(server, mail.raw)
  await expect(row(page, 'Maëlle')).toBeVisible({ timeout: 5_000 })
  expect(Date.now() - appended).toBeLessThan(5_000)

  await row(page, 'Maëlle').click()
  await expect(page.getByTestId('composer-destination')).toContainText(
    'Partira par e-mail depuis boutique@vendeur.example vers',
  )
  await page.getByTestId('composer-body').fill('Bonjour Maëlle, nous renvoyons le colis aujourd’hui.')
  await page.getByTestId('composer-send').click()
  await expect.poll(() => smtp.received.length, { timeout: 10_000 }).toBe(1)
  expect(smtp.received[0]!.parsed.inReplyTo).toBe(mail.messageId)

  await server.stop()
  await expect(page.getByTestId('mail-status')).toHaveAttribute('data-state', 'offline', { timeout: 20_000 })
  await expect(page.getByTestId('mail-status')).toHaveText('Hors ligne')
  await server.start()
  await expect(page.getByTestId('mail-status')).toHaveAttribute('data-state', 'online', { timeout: 40_000 })
  await appendMail(server, (await relayMail({ buyer: 'Timothée' })).raw)
  await expect(row(page, 'Timothée')).toBeVisible({ timeout: 10_000 })
})
