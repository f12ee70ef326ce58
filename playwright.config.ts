import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/chromium'

/**
 * End-to-end tests drive the real renderer and services through `npm run web` in Debian's Chromium
 * (Playwright's own browser download is not reachable here). Each test gets a fresh server and store
 * (see tests/e2e/fixtures.ts). The `electron` project runs where an Electron binary exists.
 */
export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // One retry on CI only, so a rare timing hiccup on a loaded 2-core machine does not block a landing;
  // the count reporter names every test that needed it.
  retries: process.env.CI ? 1 : 0,
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
        launchOptions: chromiumLaunchOptions,
        viewport: { width: 1440, height: 900 },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
})
