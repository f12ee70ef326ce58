import AxeBuilder from '@axe-core/playwright'
import { expect, rows, test } from './fixtures'

test.describe('accessibility', () => {
  test('the inbox with an open thread has no serious or critical axe violation', async ({ inbox }) => {
    await rows(inbox).first().click()
    await expect(inbox.getByTestId('thread-view')).toBeVisible()
    await inbox.getByTestId('composer-body').fill('Appelez le 06 12 34 56 78')
    await expect(inbox.getByTestId('policy-finding').first()).toBeVisible()
    const results = await new AxeBuilder({ page: inbox }).analyze()
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(
      blocking.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`,
      ),
    ).toEqual([])
  })

  test('everything is reachable by keyboard with a visible focus', async ({ inbox }) => {
    await inbox.keyboard.press('Tab')
    const focused = await inbox.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      return el ? getComputedStyle(el).outlineStyle : 'none'
    })
    expect(focused).not.toBe('none')
  })
})
