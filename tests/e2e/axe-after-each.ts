/**
 * The after-each half of the accessibility bar: once a web test has passed, axe (serious and critical
 * only, as tests/e2e/axe.ts) runs on whatever screen the test ended on, so every state the suite
 * visits is checked without each spec having to remember it.
 */
import type { Page, TestInfo } from '@playwright/test'
import { expectNoSeriousAxeViolation } from './axe'

/** Pages with no app to check: closed, never loaded, or a raw API/JSON answer the test fetched. */
function hasAppScreen(page: Page): boolean {
  if (page.isClosed()) return false
  const url = page.url()
  return url.startsWith('http') && !new URL(url).pathname.startsWith('/api/')
}

/** A navigation (or a close) racing the scan: that final state is not a screen a user could see. */
function isNavigationRace(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return /Execution context was destroyed|Target page, context or browser has been closed|frame was detached/i.test(
    message,
  )
}

export async function checkAxeAfterTest(page: Page, testInfo: TestInfo): Promise<void> {
  // A failed test already has its own error; a second one from axe would hide it.
  if (testInfo.status !== testInfo.expectedStatus || testInfo.expectedStatus !== 'passed') return
  if (!hasAppScreen(page)) return
  const started = Date.now()
  try {
    await page.waitForLoadState('domcontentloaded')
    await expectNoSeriousAxeViolation(page, `the final state of "${testInfo.title}"`)
  } catch (error) {
    if (isNavigationRace(error)) return
    throw error
  } finally {
    testInfo.annotations.push({ type: 'axe-ms', description: String(Date.now() - started) })
  }
}
