/**
 * Issue 17 bug 9: the first run offers the language (French first, preselected from the system's),
 * and ways to start with real mail (import, a mail account) beside the demo; a buyer is offered
 * buyers' templates, never the sellers'; a reply says where it went (kept here without an account).
 */
import fs from 'node:fs'
import { expect, startWeb, test } from './fixtures'
import type { WebApp } from './fixtures'
import { expectNoSeriousAxeViolation } from './axe'

let web: WebApp
test.afterEach(async () => {
  await web.stop()
  fs.rmSync(web.dataDir, { recursive: true, force: true })
})

test('a buyer on an English system chooses French, then gets buyers’ templates and honest sending', async ({
  page,
}) => {
  web = await startWeb({ demo: false, lang: 'en' })
  await page.goto(web.url)
  const firstRun = page.getByTestId('first-run')
  await expect(firstRun.getByRole('heading', { level: 1 })).toHaveText('Welcome to Comptoir')
  // French first, the system's language chosen.
  const languages = firstRun.locator('input[name="first-run-language"]')
  await expect(languages.first()).toHaveAttribute('data-testid', 'first-run-language-fr')
  await expect(page.getByTestId('first-run-language-en')).toBeChecked()
  await expect(page.getByTestId('first-run-import')).toBeVisible()
  await expect(page.getByTestId('first-run-account')).toBeVisible()
  await expectNoSeriousAxeViolation(page, 'the first run')

  await page.getByTestId('first-run-language-fr').check()
  await expect(firstRun.getByRole('heading', { level: 1 })).toHaveText('Bienvenue dans Comptoir')
  await page.getByTestId('first-run-role-buyer').check()
  await page.getByTestId('first-run-name').fill('Léa Martin')
  await page.getByTestId('first-run-demo').click()
  await expect(page.getByTestId('thread-row').first()).toBeVisible()

  // The choice is kept: French after a reload, although the system speaks English.
  await page.reload()
  await expect(page.getByTestId('language-select')).toHaveValue('fr')
  await expect(page.getByTestId('view-inbox')).toContainText('Boîte de réception')

  // Buyers' templates only.
  await page.getByTestId('open-templates').click()
  const names = page.getByTestId('template-item')
  await expect(names.filter({ hasText: 'Colis non reçu' })).toHaveCount(1)
  await expect(names.filter({ hasText: 'Commande expédiée' })).toHaveCount(0)
  await expect(names.filter({ hasText: 'Refund issued' })).toHaveCount(0)
  await page.getByTestId('templates-close').click()

  // Without an account nothing leaves the machine, and every place says so.
  await page.getByTestId('thread-row').first().click()
  await expect(page.getByTestId('composer-destination')).toContainText('Gardée sur cet ordinateur')
  await page.getByTestId('composer-body').fill('Bonjour, avez-vous des nouvelles de ma commande ?')
  await page.getByTestId('composer-send').click()
  const toast = page.getByTestId('toast').last()
  await expect(toast).toContainText('gardée sur cet ordinateur seulement')
  await expect(toast).not.toContainText('envoyée')
  const mine = page.locator('[data-testid="message"][data-direction="out"]').last()
  await expect(mine).toHaveAttribute('data-delivery', 'local')
  await expect(mine).toContainText('Gardé sur cet ordinateur, non envoyé')
  await expect(page.getByText('Message envoyé.')).toHaveCount(0)
})

test('the first run can start with the mail import or the mail account (EN)', async ({ page }) => {
  web = await startWeb({ demo: false, lang: 'en' })
  await page.goto(web.url)
  await page.getByTestId('first-run-name').fill('Blue Door Crafts')
  await page.getByTestId('first-run-import').click()
  await expect(page.getByTestId('import-dialog')).toBeVisible()
  await expect(page.getByTestId('import-dialog')).toHaveAttribute('data-phase', 'choose')
  await page.getByTestId('import-dialog-close').click()
  await expect(page.getByTestId('list-empty')).toBeVisible()
  // The system's language stays the "system" setting.
  await expect(page.getByTestId('language-select')).toHaveValue('system')
})

test('a seller can start by connecting a mail account (FR)', async ({ page }) => {
  web = await startWeb({ demo: false, lang: 'fr' })
  await page.goto(web.url)
  await expect(page.getByTestId('first-run-language-fr')).toBeChecked()
  await page.getByTestId('first-run-name').fill('Atelier Lin')
  await page.getByTestId('first-run-account').click()
  await expect(page.getByTestId('mail-settings')).toBeVisible()
  await expect(page.getByTestId('mail-imap-host')).toBeVisible()
})
