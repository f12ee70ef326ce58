import { expect, rows, test } from './fixtures'
import { simulateInbound } from './reply-helpers'

test.describe('new-message notices (web mode)', () => {
  test('a buyer message shows a notice; clicking it opens the thread', async ({ inbox }) => {
    await inbox.getByTestId('view-sent').click()
    const threadId = (await rows(inbox).first().getAttribute('data-thread-id')) ?? ''
    await inbox.getByTestId('view-inbox').click()
    const notice = inbox.locator(`[data-testid="notice"][data-thread-id="${threadId}"]`)
    // The push channel connects just after the page loads: retry until the notice shows.
    await expect(async () => {
      await simulateInbound(inbox, { threadId, body: 'Bonjour, où en est ma commande ?' })
      await expect(notice).toBeVisible({ timeout: 2_000 })
    }).toPass()
    await expect(notice).toContainText('Bonjour, où en est ma commande ?')
    await notice.getByTestId('notice-open').click()
    await expect(inbox.getByTestId('thread-view')).toHaveAttribute('data-thread-id', threadId)
    await expect(notice).toHaveCount(0)
  })

  test('turned off, or from a blocked sender, nothing is shown', async ({ inbox }) => {
    // Warm up the push channel with a message that does show.
    await expect(async () => {
      await simulateInbound(inbox)
      await expect(inbox.getByTestId('notice').first()).toBeVisible({ timeout: 2_000 })
    }).toPass()
    await inbox.getByTestId('notice-dismiss').first().click()

    await inbox.getByTestId('open-notification-settings').click()
    const settings = inbox.getByTestId('notification-settings')
    await settings.getByTestId('notify-enabled').uncheck()
    await expect(settings.getByTestId('notify-enabled')).not.toBeChecked()
    await settings.getByTestId('notification-settings-close').click()
    await simulateInbound(inbox)
    await inbox.waitForTimeout(1_000)
    await expect(inbox.getByTestId('notice')).toHaveCount(0)

    await inbox.getByTestId('open-notification-settings').click()
    await settings.getByTestId('notify-enabled').check()
    await settings.getByTestId('notify-only-needs-reply').uncheck()
    await settings.getByTestId('notification-settings-close').click()
    const first = rows(inbox).first()
    const threadId = (await first.getAttribute('data-thread-id')) ?? ''
    await first.click()
    await inbox.getByTestId('action-block').click()
    await inbox.getByTestId('view-blocked').click()
    await expect(inbox.locator(`[data-testid="thread-row"][data-thread-id="${threadId}"]`)).toBeVisible()
    await simulateInbound(inbox, { threadId })
    await inbox.waitForTimeout(1_000)
    await expect(inbox.getByTestId('notice')).toHaveCount(0)
  })
})
