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
