import type { FullResult, Reporter, TestCase } from '@playwright/test/reporter'

/**
 * Prints how many end-to-end specs really ran in the browser, which were skipped and why, and which
 * passed only on a retry (flaky: named, so that they get fixed rather than hidden by the retry).
 */
export default class CountReporter implements Reporter {
  private tests = new Map<string, TestCase>()

  onTestEnd(test: TestCase): void {
    this.tests.set(test.id, test)
  }

  onEnd(result: FullResult): void {
    const counts = new Map<string, { passed: number; failed: number; skipped: number; flaky: number }>()
    const skips: string[] = []
    const flaky: string[] = []
    for (const test of this.tests.values()) {
      const project = test.parent.project()?.name ?? 'default'
      const entry = counts.get(project) ?? { passed: 0, failed: 0, skipped: 0, flaky: 0 }
      const outcome = test.outcome()
      if (outcome === 'skipped') {
        entry.skipped++
        const reason = test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given'
        skips.push(`${project}: ${test.title} — ${reason}`)
      } else if (outcome === 'expected') entry.passed++
      else if (outcome === 'flaky') {
        entry.flaky++
        flaky.push(`${project}: ${test.titlePath().slice(2).join(' › ')}`)
      } else entry.failed++
      counts.set(project, entry)
    }
    for (const [project, c] of counts) {
      const flakyNote = c.flaky ? `, ${c.flaky} passed only on retry` : ''
      console.log(`e2e ${project}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped${flakyNote}`)
    }
    for (const skip of skips) console.log(`  skipped ${skip}`)
    for (const test of flaky) console.log(`  flaky ${test}`)
    console.log(`e2e overall: ${result.status}`)
  }
}
