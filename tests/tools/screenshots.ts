/**
 * `npm run screenshots`: captures the main screens in French and English from the web harness with the
 * demo mailbox, into docs/. Run after `npm run build`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright'
import { chromiumLaunchOptions } from '../chromium'
import { startWeb } from '../e2e/fixtures'

async function main(): Promise<void> {
  const browser = await chromium.launch(chromiumLaunchOptions)
  fs.mkdirSync('docs', { recursive: true })
  for (const lang of ['fr', 'en'] as const) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-shots-'))
    const web = await startWeb({ lang, dataDir })
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(web.url)
    await page.getByTestId('thread-row').first().waitFor()
    await page.screenshot({ path: `docs/screenshot-inbox-${lang}.png` })
    await page.getByTestId('view-needs-reply').click()
    await page.getByTestId('thread-row').first().click()
    await page.getByTestId('thread-view').waitFor()
    await page
      .getByTestId('composer-body')
      .fill(
        lang === 'fr'
          ? 'Bonjour, appelez-moi au 06 12 34 56 78 ou sur WhatsApp, et laissez-nous 5 étoiles\u202f!'
          : 'Hello, call me on +44 20 7946 0958 or WhatsApp, and please leave us 5 stars!',
      )
    await page.getByTestId('policy-finding').first().waitFor()
    await page.screenshot({ path: `docs/screenshot-composer-${lang}.png` })
    await page.getByTestId('open-dashboard').click()
    await page.locator('[data-testid="dashboard"][data-loading="false"]').waitFor()
    await page.waitForTimeout(800) // chart entry animation
    await page.screenshot({ path: `docs/screenshot-dashboard-${lang}.png` })
    await page.close()
    await web.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  await browser.close()
  process.stderr.write('screenshots written to docs/\n')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
