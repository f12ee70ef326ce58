/**
 * Issue 17, "done when": axe finds no serious or critical violation on any screen the suite visits.
 * Each panel and dialog reachable from the top bar, the list and the thread is opened here and
 * checked (the other specs check the states they reach with the same helper, tests/e2e/axe.ts).
 */
import type { Page } from '@playwright/test'
import { expect, rows, startWeb, test } from './fixtures'
import { expectNoSeriousAxeViolation } from './axe'

const dialog = (page: Page) => page.getByRole('dialog').last()

async function checkPanel(page: Page, entry: string) {
  await page.getByTestId(entry).click()
  await expect(dialog(page)).toBeVisible()
  await page.waitForTimeout(300) // let lazy content and its queries settle
  await expectNoSeriousAxeViolation(page, `the panel opened by ${entry}`)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
}

test('top-bar panels: dashboard, templates, rules, notifications, backups, profile, account, imports', async ({
  inbox,
}) => {
  for (const entry of [
    'open-dashboard',
    'open-templates',
    'open-seller-rules',
    'open-notification-settings',
    'open-backups',
    'open-profile',
    'mail-status',
    'import-open',
    'open-orders-import',
    'shortcuts-help',
  ])
    await checkPanel(inbox, entry)
})

test('views, search with no result here, a selection, the report and confirm dialogs', async ({ inbox }) => {
  for (const view of ['view-needs-reply', 'view-sent', 'view-archive', 'view-trash', 'view-blocked']) {
    await inbox.getByTestId(view).click()
    await expect(inbox.getByTestId('thread-list')).toHaveAttribute('data-loading', 'false')
    await expectNoSeriousAxeViolation(inbox, view)
  }
  await inbox.getByTestId('view-inbox').click()
  await inbox.getByTestId('search-input').fill('zzzz-nothing-matches')
  await expect(inbox.getByTestId('list-empty')).toBeVisible()
  await expectNoSeriousAxeViolation(inbox, 'an empty search')
  await inbox.getByTestId('search-input').fill('')

  await rows(inbox).first().click()
  await inbox.keyboard.press('x')
  await expect(inbox.getByTestId('selection-bar')).toBeVisible()
  await expectNoSeriousAxeViolation(inbox, 'a selection')
  await inbox.getByTestId('select-none').click()

  await inbox.getByTestId('action-report').click()
  await expect(inbox.getByTestId('report-dialog')).toBeVisible()
  await expectNoSeriousAxeViolation(inbox, 'the report dialog')
  await inbox.keyboard.press('Escape')

  await inbox.getByTestId('label-delete').first().click()
  await expect(inbox.getByTestId('confirm-dialog')).toBeVisible()
  await expectNoSeriousAxeViolation(inbox, 'the confirm dialog')
  await inbox.keyboard.press('Escape')
})

test('in English: the inbox with a thread open and the composer holding findings', async ({ browser }) => {
  const web = await startWeb({ lang: 'en' })
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  try {
    await page.goto(web.url)
    await rows(page).first().click()
    await expectNoSeriousAxeViolation(page, 'the English inbox, composer empty')
    await page.getByTestId('composer-body').fill('Call me on WhatsApp +44 20 7946 0958')
    await expect(page.getByTestId('policy-finding').first()).toBeVisible()
    await expectNoSeriousAxeViolation(page, 'the English composer with findings')
  } finally {
    await context.close()
    await web.stop()
  }
})

test('the first run, on an empty store', async ({ browser }) => {
  const web = await startWeb({ demo: false })
  const context = await browser.newContext()
  const page = await context.newPage()
  try {
    await page.goto(web.url)
    await expect(page.getByTestId('first-run')).toBeVisible()
    await expectNoSeriousAxeViolation(page, 'the first run')
  } finally {
    await context.close()
    await web.stop()
  }
})
