import { expect, row, rows, test } from './fixtures'
import { typeDay } from './field-helpers'
import type { Page } from '@playwright/test'

const resultCount = async (page: Page) =>
  Number((await page.getByTestId('result-count').textContent())?.match(/\d+/)?.[0] ?? NaN)
const settled = (page: Page) =>
  expect(page.getByTestId('thread-list')).toHaveAttribute('data-loading', 'false')

test.describe('finding threads: filters and search', () => {
  test('unread, needs-reply, sent and received filters narrow the list and combine', async ({ inbox }) => {
    await settled(inbox)
    const all = await resultCount(inbox)
    await inbox.getByTestId('filter-unread').click()
    await settled(inbox)
    const unread = await resultCount(inbox)
    expect(unread).toBeGreaterThan(0)
    expect(unread).toBeLessThan(all)
    for (const flag of await rows(inbox).evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-unread')),
    )) {
      expect(flag).toBe('true')
    }
    await inbox.getByTestId('filter-needs-reply').click()
    await settled(inbox)
    expect(await resultCount(inbox)).toBeLessThanOrEqual(unread)
    await expect(inbox.getByTestId('filter-needs-reply')).toHaveAttribute('aria-pressed', 'true')
    // Going back restores the previous filter state.
    await inbox.goBack()
    await expect(inbox.getByTestId('filter-needs-reply')).toHaveAttribute('aria-pressed', 'false')
    await expect(inbox.getByTestId('filter-unread')).toHaveAttribute('aria-pressed', 'true')
    await inbox.getByTestId('filter-clear').click()
    await inbox.getByTestId('filter-sent').click()
    await settled(inbox)
    const sent = await resultCount(inbox)
    await inbox.getByTestId('filter-sent').click()
    await inbox.getByTestId('filter-received').click()
    await settled(inbox)
    expect(sent).toBeGreaterThan(0)
    expect(await resultCount(inbox)).toBeGreaterThan(0)
  })

  test('keyword search is case- and accent-insensitive and shows a clear no-results state', async ({
    inbox,
  }) => {
    await settled(inbox)
    const all = await resultCount(inbox)
    await inbox.getByTestId('search-input').fill('REMBOURSE')
    await settled(inbox)
    const hits = await resultCount(inbox)
    expect(hits).toBeGreaterThan(0)
    expect(hits).toBeLessThan(all)
    await rows(inbox).first().click()
    await expect(inbox.getByTestId('thread-view')).toContainText(/rembours/i)
    await inbox.getByTestId('search-input').fill('zzqxj introuvable')
    await expect(inbox.getByTestId('list-empty')).toBeVisible()
    await expect(rows(inbox)).toHaveCount(0)
  })

  test('order number filter finds a thread by a partial number', async ({ inbox }) => {
    const first = rows(inbox).first()
    const order = (await first.locator('.row-order').textContent()) ?? ''
    expect(order).toMatch(/^\d{3}-\d{7}-\d{7}$/)
    await inbox.getByTestId('filter-order').fill(order.slice(-7))
    await settled(inbox)
    await expect(rows(inbox).first().locator('.row-order')).toHaveText(order)
    expect(await resultCount(inbox)).toBeLessThanOrEqual(2)
  })

  test('the date filter keeps only threads active in the range', async ({ inbox }) => {
    await settled(inbox)
    const all = await resultCount(inbox)
    const today = new Date().toISOString().slice(0, 10)
    await typeDay(inbox, 'filter-from', today)
    await settled(inbox)
    const recent = await resultCount(inbox)
    expect(recent).toBeLessThan(all)
    await typeDay(inbox, 'filter-from', '2000-01-01')
    await typeDay(inbox, 'filter-to', '2000-01-31')
    await expect(inbox.getByTestId('list-empty')).toBeVisible()
  })

  test('system views show their threads', async ({ inbox }) => {
    for (const view of ['needs-reply', 'sent', 'archive', 'trash', 'blocked'] as const) {
      await inbox.getByTestId(`view-${view}`).click()
      await expect(inbox.getByTestId(`view-${view}`)).toHaveAttribute('aria-current', 'page')
      await settled(inbox)
      expect(await resultCount(inbox), view).toBeGreaterThan(0)
    }
    await inbox.getByTestId('view-inbox').click()
    await expect(row(inbox, '')).toBeVisible()
  })
})
