import fs from 'node:fs'
import { expect, startWeb, test } from './fixtures'

test('first run: choose a role and a name, then load the demo', async ({ page }) => {
  const web = await startWeb({ demo: false })
  try {
    await page.goto(web.url)
    await expect(page.getByTestId('first-run')).toBeVisible()
    await page.getByRole('radio', { name: 'Acheteur' }).check()
    await page.getByTestId('first-run-demo').click()
    await expect(page.getByRole('alert')).toContainText('Indiquez votre nom')
    await page.getByRole('radio', { name: 'Vendeur' }).check()
    await page.getByTestId('first-run-name').fill('Atelier Lin & Co')
    await page.getByTestId('first-run-demo').click()
    await expect(page.getByTestId('thread-row').first()).toBeVisible()

    // The token (the page keeps it per tab) authorises the same API the app uses.
    const owner = await (
      await page.request.post(`${web.origin}/api/owner:get`, {
        data: [],
        headers: { Authorization: `Bearer ${web.token}` },
      })
    ).json()
    expect(owner).toEqual({ ok: true, value: { role: 'seller', displayName: 'Atelier Lin & Co' } })
  } finally {
    await web.stop()
    fs.rmSync(web.dataDir, { recursive: true, force: true })
  }
})

test('first run: starting with an empty mailbox is remembered', async ({ page }) => {
  const web = await startWeb({ demo: false, lang: 'en' })
  try {
    await page.goto(web.url)
    await page.getByTestId('first-run-name').fill('Blue Door Crafts')
    await page.getByTestId('first-run-empty').click()
    await expect(page.getByTestId('list-empty')).toBeVisible()
    await page.reload()
    await expect(page.getByTestId('list-empty')).toBeVisible()
    await expect(page.getByTestId('first-run')).toHaveCount(0)
  } finally {
    await web.stop()
    fs.rmSync(web.dataDir, { recursive: true, force: true })
  }
})

test('a buyer is not shown the sellers’ 24-hour clock nor their dashboard', async ({ page }) => {
  const web = await startWeb({ demo: false })
  try {
    await page.goto(web.url)
    await page.getByRole('radio', { name: 'Acheteur' }).check()
    await page.getByTestId('first-run-name').fill('Léa Martin')
    await page.getByTestId('first-run-demo').click()
    await expect(page.getByTestId('thread-row').first()).toBeVisible()
    await expect(page.getByTestId('row-waiting').first()).toBeVisible() // who waits, still shown
    await expect(page.getByTestId('reply-clock')).toHaveCount(0)
    await expect(page.getByTestId('open-dashboard')).toHaveCount(0)
    await expect(page.getByTestId('open-templates')).toBeVisible()
    await page.getByTestId('view-needs-reply').click()
    await expect(page.getByTestId('thread-row').first()).toBeVisible()
    await expect(page.getByTestId('sort-time-left')).toHaveCount(0)
  } finally {
    await web.stop()
    fs.rmSync(web.dataDir, { recursive: true, force: true })
  }
})
