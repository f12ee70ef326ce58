/**
 * The renderer's data layer, seen from the wire: how many API calls an action costs (each recorded in
 * docs/benchmarks.md), the list keeping its scroll, and a folder move leaving the Inbox with Undo.
 */
import type { Page } from '@playwright/test'
import { expect, rows, test } from './fixtures'

/** Counts the API calls the page makes (the event stream is one long request, not counted). */
function countCalls(page: Page) {
  const calls: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.includes('/api/')) calls.push(decodeURIComponent(url.pathname.split('/api/')[1] ?? ''))
  })
  return {
    reset: () => calls.splice(0),
    get calls() {
      return [...calls]
    },
  }
}

const resultCount = async (page: Page) =>
  Number(/\d+/.exec((await page.getByTestId('result-count').textContent()) ?? '')?.[0] ?? NaN)

const settle = (page: Page) => page.waitForTimeout(800)

test.describe('data layer: API calls per action', () => {
  test('opening an unread thread far down the list costs ≤ 2 calls and keeps the scroll', async ({
    inbox,
  }) => {
    const counter = countCalls(inbox)
    const list = inbox.getByTestId('thread-list')
    const lastUnread = inbox.locator('[data-testid="thread-row"][data-unread="true"]').last()
    const id = (await lastUnread.getAttribute('data-thread-id')) ?? ''
    const unread = inbox.locator(`[data-testid="thread-row"][data-thread-id="${id}"]`)
    // Scroll so that row sits at the bottom of the list, well below the first rows.
    await list.evaluate((el, rowId) => {
      const target = el.querySelector<HTMLElement>(`[data-thread-id="${rowId}"]`)!
      el.scrollTop = target.offsetTop + target.offsetHeight - el.clientHeight
    }, id)
    await settle(inbox)
    const scrollBefore = await list.evaluate((el) => el.scrollTop)
    expect(scrollBefore).toBeGreaterThan(80)
    counter.reset()
    await unread.click()
    await expect(inbox.getByTestId('thread-view')).toHaveAttribute('data-thread-id', id)
    await expect(inbox.locator(`[data-testid="thread-row"][data-thread-id="${id}"]`)).toHaveAttribute(
      'data-unread',
      'false',
    )
    await settle(inbox)
    console.log(`open unread thread: ${counter.calls.length} calls ${counter.calls.join(', ')}`)
    expect(counter.calls.length).toBeLessThanOrEqual(2)
    expect(Math.abs((await list.evaluate((el) => el.scrollTop)) - scrollBefore)).toBeLessThan(5)
  })

  test('archiving the open thread costs ≤ 3 calls and the list keeps its scroll', async ({ inbox }) => {
    const counter = countCalls(inbox)
    const list = inbox.getByTestId('thread-list')
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight / 2))
    await settle(inbox)
    const row = rows(inbox).nth(3)
    const id = (await row.getAttribute('data-thread-id')) ?? ''
    await row.click()
    await expect(inbox.getByTestId('thread-view')).toHaveAttribute('data-thread-id', id)
    await settle(inbox)
    const before = await resultCount(inbox)
    const scrollBefore = await list.evaluate((el) => el.scrollTop)
    counter.reset()
    await inbox.getByTestId('action-archive').click()
    await expect(inbox.locator(`[data-testid="thread-row"][data-thread-id="${id}"]`)).toHaveCount(0)
    await expect.poll(() => resultCount(inbox)).toBe(before - 1)
    await settle(inbox)
    console.log(`archive: ${counter.calls.length} calls ${counter.calls.join(', ')}`)
    expect(counter.calls.length).toBeLessThanOrEqual(3)
    expect(Math.abs((await list.evaluate((el) => el.scrollTop)) - scrollBefore)).toBeLessThan(100)
  })

  test('a label added shows at once and costs one call', async ({ inbox }) => {
    const counter = countCalls(inbox)
    await rows(inbox).first().click()
    await settle(inbox)
    counter.reset()
    await inbox.getByTestId('action-label').click()
    await inbox.getByTestId('label-add').first().click()
    await expect(rows(inbox).first().getByTestId('row-label')).not.toHaveCount(0)
    await settle(inbox)
    console.log(`label: ${counter.calls.length} calls ${counter.calls.join(', ')}`)
    expect(counter.calls.length).toBe(1)
  })

  test('flagging the open thread unread shows at once and costs one call', async ({ inbox }) => {
    const counter = countCalls(inbox)
    const row = rows(inbox).first()
    await row.click()
    await expect(row).toHaveAttribute('data-unread', 'false')
    await settle(inbox)
    counter.reset()
    await inbox.getByTestId('action-read-toggle').click()
    await expect(row).toHaveAttribute('data-unread', 'true')
    await settle(inbox)
    console.log(`flag unread: ${counter.calls.length} calls ${counter.calls.join(', ')}`)
    expect(counter.calls.length).toBe(1)
  })

  test('moving the open thread to a folder costs ≤ 2 calls', async ({ inbox }) => {
    const counter = countCalls(inbox)
    const row = rows(inbox).nth(2)
    const id = (await row.getAttribute('data-thread-id')) ?? ''
    await row.click()
    await settle(inbox)
    counter.reset()
    await inbox.getByTestId('action-move').click()
    await inbox.getByTestId('move-target').nth(1).click()
    await expect(inbox.locator(`[data-testid="thread-row"][data-thread-id="${id}"]`)).toHaveCount(0)
    await settle(inbox)
    console.log(`move: ${counter.calls.length} calls ${counter.calls.join(', ')}`)
    expect(counter.calls.length).toBeLessThanOrEqual(2)
  })

  test('a search costs one list call per keystroke, none more once settled', async ({ inbox }) => {
    const counter = countCalls(inbox)
    await settle(inbox)
    counter.reset()
    await inbox.getByTestId('search-input').pressSequentially('linge', { delay: 150 })
    await expect.poll(() => resultCount(inbox)).toBeLessThan(31)
    await settle(inbox)
    console.log(`search (5 keys): ${counter.calls.length} calls ${counter.calls.join(', ')}`)
    expect(counter.calls.length).toBeLessThanOrEqual(5)
  })
})

test.describe('moving a thread to a folder (issue 17, bug 6)', () => {
  test('the thread leaves the Inbox, rows elsewhere show the folder, and Undo brings it back', async ({
    inbox,
  }) => {
    await inbox.getByTestId('folder-new').click()
    await inbox.getByTestId('folder-name-input').fill('Litiges')
    await inbox.getByTestId('folder-name-input').press('Enter')
    const folder = inbox.getByTestId('folder-item').filter({ hasText: 'Litiges' })
    const folderId = (await folder.getAttribute('data-folder-id')) ?? ''
    const before = await resultCount(inbox)
    const row = rows(inbox).first()
    const id = (await row.getAttribute('data-thread-id')) ?? ''
    const moved = inbox.locator(`[data-testid="thread-row"][data-thread-id="${id}"]`)
    await row.click()
    // A label, to see the row in a list that is not the folder's.
    await inbox.getByTestId('action-label').click()
    const labelAdd = inbox.getByTestId('label-add').first()
    const labelId = (await labelAdd.getAttribute('data-label-id')) ?? ''
    await labelAdd.click()

    const move = async () => {
      await moved.click()
      await inbox.getByTestId('action-move').click()
      await inbox.locator(`[data-testid="move-target"][data-folder-id="${folderId}"]`).click()
    }
    await move()
    await expect(moved).toHaveCount(0)
    await expect.poll(() => resultCount(inbox)).toBe(before - 1)
    await expect(inbox.getByTestId('toast').last()).toContainText('Litiges')
    await inbox.getByTestId('toast-undo').last().click()
    await expect(moved).toBeVisible()
    await expect.poll(() => resultCount(inbox)).toBe(before)

    await move()
    await expect(moved).toHaveCount(0)
    await inbox.locator(`[data-testid="label-item"][data-label-id="${labelId}"]`).click()
    await expect(moved.getByTestId('row-folder')).toHaveText('Litiges')
    await folder.click()
    await expect(moved).toBeVisible()
    await expect(moved.getByTestId('row-folder')).toHaveCount(0)
  })
})
