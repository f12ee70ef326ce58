import { expect, rows, test } from './fixtures'

test.describe('evidence and safekeeping', () => {
  test('a thread exports as a PDF that downloads', async ({ inbox }) => {
    await rows(inbox).first().click()
    await inbox.getByTestId('export-thread-pdf').click()
    const link = inbox.getByTestId('export-thread-pdf-download')
    await expect(link).toBeVisible({ timeout: 60_000 })
    const [download] = await Promise.all([inbox.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toMatch(/^comptoir-.+\.pdf$/)
    const bytes = Buffer.from(
      await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c)),
    )
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
  })

  test('back up now, then restore it after confirming; the whole mailbox as mbox', async ({ inbox }) => {
    await inbox.getByTestId('open-backups').click()
    const panel = inbox.getByTestId('backup-settings')
    await expect(panel.getByTestId('backup-last')).toBeVisible()
    await panel.getByTestId('backup-now').click()
    await expect(panel.getByTestId('backup-item')).toHaveCount(1, { timeout: 60_000 })
    await expect(panel.getByTestId('backup-last')).not.toHaveText(/aucune|no backup/i)

    await panel.getByTestId('backup-keep').fill('3')
    await expect(panel.getByTestId('backup-keep')).toHaveValue('3')

    await panel.getByTestId('backup-restore').first().click()
    await inbox.getByTestId('confirm-dialog').getByRole('button').last().click()
    await expect(inbox.getByTestId('toast').last()).toContainText(/restaurée|restored/i, { timeout: 60_000 })

    await panel.getByTestId('mbox-export-all').click()
    await expect(panel.getByTestId('mbox-download')).toBeVisible({ timeout: 60_000 })
    await panel.getByTestId('backup-settings-close').click()
    await expect(rows(inbox).first()).toBeVisible()
  })
})
