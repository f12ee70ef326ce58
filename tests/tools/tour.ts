/**
 * A new user's tour, for looking at: first run, inbox with filters, a thread, the composer with
 * findings, menus, settings, dashboard, dialogs; screenshots into $TOUR_OUT (default /tmp/tour).
 * Usage: npx tsx tests/tools/tour.ts LANG WIDTH HEIGHT   (after npm run build)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright'
import type { Page } from 'playwright'
import { chromiumLaunchOptions } from '../chromium'
import { startWeb } from '../e2e/fixtures'

const [lang = 'fr', width = '1280', height = '720'] = process.argv.slice(2) as ['fr' | 'en', string, string]
const out = process.env.TOUR_OUT ?? '/tmp/tour'
const only = process.env.TOUR_ONLY?.split(',')

async function shot(page: Page, name: string) {
  await page.waitForTimeout(300)
  const file = path.join(out, `${lang}-${width}-${name}.png`)
  await page.screenshot({ path: file })
  // What sticks out of the window: every visible element whose box crosses the viewport's edge.
  const outside = await page.evaluate(() => {
    const found: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden') continue
      if (r.right > innerWidth + 1 || r.bottom > innerHeight + 1 || r.left < -1 || r.top < -1) {
        if (el.closest('[data-testid="thread-list"]') || el.closest('.thread-body, .message-list')) continue
        found.push(
          `${el.tagName.toLowerCase()}.${el.className}#${el.dataset.testid ?? ''} ${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}x${Math.round(r.height)}`,
        )
      }
    }
    return found.slice(0, 8)
  })
  process.stdout.write(`${file}${outside.length ? `\n  outside: ${outside.join('\n  outside: ')}` : ''}\n`)
}

async function main() {
  fs.mkdirSync(out, { recursive: true })
  const browser = await chromium.launch(chromiumLaunchOptions)
  const viewport = { width: Number(width), height: Number(height) }
  const step = (name: string) => !only || only.includes(name)

  if (step('firstrun')) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-tour-'))
    const web = await startWeb({ lang, dataDir, demo: false })
    const page = await browser.newPage({ viewport })
    await page.goto(web.url)
    await page.getByTestId('first-run').waitFor()
    await shot(page, '01-first-run')
    await page.close()
    await web.stop()
  }

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-tour-'))
  const web = await startWeb({ lang, dataDir })
  const page = await browser.newPage({ viewport })
  await page.goto(web.url)
  await page.getByTestId('thread-row').first().waitFor()
  await shot(page, '02-inbox')
  await page.getByTestId('filter-unread').click()
  await page.getByTestId('filter-order').fill('171')
  await shot(page, '03-inbox-filters')
  await page.getByTestId('filter-clear').click()
  await page.getByTestId('thread-row').first().click()
  await page.getByTestId('thread-view').waitFor()
  await shot(page, '04-thread')
  await page
    .getByTestId('composer-body')
    .fill(
      lang === 'fr'
        ? 'Bonjour, appelez-moi au 06 12 34 56 78 ou sur WhatsApp, écrivez à vente@boutique.fr et laissez-nous 5 étoiles !'
        : 'Hello, call me on +44 20 7946 0958 or WhatsApp, write to sales@shop.co.uk and please leave us 5 stars!',
    )
  await page.getByTestId('policy-finding').first().waitFor()
  await shot(page, '05-composer-findings')
  for (const [id, name] of [
    ['composer-template', '06-template-menu'],
    ['action-label', '07-label-menu'],
    ['action-move', '08-move-menu'],
  ] as const) {
    await page
      .getByTestId(id)
      .click()
      .catch(() => undefined)
    await shot(page, name)
    await page.keyboard.press('Escape')
  }
  const folder = page.getByTestId('folder-item').first()
  await folder.hover()
  await page
    .getByTestId('folder-menu')
    .first()
    .click()
    .catch(() => undefined)
  await shot(page, '09-folder-menu')
  await page.keyboard.press('Escape')
  await page.getByTestId('thread-row').nth(3).click({ button: 'right' })
  await shot(page, '10-context-menu')
  await page.keyboard.press('Escape')
  await page
    .getByTestId('action-report')
    .click()
    .catch(() => undefined)
  await shot(page, '11-report-dialog')
  await page.keyboard.press('Escape')
  await page
    .getByTestId('thread-list')
    .click({ position: { x: 5, y: 5 } })
    .catch(() => undefined)
  await page.keyboard.press('?')
  await shot(page, '12-shortcut-help')
  await page.keyboard.press('Escape')
  for (const [id, name] of [
    ['open-profile', '13-profile'],
    ['open-notification-settings', '14-notifications'],
    ['open-templates', '15-templates'],
    ['open-seller-rules', '16-seller-rules'],
    ['open-backups', '17-backups'],
    ['import-open', '18-import'],
    ['open-orders-import', '19-orders-import'],
  ] as const) {
    const button = page.getByTestId(id)
    if (!(await button.isVisible())) {
      process.stdout.write(`(${id} not visible)\n`)
      continue
    }
    await button.click()
    await shot(page, name)
    await page.keyboard.press('Escape')
  }
  await page.getByTestId('open-dashboard').click()
  await page.locator('[data-testid="dashboard"][data-loading="false"]').waitFor()
  await page.waitForTimeout(800)
  await shot(page, '20-dashboard')
  await page.getByTestId('dashboard-close').click()
  await page.getByTestId('view-trash').click()
  await page
    .getByTestId('thread-row')
    .first()
    .click()
    .catch(() => undefined)
  await page
    .getByTestId('action-purge')
    .click()
    .catch(() => undefined)
  await shot(page, '21-confirm')
  await page.close()
  await web.stop()
  await browser.close()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
