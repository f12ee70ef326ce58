import { expect, rows, test } from './fixtures'
import { rowById, simulateInbound } from './reply-helpers'

const HOUR = 3_600_000

test.describe('the 24-hour reply clock', () => {
  test('a demo thread waiting for a reply shows its clock in the list and in the thread view', async ({
    inbox,
  }) => {
    await inbox.getByTestId('view-needs-reply').click()
    const first = rows(inbox).first()
    await expect(first.getByTestId('reply-clock')).toBeVisible()
    await expect(first.getByTestId('reply-clock')).toHaveAttribute('data-state', /^(ok|warning|overdue)$/)
    await first.click()
    const clock = inbox.getByTestId('thread-view').getByTestId('thread-clock')
    await expect(clock).toBeVisible()
    await expect(clock).toContainText(/Réponse attendue avant/)
  })

  test('a new buyer message starts a fresh 24-hour clock; replying stops it', async ({ inbox }) => {
    // A thread the seller has answered: in Sent, without a clock.
    await inbox.getByTestId('view-sent').click()
    const answered = rows(inbox)
      .filter({ hasNot: inbox.getByTestId('reply-clock') })
      .first()
    const answeredId = (await answered.getAttribute('data-thread-id')) ?? ''
    const { threadId } = await simulateInbound(inbox, { threadId: answeredId })
    await inbox.getByTestId('view-needs-reply').click()
    const clock = rowById(inbox, threadId).getByTestId('reply-clock')
    await expect(clock).toHaveAttribute('data-state', 'ok')
    await expect(clock).toContainText(/reste (23|24)\sh/)
    const deadline = Date.parse((await clock.getAttribute('data-deadline')) ?? '')
    expect(Math.abs(deadline - (Date.now() + 24 * HOUR))).toBeLessThan(5 * 60_000)

    await rowById(inbox, threadId).click()
    await inbox.getByTestId('composer-body').fill('Bonjour, votre colis part aujourd’hui. Bonne journée.')
    await inbox.getByTestId('composer-send').click()
    await expect(inbox.getByTestId('thread-view').getByTestId('thread-clock')).toHaveCount(0)
    await expect(rowById(inbox, threadId)).toHaveCount(0)
  })

  test('the Needs reply view sorts by time left, least first', async ({ inbox }) => {
    await inbox.getByTestId('view-needs-reply').click()
    await expect(rows(inbox).first()).toBeVisible()
    const toggle = inbox.getByTestId('sort-time-left')
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await expect(async () => {
      const deadlines = await inbox
        .getByTestId('reply-clock')
        .evaluateAll((clocks) => clocks.map((c) => Date.parse(c.getAttribute('data-deadline') ?? '')))
      expect(deadlines.length).toBeGreaterThan(1)
      expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b))
    }).toPass()
  })

  test('in English the clock says how long is left or overdue', async ({ web, page }) => {
    await page.goto(web.url)
    await page.getByTestId('language-select').selectOption('en')
    await page.getByTestId('view-needs-reply').click()
    await expect(rows(page).first().getByTestId('reply-clock')).toContainText(/left|overdue by/)
  })
})
