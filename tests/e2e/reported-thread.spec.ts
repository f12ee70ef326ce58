/**
 * Issue 17 bug 12: a reported message keeps a visible mark (row and thread, after a reload too) and
 * its conversation's reply box is closed with the reason; a blocked sender's too. The report dialog
 * chooses no reason for the user and says the report stays on this computer.
 */
import type { Page } from '@playwright/test'
import { expect, startWeb, test } from './fixtures'
import fs from 'node:fs'
import { expectNoSeriousAxeViolation } from './axe'

const rowById = (page: Page, id: string) => page.locator(`[data-testid="thread-row"][data-thread-id="${id}"]`)

/** Opens the first received thread that is not reported yet; returns its id. */
async function openUnreported(page: Page): Promise<string> {
  await page.getByTestId('filter-received').click()
  await expect(page.getByTestId('thread-list')).toHaveAttribute('data-loading', 'false')
  const row = page
    .getByTestId('thread-row')
    .filter({ hasNot: page.getByTestId('row-reported') })
    .first()
  const id = (await row.getAttribute('data-thread-id')) ?? ''
  await row.click()
  await expect(page.getByTestId('thread-view')).toHaveAttribute('data-thread-id', id)
  return id
}

test('a reported message keeps its mark and its conversation’s reply box is closed (FR)', async ({
  inbox,
}) => {
  const id = await openUnreported(inbox)
  await expect(inbox.getByTestId('composer-body')).toBeVisible()
  await expect(rowById(inbox, id).getByTestId('row-reported')).toHaveCount(0)

  await inbox.getByTestId('action-report').click()
  const dialog = inbox.getByTestId('report-dialog')
  for (const reason of await dialog.getByTestId('report-reason').all()) await expect(reason).not.toBeChecked()
  await expect(inbox.getByTestId('report-submit')).toBeDisabled()
  await expect(inbox.getByTestId('report-local')).toContainText('reste sur cet ordinateur')
  await dialog.locator('[data-reason="offPlatform"]').check()
  await inbox.getByTestId('report-note').fill('Demande mon numéro WhatsApp')
  await inbox.getByTestId('report-submit').click()

  // The mark: on the row, on the reported message (why, and that it stayed here), no live reply box.
  await expect(rowById(inbox, id).getByTestId('row-reported')).toHaveText(/Signalée/)
  const reported = inbox.locator('[data-testid="message"][data-reported="true"]')
  await expect(reported).toHaveCount(1)
  await expect(reported.getByTestId('message-reported')).toContainText('Demande de contact hors plateforme')
  await expect(reported.getByTestId('message-reported')).toContainText('Demande mon numéro WhatsApp')
  await expect(reported.getByTestId('message-reported')).toContainText('gardé sur cet ordinateur')
  await expect(inbox.getByTestId('composer-body')).toHaveCount(0)
  await expect(inbox.getByTestId('composer-closed')).toHaveAttribute('data-reason', 'reported')
  await expect(inbox.getByTestId('composer-closed')).toContainText('la réponse est fermée')
  await expectNoSeriousAxeViolation(inbox, 'a reported conversation')

  // Still marked after a reload; answering stays possible, on purpose.
  await inbox.reload()
  await rowById(inbox, id).click()
  await expect(rowById(inbox, id).getByTestId('row-reported')).toBeVisible()
  await expect(inbox.locator('[data-testid="message"][data-reported="true"]')).toHaveCount(1)
  await inbox.getByTestId('composer-reply-anyway').click()
  await expect(inbox.getByTestId('composer-body')).toBeVisible()
  await expect(inbox.getByTestId('composer-body')).toBeFocused()
})

test('a blocked sender’s conversation has no live reply box (EN)', async ({ page }) => {
  const web = await startWeb({ lang: 'en' })
  try {
    await page.goto(web.url)
    const id = await openUnreported(page)
    await page.getByTestId('action-block').click()
    await expect(rowById(page, id)).toHaveCount(0)
    await page.getByTestId('view-blocked').click()
    await rowById(page, id).click()
    await expect(page.getByTestId('blocked-notice')).toBeVisible()
    await expect(page.getByTestId('composer-body')).toHaveCount(0)
    await expect(page.getByTestId('composer-closed')).toHaveAttribute('data-reason', 'blocked')
    await expect(page.getByTestId('composer-closed')).toContainText('unblock them first')
    await expect(page.getByTestId('composer-reply-anyway')).toHaveCount(0)
    await page.getByTestId('action-block').click() // "Unblock" in the Blocked view
    await page.getByTestId('view-inbox').click()
    await rowById(page, id).click()
    await expect(page.getByTestId('composer-body')).toBeVisible()
  } finally {
    await web.stop()
    fs.rmSync(web.dataDir, { recursive: true, force: true })
  }
})
