/**
 * At 1280×720 in French, what a new user meets fits as it should: the first run's buttons keep their
 * words on one line ("Importer des e-mails…" broke at its hyphen), and the date filter's two days sit
 * on one line ("Au" wrapped away from "Du" onto a line of its own).
 */
import fs from 'node:fs'
import { expect, startWeb, test } from './fixtures'
import { expectInsideWindow, linesOf } from './layout-helpers'

test('first run at 1280×720 in French: every way to start on one line, inside the window', async ({
  page,
}) => {
  const web = await startWeb({ demo: false, lang: 'fr' })
  try {
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.goto(web.url)
    for (const start of ['import', 'account', 'demo', 'empty']) {
      const button = page.getByTestId(`first-run-${start}`)
      await expect(button).toBeVisible()
      expect(await linesOf(button), `${await button.textContent()} on one line`).toBe(1)
      await expectInsideWindow(button)
    }
    await expect(page.getByTestId('first-run-import')).toHaveText('Importer des e-mails…')
  } finally {
    await web.stop()
    fs.rmSync(web.dataDir, { recursive: true, force: true })
  }
})

test('the date filter at 1280×720 in French: "Du" and "Au" on one line, inside the list', async ({
  inbox,
}) => {
  await inbox.setViewportSize({ width: 1280, height: 720 })
  const from = inbox.getByTestId('filter-from')
  const to = inbox.getByTestId('filter-to')
  await expect(to).toContainText('Au')
  const fromBox = (await from.boundingBox())!
  const toBox = (await to.boundingBox())!
  expect(Math.abs(toBox.y - fromBox.y), '"Au" on the line of "Du"').toBeLessThan(2)
  expect(toBox.x).toBeGreaterThan(fromBox.x + fromBox.width - 1)
  const list = (await inbox.getByTestId('thread-list').boundingBox())!
  expect(toBox.x + toBox.width).toBeLessThanOrEqual(list.x + list.width)
  // Each field on one line: its label beside its box, not above it.
  for (const box of [fromBox, toBox]) expect(box.height).toBeLessThan(30)
})

test('the dashboard at 1280×720 in French fits the window, its charts and note in sight', async ({
  inbox,
}) => {
  await inbox.setViewportSize({ width: 1280, height: 720 })
  await inbox.getByTestId('open-dashboard').click()
  const dashboard = inbox.locator('[data-testid="dashboard"][data-loading="false"]')
  await expect(dashboard).toBeVisible()
  await expectInsideWindow(dashboard)
  await expect(dashboard.getByTestId('chart-received')).toBeInViewport({ ratio: 0.99 })
  await expect(dashboard.getByTestId('chart-response-times')).toBeInViewport({ ratio: 0.99 })
})

test('at 1440×900 in French: the order panel’s labels and the shortcut list keep to one line', async ({
  inbox,
}) => {
  await inbox.getByTestId('thread-row').first().click()
  const panel = inbox.getByTestId('order-panel')
  await expect(panel).toBeVisible()
  for (const label of await panel.locator('dt').all())
    expect(await linesOf(label), String(await label.textContent())).toBe(1)
  await inbox.getByTestId('thread-list').focus()
  await inbox.keyboard.press('?')
  const help = inbox.getByTestId('shortcut-help')
  await expect(help).toBeVisible()
  await expectInsideWindow(help)
  for (const words of await help.locator('dd').all())
    expect(await linesOf(words), String(await words.textContent())).toBe(1)
})
