/**
 * `npx tsx tests/tools/density.ts [outDir]`: how many thread rows are fully visible in the list, in
 * French and English, at 1280×720 and 1024×768 (the figure issue 17 asks to raise), whether the top bar
 * holds on one line, and whether anything sticks out of the window. Screenshots go to outDir.
 * Run after `npx electron-vite build`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright'
import { chromiumLaunchOptions } from '../chromium'
import { startWeb } from '../e2e/fixtures'

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const

async function main(): Promise<void> {
  const outDir = process.argv[2] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-density-'))
  fs.mkdirSync(outDir, { recursive: true })
  const browser = await chromium.launch(chromiumLaunchOptions)
  for (const lang of ['fr', 'en'] as const) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-density-data-'))
    const web = await startWeb({ lang, dataDir })
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: size })
      await page.goto(web.url)
      await page.getByTestId('thread-row').first().waitFor()
      await page.getByTestId('thread-row').first().click()
      await page.getByTestId('thread-view').waitFor()
      const facts = await page.evaluate(() => {
        const list = document
          .querySelector<HTMLElement>('[data-testid="thread-list"]')!
          .getBoundingClientRect()
        const visible = [...document.querySelectorAll<HTMLElement>('[data-testid="thread-row"]')].filter(
          (row) => {
            const r = row.getBoundingClientRect()
            return r.top >= list.top - 1 && r.bottom <= list.bottom + 1
          },
        ).length
        const topbar = document.querySelector<HTMLElement>('.topbar')!.getBoundingClientRect().height
        const overflowX = document.documentElement.scrollWidth > window.innerWidth
        const wrappedOrders = [...document.querySelectorAll<HTMLElement>('.row-order')].filter(
          (el) => el.getClientRects().length > 1 || el.scrollWidth > el.clientWidth + 1,
        ).length
        return { visible, topbar: Math.round(topbar), overflowX, wrappedOrders }
      })
      const name = `${lang}-${size.width}x${size.height}`
      await page.screenshot({ path: path.join(outDir, `${name}.png`) })
      process.stdout.write(`${name}: ${JSON.stringify(facts)}\n`)
      await page.close()
    }
    await web.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  await browser.close()
  process.stderr.write(`screenshots in ${outDir}\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
