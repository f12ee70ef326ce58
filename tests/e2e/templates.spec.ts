import { expect, rows, test } from './fixtures'
import type { Page } from '@playwright/test'

/** Opens the first thread tied to an order, with its order panel. */
async function openOrderThread(page: Page) {
  const withOrder = rows(page)
    .filter({ has: page.locator('.row-order') })
    .first()
  await withOrder.click()
  await expect(page.getByTestId('order-number')).toBeVisible()
}

test.describe('reply templates', () => {
  test('inserting a template fills the placeholders from the thread', async ({ inbox }) => {
    await openOrderThread(inbox)
    const contact = (await inbox.getByTestId('thread-contact').textContent())?.trim() ?? ''
    const orderNumber = (await inbox.getByTestId('order-number').textContent())?.match(
      /\d{3}-\d{7}-\d{7}/,
    )?.[0]
    expect(orderNumber).toBeTruthy()
    await inbox.getByTestId('composer-template').click()
    await inbox.getByTestId('template-option').filter({ hasText: 'Demande de retour' }).click()
    const body = inbox.getByTestId('composer-body')
    await expect(body).toHaveValue(new RegExp(`^Bonjour ${contact},`))
    await expect(body).toHaveValue(new RegExp(`commande ${orderNumber}`))
    expect(await body.inputValue()).not.toMatch(/\{\{\s*(buyer_name|order_number|seller_name)\s*\}\}/)
    await expect(inbox.locator('[data-testid="policy-finding"][data-severity="error"]')).toHaveCount(0)
    await expect(inbox.getByTestId('composer-send')).toBeEnabled()
  })

  test('the profile name signs the templates', async ({ inbox }) => {
    await inbox.getByTestId('open-profile').click()
    await inbox.getByTestId('profile-name').fill('Atelier des Tilleuls')
    await inbox.getByTestId('profile-save').click()
    await expect(inbox.getByTestId('profile')).toHaveCount(0)
    await expect(inbox.getByTestId('toast').last()).toContainText('Profil enregistré')
    await openOrderThread(inbox)
    await inbox.getByTestId('composer-template').click()
    await inbox.getByTestId('template-option').filter({ hasText: 'Demande de retour' }).click()
    await expect(inbox.getByTestId('composer-body')).toHaveValue(/Atelier des Tilleuls/)
  })

  test('saving a template with a phone number is refused, with the finding shown', async ({ inbox }) => {
    await inbox.getByTestId('open-templates').click()
    const manager = inbox.getByTestId('templates')
    await expect(manager.getByTestId('template-item').first()).toBeVisible()
    const before = await manager.getByTestId('template-item').count()
    await manager.getByTestId('template-new').click()
    await manager.getByTestId('template-name').fill('Rappel téléphonique')
    await manager.getByTestId('template-body').fill('Bonjour {{buyer_name}}, appelez-nous au 06 12 34 56 78.')
    await expect(
      manager.locator('[data-testid="template-finding"][data-rule="contact-phone"]'),
    ).toHaveAttribute('data-severity', 'error')
    await manager.getByTestId('template-save').click()
    const refusal = manager.getByTestId('template-error')
    await expect(refusal).toBeVisible()
    await expect(refusal.locator('[data-rule="contact-phone"][data-severity="error"]')).toContainText(
      '06 12 34 56 78',
    )
    await expect(manager.getByTestId('template-item')).toHaveCount(before)
  })

  test('a template created, edited and deleted; the new one is offered in the composer', async ({
    inbox,
  }) => {
    await inbox.getByTestId('open-templates').click()
    const manager = inbox.getByTestId('templates')
    await manager.getByTestId('template-new').click()
    await manager.getByTestId('template-name').fill('Merci')
    await manager.getByTestId('template-language').selectOption('en')
    await manager
      .getByTestId('template-body')
      .fill('Thanks {{buyer_name}}, order {{order_number}} is on its way.')
    await manager.getByTestId('template-save').click()
    const item = manager.getByTestId('template-item').filter({ hasText: 'Merci' })
    await expect(item).toBeVisible()
    await manager.getByTestId('template-body').fill('Thank you {{buyer_name}}!')
    await manager.getByTestId('template-save').click()
    await expect(inbox.getByTestId('toast').last()).toBeVisible()
    await manager.getByTestId('templates-close').click()

    await rows(inbox).first().click()
    const contact = (await inbox.getByTestId('thread-contact').textContent())?.trim() ?? ''
    await inbox.getByTestId('composer-template').click()
    await inbox.getByTestId('template-option').filter({ hasText: 'Merci' }).click()
    await expect(inbox.getByTestId('composer-body')).toHaveValue(`Thank you ${contact}!`)

    await inbox.getByTestId('open-templates').click()
    await manager.getByTestId('template-item').filter({ hasText: 'Merci' }).click()
    await manager.getByTestId('template-delete').click()
    await inbox.getByTestId('confirm-ok').click()
    await expect(manager.getByTestId('template-item').filter({ hasText: 'Merci' })).toHaveCount(0)
  })
})
