import { expect, test } from './fixtures'
import { expectNoSeriousAxeViolation } from './axe'

// The demo mailbox files threads in Factures, Retours and Retours › Remboursés.
test('the folder tree answers the arrow keys, Home, End and Enter (ARIA tree)', async ({ inbox }) => {
  const tree = inbox.getByRole('tree')
  const item = (name: string) => tree.getByRole('treeitem', { name: new RegExp(`^${name}`) })
  // One tab stop: Tab from the "new folder" button lands on the first folder.
  await inbox.getByTestId('folder-new').focus()
  await inbox.keyboard.press('Tab')
  await expect(item('Factures')).toBeFocused()

  await inbox.keyboard.press('ArrowDown')
  await expect(item('Retours')).toBeFocused()
  await expect(item('Retours')).toHaveAttribute('aria-expanded', 'true')
  await inbox.keyboard.press('ArrowRight') // an open branch: Right enters it
  await expect(item('Remboursés')).toBeFocused()
  await expect(item('Remboursés')).toHaveAttribute('aria-level', '2')
  await inbox.keyboard.press('ArrowLeft') // a leaf: Left goes to the parent
  await expect(item('Retours')).toBeFocused()
  await inbox.keyboard.press('ArrowLeft') // an open branch: Left closes it
  await expect(item('Retours')).toHaveAttribute('aria-expanded', 'false')
  await expect(item('Remboursés')).toHaveCount(0)
  await inbox.keyboard.press('End')
  await expect(item('Retours')).toBeFocused()
  await inbox.keyboard.press('ArrowRight') // a closed branch: Right opens it
  await expect(item('Remboursés')).toBeVisible()
  await inbox.keyboard.press('End')
  await expect(item('Remboursés')).toBeFocused()
  await inbox.keyboard.press('Home')
  await expect(item('Factures')).toBeFocused()

  // Enter selects: the list shows the folder, the item is the tree's selected one.
  await inbox.keyboard.press('ArrowDown')
  await inbox.keyboard.press('Enter')
  await expect(item('Retours')).toHaveAttribute('aria-selected', 'true')
  await expect(inbox).toHaveURL(/folder/)
  await expect(item('Retours')).toBeFocused()
  // The folder's "⋯" menu is the next tab stop, and only that folder's.
  await inbox.keyboard.press('Tab')
  await expect(inbox.getByRole('button', { name: /Retours/ })).toBeFocused()
  await expectNoSeriousAxeViolation(inbox, 'the sidebar with a folder selected by keyboard')
})
