/**
 * The accessibility check every spec can run on the screen it reached: axe-core on the whole page,
 * failing on serious and critical violations (the bar), each named with its first element.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect } from '@playwright/test'
import type { Page } from '@playwright/test'

export async function expectNoSeriousAxeViolation(page: Page, state = 'this screen'): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    blocking.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help} ${v.nodes[0]?.html ?? ''}`,
    ),
    `axe on ${state}`,
  ).toEqual([])
}
