/**
 * Menus and dialogs as a keyboard and small-screen user meets them (issue 17, bugs 2 and 4): menus
 * stay inside the window and answer arrow keys; a confirmation keeps focus and answers Escape.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, rows, test } from './fixtures'

async function insideWindow(page: Page, locator: Locator) {
  const box = await locator.boundingBox()
  const size = page.viewportSize()!
  expect(box).not.toBeNull()
  expect(box!.x).toBeGreaterThanOrEqual(0)
  expect(box!.y).toBeGreaterThanOrEqual(0)
  expect(box!.x + box!.width).toBeLessThanOrEqual(size.width)
  expect(box!.y + box!.height).toBeLessThanOrEqual(size.height)
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
]) {
  test(`the template menu opens inside the window at ${viewport.width}×${viewport.height}`, async ({
    inbox,
  }) => {
    await inbox.setViewportSize(viewport)
    await rows(inbox).first().click()
    await inbox.getByTestId('composer-template').click()
    const menu = inbox.getByTestId('composer-template-menu')
    await expect(inbox.getByTestId('template-option').first()).toBeVisible()
    await insideWindow(inbox, menu)
    await inbox.getByTestId('template-option').first().click()
    await expect(inbox.getByTestId('composer-body')).not.toHaveValue('')
  })
}

test('the folder menu is not clipped by the sidebar and answers arrow keys', async ({ inbox }) => {
  await inbox.setViewportSize({ width: 1280, height: 720 })
  await inbox.getByTestId('folder-new').click()
  await inbox.getByTestId('folder-name-input').fill('Retours')
  await inbox.getByTestId('folder-name-input').press('Enter')
  const folder = inbox.getByTestId('folder-item').filter({ hasText: 'Retours' })
  await folder.locator('xpath=..').getByTestId('folder-menu').click()
  const menu = inbox.getByTestId('folder-menu-menu')
  await insideWindow(inbox, menu)
  for (const item of ['folder-rename', 'folder-move', 'folder-delete']) {
    await expect(inbox.getByTestId(item)).toBeInViewport({ ratio: 1 })
  }
  await expect(inbox.getByTestId('folder-rename')).toHaveText('Renommer')
  await expect(inbox.getByTestId('folder-rename')).toBeFocused()
  await inbox.keyboard.press('ArrowDown')
  await expect(inbox.getByTestId('folder-move')).toBeFocused()
  await inbox.keyboard.press('ArrowUp')
  await inbox.keyboard.press('ArrowUp')
  await expect(inbox.getByTestId('folder-delete')).toBeFocused()
  await inbox.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)
})

test('the move menu: arrow keys choose a folder, Enter runs it', async ({ inbox }) => {
  await rows(inbox).first().click()
  await inbox.getByTestId('action-move').click()
  await expect(inbox.getByTestId('move-target').first()).toBeFocused()
  await inbox.keyboard.press('End')
  await expect(inbox.getByTestId('move-target').last()).toBeFocused()
  await inbox.keyboard.press('Escape')
  await expect(inbox.getByTestId('action-move')).toBeFocused()
})

test('Tab stays in the confirmation; Escape closes it and the page answers clicks again', async ({
  inbox,
}) => {
  const first = rows(inbox).first()
  const id = (await first.getAttribute('data-thread-id')) ?? ''
  await first.click()
  await inbox.getByTestId('action-delete').click()
  await inbox.getByTestId('view-trash').click()
  await inbox.locator(`[data-testid="thread-row"][data-thread-id="${id}"]`).click()
  await inbox.getByTestId('action-purge').click()
  const dialog = inbox.getByTestId('confirm-dialog')
  await expect(dialog).toBeVisible()
  // The safe answer has focus first: Enter right away cancels.
  await expect(inbox.getByTestId('confirm-cancel')).toBeFocused()
  for (let i = 0; i < 5; i++) {
    await inbox.keyboard.press('Tab')
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true)
  }
  await inbox.keyboard.press('Shift+Tab')
  expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true)
  await inbox.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await inbox.getByTestId('view-inbox').click()
  await expect(inbox.getByTestId('view-inbox')).toHaveAttribute('aria-current', 'page')
})
