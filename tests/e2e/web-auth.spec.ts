/**
 * The web token is never a cookie (cookies ignore ports: every server on 127.0.0.1 would get it): the
 * page keeps it per tab and sends it as a header; images load through per-resource signed URLs.
 */
import { expect, rows, test } from './fixtures'
import { simulateInbound } from './reply-helpers'

test.describe('web token scoping', () => {
  test('no cookie carries the token; reload and a new tab with the printed URL keep working', async ({
    web,
    inbox,
  }) => {
    const cookies = await inbox.context().cookies()
    for (const cookie of cookies) expect(cookie.value).not.toContain(web.token)
    expect(cookies.some((cookie) => cookie.httpOnly && cookie.sameSite === 'Strict')).toBe(true)

    await inbox.reload()
    await expect(rows(inbox).first()).toBeVisible()
    expect(await rows(inbox).count()).toBeGreaterThan(10)

    const second = await inbox.context().newPage()
    await second.goto(web.url)
    await expect(rows(second).first()).toBeVisible()
    await second.close()
  })

  test('a new tab opened at the address bar (token already dropped from it) still works', async ({
    inbox,
  }) => {
    const addressBar = inbox.url()
    expect(addressBar).not.toContain('token=')
    const second = await inbox.context().newPage()
    await second.goto(addressBar)
    await expect(rows(second).first()).toBeVisible()
    await second.close()
  })

  test("a page without the token says so in the app's language, not as a server message", async ({
    web,
    inbox,
  }) => {
    // The page's files open (this browser loaded them before), but no token is kept any more.
    const page = await inbox.context().newPage()
    await page.addInitScript(() => {
      window.localStorage.clear()
      window.sessionStorage.clear()
    })
    await page.goto(`${web.origin}/`)
    const error = page.getByTestId('error-state')
    await expect(error).toContainText('adresse exacte')
    await expect(error).not.toContainText('Missing or wrong token')
    await page.close()
  })

  test('a cookie holding the token (what another 127.0.0.1 server would replay) opens nothing', async ({
    web,
    playwright,
  }) => {
    const client = await playwright.request.newContext()
    const port = new URL(web.origin).port
    for (const name of [`comptoir_token_${port}`, `comptoir_page_${port}`]) {
      const answer = await client.post(`${web.origin}/api/threads:counts`, {
        data: [],
        headers: { Cookie: `${name}=${web.token}` },
      })
      expect(answer.status()).toBe(401)
    }
    await client.dispose()
  })

  test('attachment images load through signed URLs, and pushed events still arrive', async ({ inbox }) => {
    const preview = inbox.getByTestId('attachment-preview').first()
    // Open threads until one shows an image attachment (the demo mailbox has photos of parcels).
    const withFiles = rows(inbox).filter({ has: inbox.locator('.row-attachment') })
    const count = await withFiles.count()
    for (let index = 0; index < count && !(await preview.isVisible()); index++) {
      await withFiles.nth(index).click()
      await inbox.getByTestId('thread-view').getByTestId('message').first().waitFor()
      await inbox.waitForTimeout(200)
    }
    await expect(preview).toBeVisible()
    const src = (await preview.getAttribute('src')) ?? ''
    expect(src).toMatch(/^attachments\/[0-9a-f]{64}\?exp=\d+&sig=[\w-]+$/)
    await expect
      .poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0)

    // Server-Sent Events over the authorised fetch stream: a new inbound message shows up unasked.
    const { threadId } = await simulateInbound(inbox, { body: 'Message poussé par le serveur' })
    await expect(inbox.locator(`[data-testid="thread-row"][data-thread-id="${threadId}"]`)).toBeVisible()
  })
})
