import { expect, rows, test } from './fixtures'

test.describe("the seller's own rules", () => {
  test('a blocking rule added in the panel stops a reply live and on send; a warning only warns', async ({
    inbox,
  }) => {
    // add a rule: a competitor's shop name, blocking, with a reason
    await inbox.getByTestId('open-seller-rules').click()
    const panel = inbox.getByTestId('seller-rules')
    await expect(panel.getByTestId('seller-rules-empty')).toBeVisible()
    await panel.getByTestId('seller-rule-pattern').fill('*')
    await panel.getByTestId('seller-rule-add').click()
    await expect(panel.getByTestId('seller-rule-error')).toBeVisible()
    await panel.getByTestId('seller-rule-pattern').fill('Boutique Rival*')
    await panel.getByTestId('seller-rule-severity').selectOption('error')
    await panel.getByTestId('seller-rule-note').fill('concurrent')
    await panel.getByTestId('seller-rule-add').click()
    await expect(panel.getByTestId('seller-rule')).toHaveCount(1)
    await panel.getByTestId('seller-rule-pattern').fill('garantie à vie')
    await panel.getByTestId('seller-rule-severity').selectOption('warning')
    await panel.getByTestId('seller-rule-add').click()
    await expect(panel.getByTestId('seller-rule')).toHaveCount(2)
    await panel.getByTestId('seller-rules-close').click()

    await inbox.getByTestId('view-needs-reply').click()
    await rows(inbox).first().click()
    const body = inbox.getByTestId('composer-body')
    await body.fill('Bonjour, ce modèle existe aussi chez BOUTIQUE RIVALE, mais le nôtre part demain.')
    const finding = inbox.locator('[data-testid="policy-finding"][data-rule="seller-rule"]')
    await expect(finding).toHaveAttribute('data-severity', 'error')
    await expect(finding).toContainText('BOUTIQUE RIVALE')
    await expect(finding).toContainText('concurrent')
    await expect(inbox.getByTestId('composer-send')).toBeDisabled()

    // the send command in main enforces the same rule, whatever the page does
    const threadId = await inbox.getByTestId('thread-view').getAttribute('data-thread-id')
    const refused = await inbox.evaluate(async (id) => {
      const response = await fetch('api/messages:send', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${localStorage.getItem('comptoir.webToken')}`,
        },
        body: JSON.stringify([{ threadId: id, body: 'Voyez chez Boutique Rivale.', attachments: [] }]),
      })
      return response.json()
    }, threadId)
    expect(refused.ok).toBe(false)
    expect(refused.error.code).toBe('POLICY_VIOLATION')
    expect(refused.error.message).toMatch(/seller-rule/)

    // a warning shows but does not block
    await body.fill('Bonjour, la garantie à vie couvre cette pièce ; le remplacement part demain.')
    const warning = inbox.locator('[data-testid="policy-finding"][data-rule="seller-rule"]')
    await expect(warning).toHaveAttribute('data-severity', 'warning')
    await expect(inbox.getByTestId('composer-send')).toBeEnabled()
    const before = await inbox.getByTestId('message').count()
    await inbox.getByTestId('composer-send').click()
    await expect(inbox.getByTestId('message')).toHaveCount(before + 1)

    // deleting a rule can be undone
    await inbox.getByTestId('open-seller-rules').click()
    await panel.getByTestId('seller-rule-delete').first().click()
    await expect(panel.getByTestId('seller-rule')).toHaveCount(1)
    await inbox.getByRole('button', { name: /annuler|undo/i }).click()
    await expect(panel.getByTestId('seller-rule')).toHaveCount(2)
  })
})
