import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests drive the real renderer and services through `npm run web` in Debian's Chromium
 * (Playwright's own browser download is not reachable here). Each test gets a fresh server and store
 * (see tests/e2e/fixtures.ts). The `electron` project runs where an Electron binary exists.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI
    ? [['list'], ['./tests/e2e/count-reporter.ts']]
    : [['list'], ['./tests/e2e/count-reporter.ts']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
        viewport: { width: 1440, height: 900 },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
})
