import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, row, startWeb, test } from './fixtures'
import { relayMail, toMbox, writeFixtureSet } from '../../electron/main/services/mail/mail-fixtures'

let sourcesDir: string
let files: string[]
let bigMbox: string

test.beforeAll(async () => {
  sourcesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-e2e-import-'))
  const set = await writeFixtureSet(sourcesDir)
  files = set.paths.filter((p) => !p.endsWith('Maildir')) // a browser uploads files, not folders
  // Enough mail for the run to last while the test watches the progress and cancels.
  const mails = []
  for (let i = 0; i < 3000; i++) {
    mails.push(
      await relayMail({
        alias: `bulk${i % 300}`,
        orderNumber: `406-${String(1000000 + i).padStart(7, '0')}-1234567`,
        text: `Message numéro ${i} : où en est ma commande ?`,
        messageId: `<bulk.${i}@marketplace.amazon.fr>`,
      }),
    )
  }
  bigMbox = path.join(sourcesDir, 'big.mbox')
  fs.writeFileSync(bigMbox, toMbox(mails))
})

test.afterAll(() => fs.rmSync(sourcesDir, { recursive: true, force: true }))

test.describe('importing mail files', () => {
  test('imports through the dialog with progress and a summary; the threads are found by word and order', async ({
    inbox,
  }) => {
    await inbox.getByTestId('import-open').click()
    const dialog = inbox.getByTestId('import-dialog')
    await expect(dialog).toBeVisible()
    await inbox.getByTestId('import-file-input').setInputFiles(files)
    await expect(inbox.getByTestId('import-selection')).toContainText('3 fichiers')
    await inbox.getByTestId('import-start').click()
    const summary = inbox.getByTestId('import-summary')
    await expect(summary).toBeVisible({ timeout: 30_000 })
    await expect(summary).toContainText('Import terminé')
    // 7 in the mbox, 1 gzipped, 1 .eml: one entry is no mail, one is not from the marketplace.
    await expect(inbox.getByTestId('import-count-read')).toHaveText('9')
    await expect(inbox.getByTestId('import-count-imported')).toHaveText('7')
    await expect(inbox.getByTestId('import-count-skipped')).toHaveText('1')
    await expect(inbox.getByTestId('import-count-failed')).toHaveText('1')
    await expect(inbox.getByTestId('import-error-item')).toContainText('relay.mbox#7')
    // Worded in the app from main's code, in French: no English, no developer sentence.
    await expect(inbox.getByTestId('import-error-item')).toHaveText(
      'relay.mbox#7 — Ce n’est pas un e-mail : aucun en-tête (From, To, Subject, Date, Message-ID) n’y figure.',
    )
    await inbox.getByTestId('import-dialog-close').click()

    // Shown without a reload, found by a word of the buyer's text…
    await inbox.getByTestId('search-input').fill('lampe rayée')
    await expect(row(inbox, 'Élodie')).toBeVisible()
    await row(inbox, 'Élodie').click()
    await expect(inbox.getByTestId('message').first()).toContainText(
      'le carton était ouvert et la lampe rayée',
    )
    await expect(inbox.getByTestId('message').first()).not.toContainText('commMgrTok')
    await expect(inbox.locator('[data-testid="message-kind"][data-kind="notice"]')).toBeVisible()
    // The notice is the marketplace's, not the buyer's: it is not signed with her name.
    await expect(inbox.locator('[data-testid="message"][data-kind="notice"] .message-header')).toContainText(
      'Marketplace',
    )
    await expect(
      inbox.locator('[data-testid="message"][data-kind="notice"] .message-header'),
    ).not.toContainText('Élodie')

    // …and by its order number; the disguised program is shown refused, with its reason, not openable.
    await inbox.getByTestId('search-input').fill('405-2222222-3333333')
    await row(inbox, 'Zoé').click()
    const message = inbox.getByTestId('message').first()
    await expect(message.getByTestId('attachment')).toHaveCount(2)
    const refused = message.getByTestId('attachment-refused')
    await expect(refused).toHaveAttribute('data-code', 'executable')
    await expect(refused).toContainText('photo-colis.jpg')
    await expect(refused.locator('a')).toHaveCount(0)

    // The same files again add nothing.
    await inbox.getByTestId('import-open').click()
    await inbox.getByTestId('import-file-input').setInputFiles(files)
    await inbox.getByTestId('import-start').click()
    await expect(inbox.getByTestId('import-summary')).toBeVisible({ timeout: 30_000 })
    await expect(inbox.getByTestId('import-count-imported')).toHaveText('0')
    await expect(inbox.getByTestId('import-count-duplicates')).toHaveText('7')
  })

  test('a long import shows its progress and stops on cancel, keeping what it imported', async ({
    inbox,
  }) => {
    await inbox.getByTestId('import-open').click()
    await inbox.getByTestId('import-file-input').setInputFiles([bigMbox])
    await inbox.getByTestId('import-start').click()
    await expect(inbox.getByTestId('import-progress-counts')).toContainText(/[1-9]\d* importés/, {
      timeout: 30_000,
    })
    const bar = inbox.getByTestId('import-progress-bar')
    await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0)
    await inbox.getByTestId('import-cancel').click()
    const summary = inbox.getByTestId('import-summary')
    await expect(summary).toHaveAttribute('data-cancelled', 'true', { timeout: 30_000 })
    await expect(summary).toContainText('Import arrêté')
    const imported = Number(await inbox.getByTestId('import-count-imported').textContent())
    expect(imported).toBeGreaterThan(0)
    expect(imported).toBeLessThan(3000)
  })
})

test('files dropped on the window open the import, in English', async ({ page }) => {
  const web = await startWeb({ lang: 'en' })
  try {
    await page.goto(web.url)
    await expect(page.getByTestId('thread-row').first()).toBeVisible()
    const eml = Buffer.from(await relayMail({ tld: 'co.uk', text: 'Dropped in.' })).toString('latin1')
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([text], 'dropped.eml', { type: 'message/rfc822' }))
      return transfer
    }, eml)
    await page.dispatchEvent('.thread-list, [data-testid="thread-list"]', 'dragover', { dataTransfer })
    await expect(page.getByTestId('import-drop-zone')).toBeVisible()
    await page.dispatchEvent('[data-testid="thread-list"]', 'drop', { dataTransfer })
    await expect(page.getByTestId('import-selection')).toContainText('1 file,')
    // Mail is not an order report: the order import (which also takes dropped files) stays shut.
    await expect(page.getByTestId('orders-import')).toHaveCount(0)
    await page.getByTestId('import-start').click()
    await expect(page.getByTestId('import-summary')).toContainText('Import finished')
    await expect(page.getByTestId('import-count-imported')).toHaveText('1')

    // A file that is not a mailbox, in English: the reason is worded from main's code.
    await page.getByTestId('import-again').click()
    await page.getByTestId('import-file-input').setInputFiles({
      name: 'notes.mbox',
      mimeType: 'application/mbox',
      buffer: Buffer.from('Just some notes, not a mailbox.\n'),
    })
    await page.getByTestId('import-start').click()
    await expect(page.getByTestId('import-error-item')).toHaveText(
      'notes.mbox — This is not an e-mail: it has none of the From, To, Subject, Date or Message-ID headers.',
    )
  } finally {
    await web.stop()
    fs.rmSync(web.dataDir, { recursive: true, force: true })
  }
})
