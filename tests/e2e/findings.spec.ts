/** Policy findings (issue 17, bug 8): every finding is reachable at 1280×720, and a click selects its words. */
import { expect, rows, test } from './fixtures'

test('three findings are all visible, none under the buttons; clicking one selects the words', async ({
  inbox,
}) => {
  await inbox.setViewportSize({ width: 1280, height: 720 })
  await rows(inbox).first().click()
  const text = 'Bonjour, appelez-moi au 06 12 34 56 78 ou sur WhatsApp, et laissez-nous 5 étoiles !'
  await inbox.getByTestId('composer-body').fill(text)
  const findings = inbox.getByTestId('policy-finding')
  await expect(findings).toHaveCount(3)
  const actions = (await inbox.getByTestId('composer-send').boundingBox())!
  for (let i = 0; i < 3; i++) {
    const finding = findings.nth(i)
    await finding.scrollIntoViewIfNeeded()
    await expect(finding).toBeInViewport({ ratio: 0.95 })
    const box = (await finding.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(actions.y + 1)
  }
  const social = findings.filter({ hasText: 'WhatsApp' })
  // The words the checker flagged (its span may take in a few words around the channel's name).
  const flagged = await social.locator('mark').textContent()
  await social.click()
  const selected = await inbox
    .getByTestId('composer-body')
    .evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))
  expect(selected).toBe(flagged)
  expect(selected).toContain('WhatsApp')
  await expect(inbox.getByTestId('composer-body')).toBeFocused()
})
