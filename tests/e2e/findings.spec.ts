/** Policy findings (issue 17, bug 8): every finding is reachable at 1280×720, and a click selects its words. */
import { expect, rows, test } from './fixtures'
import { shownWhole } from './layout-helpers'

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
  // All three in sight as they come, without scrolling anything: none cut by the list's own edge.
  const list = inbox.getByRole('group', { name: 'Vérification des règles' })
  for (let i = 0; i < 3; i++) {
    const finding = findings.nth(i)
    await expect(finding).toBeInViewport({ ratio: 0.99 })
    expect(await shownWhole(finding, list), `finding ${i + 1} shown whole`).toBe(true)
    const box = (await finding.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(actions.y + 1)
  }
  await expect(list).not.toHaveAttribute('data-more-below')
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

test('more findings than fit: the list says there is more, and scrolls to the last', async ({ inbox }) => {
  await inbox.setViewportSize({ width: 1280, height: 720 })
  await rows(inbox).first().click()
  const text =
    'Bonjour, appelez-moi au 06 12 34 56 78 ou sur WhatsApp, écrivez à vente@boutique.fr, ' +
    'voyez www.boutique-lin.fr et laissez-nous 5 étoiles !'
  await inbox.getByTestId('composer-body').fill(text)
  const findings = inbox.getByTestId('policy-finding')
  await expect(findings).toHaveCount(5)
  const list = inbox.getByRole('group', { name: 'Vérification des règles' })
  const last = findings.last()
  if (await shownWhole(last, list)) return // a window tall enough shows them all
  // Cut at its edge: the list marks itself (its last line fades) until its end is scrolled to.
  await expect(list).toHaveAttribute('data-more-below', 'true')
  await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
  await expect(list).not.toHaveAttribute('data-more-below')
  expect(await shownWhole(last, list)).toBe(true)
  await expect(last).toBeInViewport({ ratio: 0.99 })
})
