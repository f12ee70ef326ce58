import { expect, rows, test } from './fixtures'
import type { Page } from '@playwright/test'

const settled = (page: Page) =>
  expect(page.getByTestId('thread-list')).toHaveAttribute('data-loading', 'false')
const rowById = (page: Page, id: string) => page.locator(`[data-testid="thread-row"][data-thread-id="${id}"]`)

async function openFirst(page: Page): Promise<string> {
  const first = rows(page).first()
  const id = (await first.getAttribute('data-thread-id')) ?? ''
  await first.click()
  await expect(page.getByTestId('thread-view')).toHaveAttribute('data-thread-id', id)
  return id
}

test.describe('acting on threads', () => {
  test('archive and unarchive', async ({ inbox }) => {
    const id = await openFirst(inbox)
    await inbox.getByTestId('action-archive').click()
    await expect(rowById(inbox, id)).toHaveCount(0)
    await inbox.getByTestId('view-archive').click()
    await rowById(inbox, id).click()
    await inbox.getByTestId('action-archive').click() // "Unarchive" in the Archive view
    await expect(rowById(inbox, id)).toHaveCount(0)
    await inbox.getByTestId('view-inbox').click()
    await expect(rowById(inbox, id)).toBeVisible()
  })

  test('delete, undo, delete again and restore from the trash', async ({ inbox }) => {
    const id = await openFirst(inbox)
    await inbox.getByTestId('action-delete').click()
    await expect(rowById(inbox, id)).toHaveCount(0)
    await expect(inbox.getByTestId('toast')).toContainText('Conversation mise à la corbeille.')
    await inbox.getByTestId('toast-undo').click()
    await expect(rowById(inbox, id)).toBeVisible()
    await rowById(inbox, id).click()
    await inbox.getByTestId('action-delete').click()
    await inbox.getByTestId('view-trash').click()
    await rowById(inbox, id).click()
    await inbox.getByTestId('action-delete').click() // "Restore" in the Trash view
    await inbox.getByTestId('view-inbox').click()
    await expect(rowById(inbox, id)).toBeVisible()
  })

  test('delete forever from the trash, only after confirming', async ({ inbox }) => {
    const id = await openFirst(inbox)
    await inbox.getByTestId('action-delete').click()
    await inbox.getByTestId('view-trash').click()
    await rowById(inbox, id).click()
    // The actions show once a thread is open or selected; in the Trash they include "delete forever".
    await expect(inbox.getByTestId('action-purge')).toHaveCount(1)
    await inbox.getByTestId('action-purge').click()
    const dialog = inbox.getByTestId('confirm-dialog')
    await expect(dialog).toContainText('irréversible')
    await inbox.getByTestId('confirm-cancel').click()
    await expect(dialog).toHaveCount(0)
    await expect(rowById(inbox, id)).toBeVisible()
    await inbox.getByTestId('thread-list').focus()
    await inbox.keyboard.press('Shift+Delete') // the same, from the keyboard
    await inbox.getByTestId('confirm-ok').click()
    await expect(inbox.getByTestId('toast').last()).toContainText('supprimée définitivement')
    await expect(rowById(inbox, id)).toHaveCount(0)
    await inbox.getByTestId('view-inbox').click()
    await settled(inbox)
    await expect(rowById(inbox, id)).toHaveCount(0)
    await expect(inbox.getByTestId('action-purge')).toHaveCount(0) // only offered in the Trash
  })

  test('mark unread and read', async ({ inbox }) => {
    const id = await openFirst(inbox)
    await expect(rowById(inbox, id)).toHaveAttribute('data-unread', 'false')
    await inbox.getByTestId('action-read-toggle').click()
    await expect(rowById(inbox, id)).toHaveAttribute('data-unread', 'true')
  })

  test('folders: create, move a thread in, rename, delete with confirmation (threads kept)', async ({
    inbox,
  }) => {
    await inbox.getByTestId('folder-new').click()
    await inbox.getByTestId('folder-name-input').fill('Litiges transporteur')
    await inbox.getByTestId('folder-name-input').press('Enter')
    const folder = inbox.getByTestId('folder-item').filter({ hasText: 'Litiges transporteur' })
    await expect(folder).toBeVisible()
    const folderId = (await folder.getAttribute('data-folder-id')) ?? ''

    const id = await openFirst(inbox)
    await inbox.getByTestId('action-move').click()
    await inbox.locator(`[data-testid="move-target"][data-folder-id="${folderId}"]`).click()
    await folder.click()
    await expect(rowById(inbox, id)).toBeVisible()

    const menu = folder.locator('xpath=..').getByTestId('folder-menu')
    await menu.click()
    await inbox.getByTestId('folder-rename').click()
    await inbox.getByTestId('folder-rename-input').fill('Litiges')
    await inbox.getByTestId('folder-rename-input').press('Enter')
    await expect(inbox.locator(`[data-testid="folder-item"][data-folder-id="${folderId}"]`)).toHaveText(
      /^Litiges/,
    )

    await inbox
      .locator(`[data-testid="folder-item"][data-folder-id="${folderId}"]`)
      .locator('xpath=..')
      .getByTestId('folder-menu')
      .click()
    await inbox.getByTestId('folder-delete').click()
    await expect(inbox.getByTestId('confirm-dialog')).toBeVisible()
    await inbox.getByTestId('confirm-ok').click()
    await expect(inbox.locator(`[data-testid="folder-item"][data-folder-id="${folderId}"]`)).toHaveCount(0)
    await inbox.getByTestId('view-inbox').click()
    await expect(rowById(inbox, id)).toBeVisible()
  })

  test('a folder moves under another through its menu', async ({ inbox }) => {
    await inbox.getByTestId('folder-new').click()
    await inbox.getByTestId('folder-name-input').fill('Zeta')
    await inbox.getByTestId('folder-name-input').press('Enter')
    const zeta = inbox.getByTestId('folder-item').filter({ hasText: 'Zeta' })
    await zeta.locator('xpath=..').getByTestId('folder-menu').click()
    await inbox.getByTestId('folder-move').click()
    const target = inbox.getByTestId('folder-move-target').nth(1)
    const targetId = (await target.getAttribute('data-folder-id')) ?? ''
    await target.click()
    const parent = inbox.locator(`li:has(> div > [data-folder-id="${targetId}"])`)
    await expect(parent.getByTestId('folder-item').filter({ hasText: 'Zeta' })).toBeVisible()
  })

  test('labels: add and remove', async ({ inbox }) => {
    const id = await openFirst(inbox)
    await inbox.getByTestId('action-label').click()
    const add = inbox.getByTestId('label-add').first()
    const labelId = (await add.getAttribute('data-label-id')) ?? ''
    await add.click()
    await inbox.locator(`[data-testid="label-item"][data-label-id="${labelId}"]`).click()
    await expect(rowById(inbox, id)).toBeVisible()
    await rowById(inbox, id).click()
    await inbox.getByTestId('action-label').click()
    await inbox.locator(`[data-testid="label-remove"][data-label-id="${labelId}"]`).click()
    await expect(rowById(inbox, id)).toHaveCount(0)
  })

  test('labels: create one, use it, delete it (threads kept)', async ({ inbox }) => {
    await inbox.getByTestId('label-new').click()
    await inbox.getByTestId('label-name-input').fill('Colis abîmé')
    await inbox.getByTestId('label-kind-select').selectOption('urgency')
    await inbox.getByTestId('label-name-input').press('Enter')
    const label = inbox.getByTestId('label-item').filter({ hasText: 'Colis abîmé' })
    await expect(label).toHaveAttribute('data-label-kind', 'urgency')
    const labelId = (await label.getAttribute('data-label-id')) ?? ''

    const id = await openFirst(inbox)
    await inbox.getByTestId('action-label').click()
    await inbox.locator(`[data-testid="label-add"][data-label-id="${labelId}"]`).click()
    await label.click()
    await expect(inbox.getByTestId('thread-row')).toHaveCount(1)
    await expect(rowById(inbox, id)).toBeVisible()

    await label.locator('xpath=..').getByTestId('label-delete').click()
    await inbox.getByTestId('confirm-ok').click()
    await expect(label).toHaveCount(0)
    await expect(inbox.getByTestId('view-inbox')).toHaveAttribute('aria-current', 'page')
    await expect(rowById(inbox, id)).toBeVisible()
  })

  test('block and unblock a sender', async ({ inbox }) => {
    const id = await openFirst(inbox)
    await inbox.getByTestId('action-block').click()
    await expect(rowById(inbox, id)).toHaveCount(0)
    await inbox.getByTestId('view-blocked').click()
    await rowById(inbox, id).click()
    await expect(inbox.getByTestId('blocked-notice')).toBeVisible()
    await inbox.getByTestId('action-block').click() // "Unblock" in the Blocked view
    await inbox.getByTestId('view-inbox').click()
    await expect(rowById(inbox, id)).toBeVisible()
  })

  test('report a suspicious message', async ({ inbox }) => {
    await inbox.getByTestId('filter-received').click()
    await openFirst(inbox)
    await inbox.getByTestId('action-report').click()
    // Nothing is chosen for the user, and the dialog says the report stays on this computer.
    await expect(inbox.getByTestId('report-submit')).toBeDisabled()
    await expect(inbox.getByTestId('report-local')).toContainText('reste sur cet ordinateur')
    await inbox.locator('[data-testid="report-reason"][data-reason="phishing"]').check()
    await inbox.getByTestId('report-note').fill('Lien de paiement suspect')
    await inbox.getByTestId('report-submit').click()
    await expect(inbox.getByTestId('toast').filter({ hasText: /signalé/ })).toBeVisible()
  })

  test('no response needed removes a thread from Needs reply', async ({ inbox }) => {
    await inbox.getByTestId('view-needs-reply').click()
    const id = await openFirst(inbox)
    await inbox.getByTestId('action-no-response').click()
    await expect(rowById(inbox, id)).toHaveCount(0)
  })

  test('keyboard only: triage five threads', async ({ inbox }) => {
    await settled(inbox)
    const before = await rows(inbox).evaluateAll((els) =>
      els.slice(0, 5).map((el) => el.getAttribute('data-thread-id')),
    )
    await inbox.getByTestId('thread-list').focus()
    await inbox.keyboard.press('j')
    for (let i = 0; i < 5; i++) {
      await expect(inbox.getByTestId('thread-view')).toBeVisible()
      await inbox.keyboard.press('e')
    }
    for (const id of before) await expect(rowById(inbox, id ?? '')).toHaveCount(0)
    await inbox.keyboard.press('/')
    await expect(inbox.getByTestId('search-input')).toBeFocused()
    await inbox.keyboard.press('Escape')
    await inbox.getByTestId('thread-list').focus()
    await inbox.keyboard.press('?')
    await expect(inbox.getByTestId('shortcut-help')).toBeVisible()
    await inbox.keyboard.press('Escape')
    await expect(inbox.getByTestId('shortcut-help')).toHaveCount(0)
    await inbox.getByTestId('view-archive').click()
    for (const id of before) await expect(rowById(inbox, id ?? '')).toBeVisible()
  })
})
