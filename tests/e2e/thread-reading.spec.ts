/** Reading a thread (issue 17, bug 5): it opens on its newest message, and a reply sent stays in view. */
import { expect, rows, test } from './fixtures'
import { simulateInbound } from './reply-helpers'

test.describe('reading a thread', () => {
  test('a long thread opens on its newest message; a message sent or received comes into view', async ({
    inbox,
  }) => {
    await inbox.setViewportSize({ width: 1280, height: 720 })
    const first = rows(inbox).first()
    const id = (await first.getAttribute('data-thread-id')) ?? ''
    await first.click()
    const body = inbox.getByTestId('composer-body')
    // Make the thread longer than the pane.
    for (let i = 1; i <= 4; i++) {
      const before = await inbox.getByTestId('message').count()
      await body.fill(`Bonjour, voici le point numéro ${i} sur votre commande : tout suit son cours.`)
      await inbox.getByTestId('composer-send').click()
      await expect(inbox.getByTestId('message')).toHaveCount(before + 1)
      await expect(inbox.getByTestId('message').last()).toBeInViewport()
    }
    const pane = inbox.getByTestId('thread-body')
    expect(await pane.evaluate((el) => el.scrollHeight > el.clientHeight + 50)).toBe(true)

    await rows(inbox).nth(1).click()
    await inbox.locator(`[data-testid="thread-row"][data-thread-id="${id}"]`).click()
    await expect(inbox.getByTestId('thread-view')).toHaveAttribute('data-thread-id', id)
    await expect(inbox.getByTestId('message').last()).toBeInViewport()
    // Scrolled down to it (it used to open on the oldest message, scrolled to the top).
    expect(await pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(50)

    // The buyer answers while the thread is open: their message comes into view.
    await simulateInbound(inbox, { threadId: id, body: 'Merci, je reste disponible pour la suite.' })
    await expect(inbox.getByTestId('message').last()).toContainText('je reste disponible')
    await expect(inbox.getByTestId('message').last()).toBeInViewport()
  })
})
