/** Searching (issue 17, bug 7): order digits without dashes match, and an empty result says where to look. */
import { expect, rows, test } from './fixtures'

test('an order number typed without dashes finds the thread; from the Inbox, the hint leads to Archive', async ({
  inbox,
}) => {
  const row = rows(inbox)
    .filter({ has: inbox.locator('.row-order') })
    .first()
  const id = (await row.getAttribute('data-thread-id')) ?? ''
  const order = ((await row.locator('.row-order').textContent()) ?? '').trim()
  const digits = order.replace(/\D/g, '')
  expect(digits.length).toBeGreaterThan(6)
  await row.click()
  await inbox.getByTestId('action-archive').click()
  await expect(inbox.locator(`[data-testid="thread-row"][data-thread-id="${id}"]`)).toHaveCount(0)

  await inbox.getByTestId('search-input').fill(digits)
  await expect(inbox.getByTestId('result-count')).toContainText('0')
  const hint = inbox.locator('[data-testid="found-elsewhere-view"][data-view="archive"]')
  await expect(hint).toBeVisible()
  await hint.click()
  await expect(inbox.getByTestId('view-archive')).toHaveAttribute('aria-current', 'page')
  await expect(inbox.locator(`[data-testid="thread-row"][data-thread-id="${id}"]`)).toBeVisible()
  await expect(inbox.getByTestId('search-input')).toHaveValue(digits)
})
