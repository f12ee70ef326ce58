/**
 * Issue 17 bug 10: dates, times and words follow the app's language, not the browser's. The browser
 * here speaks American English, so native date and time inputs would show "mm/dd/yyyy" and "10:00 PM".
 */
import fs from 'node:fs'
import net from 'node:net'
import type { Page } from '@playwright/test'
import { expect, rows, startWeb, test } from './fixtures'
import type { WebApp } from './fixtures'
import { shownIn, typeDay, typeTime } from './field-helpers'
import { rowById, simulateInbound } from './reply-helpers'
import { expectNoSeriousAxeViolation } from './axe'

test.use({ locale: 'en-US', timezoneId: 'Europe/Paris' })

let web: WebApp | null = null
test.afterEach(async () => {
  if (!web) return
  await web.stop()
  fs.rmSync(web.dataDir, { recursive: true, force: true })
  web = null
})

const settled = (page: Page) =>
  expect(page.getByTestId('thread-list')).toHaveAttribute('data-loading', 'false')

async function open(lang: 'fr' | 'en', page: Page) {
  web = await startWeb({ lang })
  await page.goto(web.url)
  await expect(rows(page).first()).toBeVisible()
  await settled(page)
}

for (const [lang, dayHint, typed] of [
  ['fr', 'jj/mm/aaaa', '24/11/2026'],
  ['en', 'dd/mm/yyyy', '24/11/2026'],
] as const) {
  test(`date and time fields speak the app's language (${lang}), not the browser's`, async ({ page }) => {
    await open(lang, page)
    const from = page.getByTestId('filter-from')
    await expect.poll(() => shownIn(page, 'filter-from')).toBe(dayHint)
    await typeDay(page, 'filter-from', '2026-11-24')
    await expect.poll(() => shownIn(page, 'filter-from')).toBe(typed)
    await expect(from).toHaveAttribute('data-value', '2026-11-24')
    await expectNoSeriousAxeViolation(page, 'the filters with a date')
    await expect(page).toHaveURL(/from=2026-11-24/)
    // The filter applies, and clearing the filters empties the field.
    await page.getByTestId('filter-clear').click()
    await expect.poll(() => shownIn(page, 'filter-from')).toBe(dayHint)

    await page.getByTestId('open-notification-settings').click()
    const dialog = page.getByTestId('notification-settings')
    await expect(dialog).toContainText(lang === 'fr' ? 'Ne pas déranger' : 'Do not disturb')
    await expect(dialog).not.toContainText(/Heures calmes|Quiet hours|PM|AM/)
    const start = page.getByTestId('notify-quiet-start')
    await expect.poll(() => shownIn(page, 'notify-quiet-start')).toBe('22:00')
    await expect.poll(() => shownIn(page, 'notify-quiet-end')).toBe('07:00')
    await page.getByTestId('notify-quiet').check()
    await typeTime(page, 'notify-quiet-start', '23:30')
    await expect.poll(() => shownIn(page, 'notify-quiet-start')).toBe('23:30')
    await expect(start).toHaveAttribute('data-value', '23:30')
    await expectNoSeriousAxeViolation(page, 'the notification settings')
    // Saved: the dialog opened again shows it.
    await page.getByTestId('notification-settings-close').click()
    await page.getByTestId('open-notification-settings').click()
    await expect.poll(() => shownIn(page, 'notify-quiet-start')).toBe('23:30')
  })
}

test('French wording: plurals, elision, one way of writing durations', async ({ page }) => {
  await open('fr', page)
  // Durations: a no-break space ties number and unit; minutes after hours take two digits.
  for (const text of await page.getByTestId('row-waiting').allTextContents()) {
    expect(text).toMatch(
      /^attend depuis (\d+\u00a0j( \d+\u00a0h)?|\d+\u00a0h( \d{2}\u00a0min)?|\d+\u00a0min)$/,
    )
  }
  for (const text of await page.getByTestId('reply-clock').allTextContents()) {
    expect(text).not.toMatch(/\d(h|min)\b/)
  }

  // "1 fichier", "2 fichiers": real plurals, no "(s)".
  await page.getByTestId('import-open').click()
  const input = page.getByTestId('import-file-input')
  const mail = (name: string) => ({
    name,
    mimeType: 'message/rfc822',
    buffer: Buffer.from('Subject: x\r\n\r\nx'),
  })
  await input.setInputFiles([mail('un.eml')])
  await expect(page.getByTestId('import-selection')).toContainText(/^1 fichier,/)
  await input.setInputFiles([mail('un.eml'), mail('deux.eml')])
  await expect(page.getByTestId('import-selection')).toContainText(/^2 fichiers,/)
  await expect(page.getByTestId('import-selection')).not.toContainText('(s)')
  await page.getByTestId('import-dialog-close').click()

  // « Nouveau message d’Élodie », never « de Élodie ».
  await page.getByTestId('search-input').fill('Élodie')
  const elodie = rows(page).filter({ hasText: 'Élodie' }).first()
  const threadId = (await elodie.getAttribute('data-thread-id')) ?? ''
  await simulateInbound(page, { threadId, body: 'Bonjour, une question sur ma commande.' })
  await expect(page.getByTestId('notice').first()).toContainText('Nouveau message d’Élodie')
  await expect(page.getByTestId('notice').first()).not.toContainText('de Élodie')
  await expect(rowById(page, threadId)).toBeVisible()
})

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

test('an old attachment link after a restart shows a page in the app’s language, not JSON', async ({
  page,
  browser,
}) => {
  const port = await freePort()
  web = await startWeb({ lang: 'fr', port })
  await page.goto(web.url)
  // A thread with an attachment: its "Open" link is signed for this run of the harness.
  const withFile = rows(page)
    .filter({ has: page.getByTestId('row-attachment') })
    .first()
  await withFile.click()
  const link = page.getByTestId('attachment-open').first()
  await expect(link).toHaveAttribute('href', /sig=/)
  const href = new URL((await link.getAttribute('href')) ?? '', page.url()).toString()

  // The harness restarts on the same port and folder: a new token, the old link is stale.
  const dataDir = web.dataDir
  await web.stop()
  web = await startWeb({ lang: 'fr', port, dataDir })
  // Opened later, elsewhere (a browser that did not keep the image in its cache).
  const elsewhere = await browser.newContext()
  const stale = await elsewhere.newPage()
  const answer = await stale.goto(href)
  expect(answer?.headers()['content-type']).toMatch(/^text\/html/)
  await expect(stale.getByRole('heading', { level: 1 })).toHaveText('Ce lien a expiré')
  await expect(stale.locator('body')).not.toContainText('"ok"')
  await expect(stale.locator('body')).toContainText('rouvrez le fichier depuis la conversation')
  await elsewhere.close()

  // The old tab itself, reloaded: the page says which address to open, in French, not JSON.
  await page.reload()
  await expect(page.locator('body')).not.toContainText('"ok":false')
  await expect(page.locator('body')).toContainText(/adresse/)
})

test('an error from main reaches the French screen in French only', async ({ page }) => {
  web = await startWeb({ demo: false, lang: 'fr' })
  await page.goto(web.url)
  // A name holding a text-direction character: main refuses it with a "français / English" pair.
  await page.getByTestId('first-run-name').fill('Atelier\u202eLin')
  await page.getByTestId('first-run-empty').click()
  const alert = page.getByTestId('first-run').getByRole('alert')
  await expect(alert).toContainText('contient un caractère invisible')
  await expect(alert).not.toContainText('contains')
  await expect(alert).not.toContainText(' / ')
})
