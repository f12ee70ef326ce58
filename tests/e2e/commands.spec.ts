/**
 * One command registry (issue 17, bug 3 and the foundation): keys work from anywhere that is not a
 * text field, Enter works on buttons, rows have a context menu, the help lists the commands.
 */
import { expect, rows, test } from './fixtures'

test.describe('commands from anywhere', () => {
  test('?, j and k work before anything was clicked; typing in the search box is left alone', async ({
    inbox,
  }) => {
    await inbox.keyboard.press('?')
    const help = inbox.getByTestId('shortcut-help')
    await expect(help).toBeVisible()
    await expect(help.locator('[data-command-id="thread.archive"]')).toContainText('Archiver')
    await inbox.keyboard.press('Escape')
    await expect(help).toHaveCount(0)

    const firstId = await rows(inbox).first().getAttribute('data-thread-id')
    const secondId = await rows(inbox).nth(1).getAttribute('data-thread-id')
    await inbox.keyboard.press('j')
    await expect(inbox.getByTestId('thread-view')).toHaveAttribute('data-thread-id', firstId ?? '')
    await inbox.keyboard.press('j')
    await expect(inbox.getByTestId('thread-view')).toHaveAttribute('data-thread-id', secondId ?? '')
    await inbox.keyboard.press('k')
    await expect(inbox.getByTestId('thread-view')).toHaveAttribute('data-thread-id', firstId ?? '')

    await inbox.getByTestId('search-input').fill('')
    await inbox.getByTestId('search-input').pressSequentially('jke')
    await expect(inbox.getByTestId('search-input')).toHaveValue('jke')
    await expect(inbox.getByTestId('thread-view')).toHaveAttribute('data-thread-id', firstId ?? '')
  })

  test('Enter activates a focused button', async ({ inbox }) => {
    await inbox.getByTestId('view-archive').focus()
    await inbox.keyboard.press('Enter')
    await expect(inbox.getByTestId('view-archive')).toHaveAttribute('aria-current', 'page')
    await inbox.getByTestId('shortcuts-help').focus()
    await inbox.keyboard.press('Enter')
    await expect(inbox.getByTestId('shortcut-help')).toBeVisible()
  })

  test('a row has a context menu, inside the window, running the same commands', async ({ inbox }) => {
    await inbox.setViewportSize({ width: 1280, height: 720 })
    const row = rows(inbox).nth(2)
    const id = (await row.getAttribute('data-thread-id')) ?? ''
    const box = (await row.boundingBox())!
    await inbox.mouse.click(box.x + box.width - 5, box.y + box.height / 2, { button: 'right' })
    const menu = inbox.getByTestId('row-menu')
    await expect(menu).toBeVisible()
    const menuBox = (await menu.boundingBox())!
    expect(menuBox.x + menuBox.width).toBeLessThanOrEqual(1280)
    expect(menuBox.y + menuBox.height).toBeLessThanOrEqual(720)
    await expect(menu.getByTestId('row-menu-item').first()).toBeFocused()
    await inbox.keyboard.press('ArrowDown')
    await menu.locator('[data-command-id="thread.archive"]').click()
    await expect(inbox.locator(`[data-testid="thread-row"][data-thread-id="${id}"]`)).toHaveCount(0)
    await expect(inbox.getByTestId('toast').last()).toContainText('archivée')
  })

  test('x selects, * selects everything loaded, and the bar says how many', async ({ inbox }) => {
    await inbox.keyboard.press('j')
    await inbox.keyboard.press('x')
    await expect(inbox.getByTestId('selection-bar')).toContainText('1 sélectionnée')
    await inbox.keyboard.press('*')
    const total = Number(/\d+/.exec((await inbox.getByTestId('result-count').textContent()) ?? '')?.[0])
    await expect(inbox.getByTestId('selection-bar')).toContainText(`${total} sélectionnées`)
    await inbox.getByTestId('select-none').click()
    await expect(inbox.getByTestId('selection-bar')).toHaveCount(0)
  })
})
