/**
 * `npm run bench:ui`: how fast the thread list answers the search box with a 10,000-thread store,
 * measured in Debian's Chromium through the web harness. For each keyword the page records the time
 * from the input event to the frame where the list shows the new result count. Prints JSON on stdout.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright'
import { chromiumLaunchOptions } from '../chromium'
import { MailboxStore } from '../../electron/main/services/store'
import { syntheticMailbox } from '../../electron/main/services/store/synthetic-mailbox'
import { startWeb } from '../e2e/fixtures'

const THREADS = Number(process.env.THREADS ?? 10_000)
const KEYWORDS = [
  'colis',
  'rembourse',
  'REFUND',
  'livraison',
  'facture',
  'cassé',
  'size',
  'retour',
  'commande',
  'xyzzy',
]
const ROUNDS = 3

async function buildStore(dir: string): Promise<void> {
  const store = await MailboxStore.open(path.join(dir, 'store'))
  await store.importSnapshot(syntheticMailbox(THREADS * 10))
  await store.close()
}

/**
 * In the page: set the search box as typing does, then wait for the frame where the list has settled
 * on a new result count. Written as source text because tsx would wrap named inner functions in a
 * helper (`__name`) that does not exist in the page.
 */
function measureSearch(value: string): string {
  return `new Promise((resolve) => {
    const input = document.querySelector('[data-testid="search-input"]')
    const list = document.querySelector('[data-testid="thread-list"]')
    const count = document.querySelector('[data-testid="result-count"]')
    const before = count.textContent
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
    const start = performance.now()
    setter.call(input, ${JSON.stringify(value)})
    input.dispatchEvent(new Event('input', { bubbles: true }))
    const deadline = start + 5000
    const check = () => {
      const done = list.dataset.loading === 'false' && count.textContent !== before
      if (done || performance.now() > deadline) resolve(performance.now() - start)
      else requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })`
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-ui-bench-'))
  process.stderr.write(`building a store of ${THREADS} threads in ${dir}…\n`)
  await buildStore(dir)
  const web = await startWeb({ dataDir: dir, demo: false })
  const browser = await chromium.launch(chromiumLaunchOptions)
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(web.url)
    await page.getByTestId('thread-row').first().waitFor()
    const samples: number[] = []
    for (let round = 0; round < ROUNDS; round++) {
      for (const keyword of KEYWORDS) {
        const ms = await page.evaluate<number>(measureSearch(`${keyword}${round ? ' ' : ''}`))
        samples.push(ms)
        // Reset between keywords (not measured).
        await page.getByTestId('search-input').fill('')
        await page.waitForFunction(
          () =>
            document.querySelector('[data-testid="thread-list"]')?.getAttribute('data-loading') === 'false',
        )
      }
    }
    const result = {
      threads: THREADS,
      samples: samples.length,
      search_update_median_ms: Math.round(percentile(samples, 50) * 10) / 10,
      search_update_p95_ms: Math.round(percentile(samples, 95) * 10) / 10,
      search_update_max_ms: Math.round(Math.max(...samples) * 10) / 10,
    }
    process.stdout.write(JSON.stringify(result) + '\n')
  } finally {
    await browser.close()
    await web.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
