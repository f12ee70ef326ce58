import { expect, rows, test } from './fixtures'
import type { Page } from '@playwright/test'

const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

async function openReceived(page: Page): Promise<string> {
  await page.getByTestId('view-needs-reply').click()
  const first = rows(page).first()
  const id = (await first.getAttribute('data-thread-id')) ?? ''
  await first.click()
  await expect(page.getByTestId('thread-view')).toHaveAttribute('data-thread-id', id)
  return id
}

test.describe('replying without fear', () => {
  test('a reply with a phone number is refused; fixed, it is sent and appears in Sent', async ({ inbox }) => {
    const id = await openReceived(inbox)
    const body = inbox.getByTestId('composer-body')
    await body.fill('Bonjour, appelez-moi au 06 12 34 56 78 pour régler cela rapidement.')
    const finding = inbox.locator('[data-testid="policy-finding"][data-rule="contact-phone"]')
    await expect(finding).toHaveAttribute('data-severity', 'error')
    await expect(finding).toContainText('06 12 34 56 78')
    await expect(inbox.getByTestId('composer-send')).toBeDisabled()
    await expect(inbox.getByTestId('send-blocked-reason')).toBeVisible()

    await body.fill(
      'Bonjour, je vous réponds ici même : le remplacement part demain, vous recevrez le suivi.',
    )
    await expect(inbox.locator('[data-testid="policy-finding"][data-severity="error"]')).toHaveCount(0)
    await expect(inbox.getByTestId('composer-send')).toBeEnabled()
    const before = await inbox.getByTestId('message').count()
    await inbox.getByTestId('composer-send').click()
    await expect(inbox.getByTestId('message')).toHaveCount(before + 1)
    await expect(inbox.getByTestId('message').last()).toHaveAttribute('data-direction', 'out')
    await expect(inbox.getByTestId('composer-body')).toHaveValue('')
    await inbox.getByTestId('view-sent').click()
    await expect(inbox.locator(`[data-testid="thread-row"][data-thread-id="${id}"]`)).toBeVisible()
  })

  test('the main process refuses a forbidden message even if the page is bypassed', async ({
    web,
    inbox,
  }) => {
    const id = await openReceived(inbox)
    const result = await inbox.evaluate(
      async ([threadId]) => {
        const response = await fetch('api/messages:send', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${localStorage.getItem('comptoir.webToken')}`,
          },
          body: JSON.stringify([
            {
              threadId,
              body: 'Laissez-nous 5 étoiles et écrivez-moi à jean.dupont@gmail.com',
              attachments: [],
            },
          ]),
        })
        return response.json()
      },
      [id],
    )
    expect(web.url).toContain('token=')
    expect(result.ok).toBe(false)
    expect(result.error.code).toBe('POLICY_VIOLATION')
    expect(result.error.message).toMatch(/contact-email/)
  })

  test('attachments: an allowed file is sent, a disguised one is refused with its reason', async ({
    inbox,
  }) => {
    await openReceived(inbox)
    await inbox.getByTestId('composer-attach').setInputFiles([
      { name: 'photo-colis.png', mimeType: 'image/png', buffer: PNG_1x1 },
      {
        name: 'facture.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00 this is a program'),
      },
    ])
    // Main's verdict crosses as a code and is worded here, in French.
    await expect(inbox.getByTestId('attachment-error')).toHaveText(
      '« facture.pdf » est un programme ou un installeur (Windows PE/MZ) : les exécutables sont refusés, quel que soit leur nom.',
    )
    await expect(inbox.getByTestId('composer-send')).toBeDisabled()
    await inbox
      .getByTestId('pending-attachment')
      .filter({ hasText: 'facture.pdf' })
      .getByRole('button')
      .click()
    await expect(inbox.getByTestId('attachment-error')).toHaveCount(0)
    // The type shown is the one found in the content, with the size.
    await expect(inbox.getByTestId('pending-attachment-type')).toHaveText(/^PNG · \d+\sko$/)
    await inbox.getByTestId('composer-body').fill('Voici la photo demandée.')
    await inbox.getByTestId('composer-send').click()
    const last = inbox.getByTestId('message').last()
    await expect(last).toHaveAttribute('data-direction', 'out')
    await expect(last.getByTestId('attachment')).toHaveAttribute('data-attachment-type', 'png')
    await expect(last.getByTestId('attachment-preview')).toBeVisible()
    expect(
      await last.getByTestId('attachment-preview').evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBe(1)
  })

  test('a file over the limit blocks sending with the reason in French, and nothing leaves without it', async ({
    inbox,
  }) => {
    await openReceived(inbox)
    const before = await inbox.getByTestId('message').count()
    await inbox.getByTestId('composer-body').fill('Voici la photo du colis abîmé.')
    // A 12.8 MB photo: refused before any byte crosses to main, in the user's language.
    const photo = Buffer.alloc(12_800_000, 0)
    PNG_1x1.copy(photo)
    await inbox
      .getByTestId('composer-attach')
      .setInputFiles([{ name: 'colis.png', mimeType: 'image/png', buffer: photo }])
    const error = inbox.getByTestId('attachment-error')
    await expect(error).toContainText('« colis.png » pèse 12,8 Mo')
    await expect(error).not.toContainText(/Invalid|arguments/)
    await expect(inbox.getByTestId('composer-send')).toBeDisabled()
    await expect(inbox.getByTestId('send-blocked-reason')).toContainText('pièces jointes refusées')
    // Ctrl+Enter must not get around the disabled button either.
    await inbox.getByTestId('composer-body').press('Control+Enter')
    await expect(inbox.getByTestId('message')).toHaveCount(before)

    // Two 7 MB photos: each is fine alone, together they are over the limit.
    await inbox.getByTestId('pending-attachment').getByRole('button').click()
    const seven = Buffer.alloc(7_000_000, 0)
    PNG_1x1.copy(seven)
    await inbox.getByTestId('composer-attach').setInputFiles([
      { name: 'a.png', mimeType: 'image/png', buffer: seven },
      { name: 'b.png', mimeType: 'image/png', buffer: seven },
    ])
    await expect(inbox.getByTestId('attachment-error')).toContainText('14 Mo en tout')
    await expect(inbox.getByTestId('composer-send')).toBeDisabled()
    await expect(inbox.getByTestId('message')).toHaveCount(before)
  })

  test('a draft survives closing the window', async ({ inbox }) => {
    const id = await openReceived(inbox)
    await inbox.getByTestId('composer-body').fill('Brouillon en cours')
    await inbox.reload()
    await inbox.locator(`[data-testid="thread-row"][data-thread-id="${id}"]`).click()
    await expect(inbox.getByTestId('composer-body')).toHaveValue('Brouillon en cours')
  })
})
