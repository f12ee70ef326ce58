/**
 * A fresh `npm run web -- --port 0 --data <tmp> --demo` per test, started exactly as the command-line
 * contract says, so every spec runs on its own store and exercises the real CLI.
 */
import { test as base, expect } from '@playwright/test'
import { checkAxeAfterTest } from './axe-after-each'
import type { Page } from '@playwright/test'
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface WebApp {
  url: string
  origin: string
  token: string
  dataDir: string
  stop(): Promise<number | null>
}

export async function startWeb(
  options: { demo?: boolean; lang?: 'fr' | 'en'; dataDir?: string; port?: number } = {},
): Promise<WebApp> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-e2e-'))
  const args = ['run', '--silent', 'web', '--', '--port', String(options.port ?? 0), '--data', dataDir]
  if (options.demo !== false) args.push('--demo')
  args.push('--lang', options.lang ?? 'fr')
  // Its own process group: npm runs the server under a shell, and a signal sent to npm alone would leave
  // the server running (holding the store lock) after the test.
  const child: ChildProcess = spawn('npm', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = ''
    const timer = setTimeout(() => reject(new Error(`web server did not start:\n${stderr}`)), 45_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const match = /^comptoir web: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(stdout)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('exit', (code) => reject(new Error(`web server exited with ${code}:\n${stderr}`)))
  })
  const parsed = new URL(url)
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    dataDir,
    stop: async () => {
      const code = await new Promise<number | null>((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode)
        child.once('exit', (exitCode) => resolve(exitCode))
        process.kill(-child.pid!, 'SIGTERM')
      })
      // npm may exit before the server under it has closed the store: wait for the lock to go (20 s: a
      // loaded 2-core machine was seen to need more than 10 s to flush and exit), so a
      // test can reopen the same data folder.
      const lock = path.join(dataDir, 'store', 'store.lock')
      for (let waited = 0; fs.existsSync(lock) && waited < 20_000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      if (fs.existsSync(lock))
        throw new Error(
          `the web server did not release ${lock} within 20 s of SIGTERM (exit ${code}); its stderr:\n${stderr}`,
        )
      return code
    },
  }
}

export const test = base.extend<{ web: WebApp; inbox: Page; axeAfterEach: boolean }>({
  // The bar ("axe finds no serious violation in any screen or state the e2e suite visits"),
  // held by every web test: axe runs on the page's final state once the test body has passed. A test
  // may opt out with `test.use({ axeAfterEach: false })`, saying why in a comment.
  axeAfterEach: [true, { option: true }],
  page: async ({ page, axeAfterEach }, use, testInfo) => {
    await use(page)
    if (axeAfterEach) await checkAxeAfterTest(page, testInfo)
  },
  // eslint-disable-next-line no-empty-pattern
  web: async ({}, use) => {
    const web = await startWeb()
    await use(web)
    await web.stop()
    fs.rmSync(web.dataDir, { recursive: true, force: true })
  },
  inbox: async ({ page, web }, use) => {
    await page.goto(web.url)
    await expect(page.getByTestId('thread-row').first()).toBeVisible()
    await use(page)
  },
})

export { expect }

export const rows = (page: Page) => page.getByTestId('thread-row')
export const row = (page: Page, text: string) =>
  page.getByTestId('thread-row').filter({ hasText: text }).first()
