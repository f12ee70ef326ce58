import { expect, test } from './fixtures'

test.describe('response dashboard', () => {
  test('renders its figures and charts, and follows the chosen period', async ({ inbox }) => {
    await inbox.getByTestId('open-dashboard').click()
    const dashboard = inbox.getByTestId('dashboard')
    await expect(dashboard).toBeVisible()
    await expect(dashboard).toHaveAttribute('data-loading', 'false')
    for (const chart of ['chart-received', 'chart-share', 'chart-response-times']) {
      await expect(dashboard.getByTestId(chart).locator('svg.recharts-surface')).toBeVisible()
    }
    // The demo mailbox has messages: bars are drawn, one share bar per window (7, 30, 90 days).
    await expect(
      dashboard.getByTestId('chart-received').locator('.recharts-bar-rectangle').first(),
    ).toBeVisible()
    await expect(
      dashboard.getByTestId('chart-share').locator('.recharts-xAxis .recharts-cartesian-axis-tick'),
    ).toHaveCount(3)
    await expect(dashboard.getByTestId('metric-share')).toContainText(/%|Aucune/)
    await expect(dashboard.getByTestId('metric-overdue')).toHaveText(/\d/)
    await expect(dashboard.getByTestId('metric-median')).toBeVisible()

    await expect(dashboard.getByTestId('dashboard-range-30')).toHaveAttribute('aria-pressed', 'true')
    await dashboard.getByTestId('dashboard-range-7').click()
    await expect(dashboard.getByTestId('dashboard-range-7')).toHaveAttribute('aria-pressed', 'true')
    await expect(dashboard).toHaveAttribute('data-loading', 'false')
    await expect(
      dashboard.getByTestId('chart-received').locator('.recharts-xAxis .recharts-cartesian-axis-tick'),
    ).not.toHaveCount(0)

    await inbox.keyboard.press('Escape')
    await expect(dashboard).toHaveCount(0)
  })

  test('is in English too, and its code (charts) loads only when it is opened', async ({ web, page }) => {
    // The build names the lazy chunk after its module (Dashboard-<hash>.js).
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await page.goto(web.url)
    await expect(page.getByTestId('thread-row').first()).toBeVisible()
    await page.getByTestId('language-select').selectOption('en')
    expect(scripts.filter((url) => /\/Dashboard-[^/]*\.js$/.test(url))).toEqual([])
    await page.getByTestId('open-dashboard').click()
    const dashboard = page.getByTestId('dashboard')
    await expect(dashboard.getByRole('heading', { name: 'Response dashboard' })).toBeVisible()
    expect(scripts.filter((url) => /\/Dashboard-[^/]*\.js$/.test(url))).toHaveLength(1)
    await expect(dashboard.getByTestId('chart-received')).toContainText('Messages received per day')
    await dashboard.getByTestId('dashboard-close').click()
    await expect(dashboard).toHaveCount(0)
  })
})
