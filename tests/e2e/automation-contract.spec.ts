/**
 * The automation contract (docs/automation.md) is for UI tests written by others: every interactive
 * element carries a `data-testid`, and every `data-testid` the app renders is documented there.
 * Walks the main screens and panels and checks both, so a new control cannot ship undocumented.
 */
import fs from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Documented ids: every `code span` of the doc; `count-<view>` stands for any value in the brackets. */
function documentedIds(): { exact: Set<string>; patterns: RegExp[] } {
  const doc = fs.readFileSync('docs/automation.md', 'utf8')
  const spans = [...doc.matchAll(/`([a-z0-9<>-]+)`/g)].map((m) => m[1] ?? '')
  return {
    exact: new Set(spans.filter((s) => !s.includes('<'))),
    patterns: spans
      .filter((s) => s.includes('<'))
      .map((s) => new RegExp(`^${s.replace(/<[a-z-]+>/g, '[a-z0-9-]+')}$`)),
  }
}

/** Ids on screen now, and interactive elements that have none (charts' own SVG focus aside). */
async function survey(page: Page): Promise<{ ids: string[]; unlabelled: string[] }> {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll('[data-testid]')].map(
      (el) => el.getAttribute('data-testid') ?? '',
    )
    const unlabelled = [
      ...document.querySelectorAll('button, input, select, textarea, a[href], [role="menuitem"]'),
    ]
      // Hidden from users (React Aria's hidden inputs of a date field, for forms and autofill) is no control.
      .filter(
        (el) =>
          !el.hasAttribute('data-testid') &&
          !el.closest('[aria-hidden="true"]') &&
          !el.hasAttribute('hidden'),
      )
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}"`,
      )
    return { ids, unlabelled }
  })
}

test('every data-testid on the main screens is documented, and every control has one', async ({ inbox }) => {
  const seen = new Set<string>()
  const unlabelled = new Set<string>()
  const record = async (where: string) => {
    const found = await survey(inbox)
    for (const id of found.ids) seen.add(id)
    for (const control of found.unlabelled) unlabelled.add(`${where}: ${control}`)
  }
  await inbox.getByTestId('thread-row').first().click()
  await expect(inbox.getByTestId('message').first()).toBeVisible()
  await record('inbox')
  for (const menu of ['action-move', 'action-label']) {
    await inbox.getByTestId(menu).click()
    await record(menu)
    await inbox.keyboard.press('Escape')
  }
  await inbox.getByTestId('folder-menu').first().click()
  await record('folder menu')
  await inbox.getByTestId('folder-move').first().click()
  await record('folder move dialog')
  await inbox.keyboard.press('Escape')
  await inbox.getByTestId('label-new').click()
  await record('new label')
  await inbox.keyboard.press('Escape')
  await inbox.getByTestId('composer-template').click()
  await record('template picker')
  await inbox.keyboard.press('Escape')
  for (const panel of [
    'open-dashboard',
    'open-templates',
    'open-notification-settings',
    'open-backups',
    'open-profile',
    'mail-status',
    'open-orders-import',
  ]) {
    await inbox.getByTestId(panel).click()
    await inbox.waitForTimeout(300) // panels load their data
    await record(panel)
    await inbox.keyboard.press('Escape')
  }
  await inbox.getByTestId('shortcuts-help').click()
  await record('shortcuts')
  await inbox.keyboard.press('Escape')

  const { exact, patterns } = documentedIds()
  const undocumented = [...seen].filter((id) => !exact.has(id) && !patterns.some((p) => p.test(id)))
  expect(undocumented, 'ids missing from docs/automation.md').toEqual([])
  expect([...unlabelled], 'controls without a data-testid').toEqual([])
  expect(seen.size).toBeGreaterThan(60)
})
