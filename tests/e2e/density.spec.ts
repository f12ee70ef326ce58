/**
 * Issue 17, bug 11: density and the list's tools. Many threads visible at 1280×720, a top bar on one
 * line in French, order numbers on one line, a layout that holds at 1024×768; label menus show what
 * is applied, "n selected" and select-all, the row context menu from the keyboard, labels renamed and
 * recoloured with Undo.
 */
import type { Page } from '@playwright/test'
import { expect, rows, startWeb, test } from './fixtures'
import { expectNoSeriousAxeViolation } from './axe'

/** Rows entirely inside the list's visible area. */
const fullyVisibleRows = (page: Page) =>
  page.evaluate(() => {
    const list = document.querySelector('[data-testid="thread-list"]')!.getBoundingClientRect()
    return [...document.querySelectorAll('[data-testid="thread-row"]')].filter((row) => {
      const box = row.getBoundingClientRect()
      return box.top >= list.top - 1 && box.bottom <= list.bottom + 1
    }).length
  })

/** Nothing sticks out of the window sideways, and every top-bar entry is on one line inside it. */
async function expectLayoutHolds(page: Page) {
  const facts = await page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('.topbar')!
    const entries = [...bar.querySelectorAll<HTMLElement>('button, select')]
    return {
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
      barOverflow: bar.scrollWidth - bar.clientWidth,
      outside: entries.filter((el) => el.getBoundingClientRect().right > window.innerWidth).length,
      wrapped: entries.filter((el) => el.getBoundingClientRect().height > 40).map((el) => el.textContent),
    }
  })
  expect(facts).toEqual({ pageOverflow: 0, barOverflow: 0, outside: 0, wrapped: [] })
}

test('at 1280×720 in French: twice the threads in view, one-line top bar, order numbers whole', async ({
  inbox,
}) => {
  await inbox.setViewportSize({ width: 1280, height: 720 })
  await rows(inbox).first().click()
  await expect(inbox.getByTestId('order-panel')).toBeVisible()
  // Before the change 4 rows were fully visible with a thread open (filters and an eight-button bar).
  expect(await fullyVisibleRows(inbox)).toBeGreaterThanOrEqual(8)
  await expectLayoutHolds(inbox)
  const orderNumber = inbox.getByTestId('order-number')
  const lines = await orderNumber.evaluate((el) => {
    const range = document.createRange()
    range.selectNodeContents(el)
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
  })
  expect(lines).toBe(1)
  await expectNoSeriousAxeViolation(inbox, 'the inbox at 1280×720')
})

for (const lang of ['fr', 'en'] as const) {
  test(`at 1024×768 (${lang}) every pane fits, and the sidebar folds away`, async ({ browser }) => {
    const web = await startWeb({ lang })
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } })
    const page = await context.newPage()
    try {
      await page.goto(web.url)
      await rows(page).first().click()
      await expect(page.getByTestId('thread-view')).toBeVisible()
      await expectLayoutHolds(page)
      await expect(page.getByTestId('composer-send')).toBeInViewport({ ratio: 1 })
      await expect(page.getByTestId('action-archive')).toBeInViewport({ ratio: 1 })
      expect(await fullyVisibleRows(page)).toBeGreaterThanOrEqual(8)
      await expectNoSeriousAxeViolation(page, `the inbox at 1024×768 (${lang})`)

      // A subject holding an order number: the number stays on one line in the narrow reading pane.
      await rows(page).filter({ hasText: 'Facture avec TVA' }).click()
      const subjectNumberLines = await page.getByTestId('thread-subject').evaluate((el) => {
        const start = el.textContent!.search(/\d{3}-\d{7}-\d{7}/)
        const range = document.createRange()
        const text = [...el.querySelectorAll('span')].find((span) => /\d{3}-\d{7}/.test(span.textContent!))
        range.selectNodeContents(text ?? el)
        return start < 0 ? -1 : new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
      })
      expect(subjectNumberLines).toBe(1)

      const listWidth = async () => (await page.getByTestId('thread-list').boundingBox())?.width ?? 0
      const before = await listWidth()
      await page.getByTestId('sidebar-toggle').click()
      await expect(page.getByTestId('sidebar-toggle')).toHaveAttribute('aria-expanded', 'false')
      await expect(page.getByTestId('view-inbox')).toBeHidden()
      expect(await listWidth()).toBeGreaterThan(before)
      await page.getByTestId('sidebar-toggle').click()
      await expect(page.getByTestId('view-inbox')).toBeVisible()
    } finally {
      await context.close()
      await web.stop()
    }
  })
}

test('label menu checks the applied labels; n selected, select all; context menu by keyboard', async ({
  inbox,
}) => {
  await rows(inbox).first().click()
  await inbox.getByTestId('action-label').click()
  const first = inbox.getByTestId('action-label-menu').getByRole('menuitemcheckbox').first()
  await expect(first).toHaveAttribute('aria-checked', 'false')
  await first.click()
  await inbox.getByTestId('action-label').click()
  await expect(first).toHaveAttribute('aria-checked', 'true')
  await expectNoSeriousAxeViolation(inbox, 'the label menu open')
  await inbox.keyboard.press('Escape')

  // x selects the focused row; the bar says how many; * selects every loaded row.
  await inbox.keyboard.press('x')
  await expect(inbox.getByTestId('selection-bar')).toContainText('1 sélectionnée')
  await inbox.keyboard.press('*')
  const loaded = await rows(inbox).count()
  await expect(inbox.getByTestId('selection-bar')).toContainText(/\d+ sélectionnées/)
  expect(loaded).toBeGreaterThan(1)
  await inbox.getByTestId('select-none').click()
  await expect(inbox.getByTestId('selection-bar')).toHaveCount(0)

  // Shift+F10 (and the context-menu key) on the list opens the focused row's menu, focus inside.
  await inbox.getByTestId('thread-list').focus()
  await inbox.keyboard.press('Shift+F10')
  const menu = inbox.getByTestId('row-menu')
  await expect(menu).toBeVisible()
  await expect(menu.getByRole('menuitem').first()).toBeFocused()
  await inbox.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem').nth(1)).toBeFocused()
  await expectNoSeriousAxeViolation(inbox, 'the row context menu open')
  await inbox.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)
  await inbox.keyboard.press('ContextMenu')
  await expect(menu).toBeVisible()
  await inbox.keyboard.press('Escape')
})

test('a label is renamed and recoloured from the keyboard, and Undo puts it back', async ({ inbox }) => {
  const urgent = inbox.getByTestId('label-item').filter({ hasText: 'Urgent' })
  const labelId = (await urgent.getAttribute('data-label-id')) ?? ''
  const item = inbox.locator(`[data-testid="label-item"][data-label-id="${labelId}"]`)
  const colorBefore = await item.locator('.label-dot').evaluate((el) => getComputedStyle(el).backgroundColor)
  await urgent.focus()
  await inbox.keyboard.press('Tab') // the label's edit button
  await expect(inbox.getByRole('button', { name: 'Modifier l’étiquette « Urgent »' })).toBeFocused()
  await inbox.keyboard.press('Enter')
  const name = inbox.getByTestId('label-edit-name')
  await expect(name).toBeFocused()
  await expectNoSeriousAxeViolation(inbox, 'the label editor open')
  await name.fill('Très urgent')
  await inbox.getByTestId('label-edit-color').fill('#0b7a3e')
  await name.press('Enter')
  await expect(item).toHaveText(/Très urgent/)
  await expect(item.locator('.label-dot')).toHaveCSS('background-color', 'rgb(11, 122, 62)')
  await expect(
    inbox.getByTestId('toast').filter({ hasText: 'Étiquette « Très urgent » modifiée.' }),
  ).toBeVisible()
  await inbox.getByTestId('toast-undo').click()
  await expect(item).toHaveText(/^Urgent/)
  await expect(item.locator('.label-dot')).toHaveCSS('background-color', colorBefore)

  // Escape leaves the label as it was.
  await item.locator('xpath=..').getByTestId('label-edit').click()
  await inbox.getByTestId('label-edit-name').fill('Autre nom')
  await inbox.keyboard.press('Escape')
  await expect(inbox.getByTestId('label-edit-form')).toHaveCount(0)
  await expect(item).toHaveText(/^Urgent/)
})
