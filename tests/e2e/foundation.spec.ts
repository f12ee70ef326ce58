import { expect, rows, test } from './fixtures'

test.describe('foundation: the web harness serves the real app over the bridge', () => {
  test('the inbox shows the demo threads', async ({ inbox }) => {
    expect(await rows(inbox).count()).toBeGreaterThan(10)
    await expect(inbox.getByTestId('view-inbox')).toHaveAttribute('aria-current', 'page')
    await expect(inbox.getByTestId('folder-tree').getByTestId('folder-item').first()).toBeVisible()
    // The token left the address bar (kept in the origin's localStorage, sent as a header).
    expect(inbox.url()).not.toContain('token=')
  })

  test('opening a thread shows its messages and order', async ({ inbox }) => {
    const first = rows(inbox).first()
    const threadId = await first.getAttribute('data-thread-id')
    await first.click()
    const view = inbox.getByTestId('thread-view')
    await expect(view).toHaveAttribute('data-thread-id', threadId ?? '')
    expect(await view.getByTestId('message').count()).toBeGreaterThan(0)
    await expect(view.getByTestId('order-number')).toHaveText(/^\d{3}-\d{7}-\d{7}$/)
  })

  test('a request without the token is refused', async ({ web, playwright }) => {
    const anonymous = await playwright.request.newContext()
    for (const [method, url] of [
      ['GET', `${web.origin}/`],
      ['GET', `${web.origin}/?token=wrong`],
      ['POST', `${web.origin}/api/threads:query`],
      ['GET', `${web.origin}/events`],
    ] as const) {
      const response = await anonymous.fetch(url, { method, data: method === 'POST' ? [{}] : undefined })
      expect(response.status(), `${method} ${url}`).toBe(401)
    }
    const authorised = await anonymous.fetch(`${web.origin}/api/threads:query`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${web.token}` },
      data: [{ view: 'inbox', limit: 1 }],
    })
    expect(authorised.status()).toBe(200)
    expect((await authorised.json()).ok).toBe(true)
    await anonymous.dispose()
  })

  test('malformed API calls get a clear error, not a crash', async ({ web, playwright }) => {
    const client = await playwright.request.newContext({
      extraHTTPHeaders: { Authorization: `Bearer ${web.token}` },
    })
    const bad = await client.post(`${web.origin}/api/threads:query`, { data: [{ view: 'nope' }] })
    expect((await bad.json()).error.code).toBe('BAD_REQUEST')
    const unknown = await client.post(`${web.origin}/api/fs:readFile`, { data: ['/etc/passwd'] })
    expect((await unknown.json()).error.code).toBe('UNKNOWN_CHANNEL')
    const notJson = await client.post(`${web.origin}/api/threads:query`, {
      data: Buffer.from('{nope'),
      headers: { 'Content-Type': 'application/json' },
    })
    expect(notJson.status()).toBe(400)
    const still = await client.post(`${web.origin}/api/threads:counts`, { data: [] })
    expect((await still.json()).ok).toBe(true)
    await client.dispose()
  })

  test('the interface switches between French and English', async ({ inbox }) => {
    await expect(inbox.getByTestId('view-inbox')).toContainText('Boîte de réception')
    await inbox.getByTestId('language-select').selectOption('en')
    await expect(inbox.getByTestId('view-inbox')).toContainText('Inbox')
    await inbox.reload()
    await expect(inbox.getByTestId('view-inbox')).toContainText('Inbox')
  })
})
