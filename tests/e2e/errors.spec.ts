/** Errors from main in the user's language (issue 17, bug 10): a code and typed details, worded here. */
import { expect, test } from './fixtures'

test('a folder name already taken is said in French, with no English or raw message', async ({ inbox }) => {
  const existing = ((await inbox.getByTestId('folder-item').first().textContent()) ?? '')
    .replace(/\d+$/, '')
    .trim()
  await inbox.getByTestId('folder-new').click()
  await inbox.getByTestId('folder-name-input').fill(existing)
  await inbox.getByTestId('folder-name-input').press('Enter')
  const toast = inbox.getByTestId('toast').last()
  await expect(toast).toContainText(`Un dossier « ${existing} » existe déjà ici.`)
  await expect(toast).not.toContainText('already')
})

test('a name with a hidden character, and an empty message sent past the page, are refused in French only', async ({
  inbox,
}) => {
  await inbox.getByTestId('folder-new').click()
  await inbox.getByTestId('folder-name-input').fill('Factures\u202Efdp.exe')
  await inbox.getByTestId('folder-name-input').press('Enter')
  const toast = inbox.getByTestId('toast').last()
  await expect(toast).toContainText('Le nom du dossier contient un caractère invisible')
  await expect(toast).not.toContainText(/ \/ |character|folder/)

  // The page never sends an empty reply; main refuses one anyway, with a reason the page words.
  const refusal = await inbox.evaluate(async () => {
    const call = async (channel: string, args: unknown[]) => {
      const response = await fetch(`api/${channel}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${localStorage.getItem('comptoir.webToken')}`,
        },
        body: JSON.stringify(args),
      })
      return (await response.json()) as { ok: boolean; value?: { threads: { id: string }[] } }
    }
    const list = await call('threads:query', [{ view: 'inbox', limit: 1 }])
    return call('messages:send', [{ threadId: list.value!.threads[0]!.id, body: '  ', attachments: [] }])
  })
  expect(refusal).toMatchObject({
    ok: false,
    error: { code: 'BAD_REQUEST', details: { reason: 'message-empty' } },
  })
  expect(JSON.stringify(refusal)).not.toContain('Le message')
})
