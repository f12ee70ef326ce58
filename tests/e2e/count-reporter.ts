import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/** Prints how many end-to-end specs really ran in the browser, and which were skipped and why. */
export default class CountReporter implements Reporter {
  private counts = new Map<string, { passed: number; failed: number; skipped: number }>()
  private skips: string[] = []

  onTestEnd(test: TestCase, result: TestResult): void {
    const project = test.parent.project()?.name ?? 'default'
    const entry = this.counts.get(project) ?? { passed: 0, failed: 0, skipped: 0 }
    if (result.status === 'skipped') {
      entry.skipped++
      const reason = test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given'
      this.skips.push(`${project}: ${test.title} — ${reason}`)
    } else if (result.status === 'passed') entry.passed++
    else entry.failed++
    this.counts.set(project, entry)
  }

  onEnd(result: FullResult): void {
    for (const [project, c] of this.counts) {
      console.log(`e2e ${project}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`)
    }
    for (const skip of this.skips) console.log(`  skipped ${skip}`)
    console.log(`e2e overall: ${result.status}`)
  }
}
