/**
 * A crash can leave a store file cut short. The app must still open, show everything it could read,
 * say plainly that something was damaged, and keep the damaged file aside (never delete it).
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, startWeb, test } from './fixtures'

/** The largest partition file of the live generation: the one most likely to hold threads. */
function largestPartition(storeDir: string): string {
  const generation = fs
    .readdirSync(storeDir)
    .filter((name) => name.startsWith('gen-'))
    .map((name) => path.join(storeDir, name))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0]!
  return fs
    .readdirSync(generation)
    .filter((name) => /^p-\d+\.json$/.test(name))
    .map((name) => path.join(generation, name))
    .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0]!
}

test('a partition truncated by a crash: the rest opens and a banner says what happened', async ({ page }) => {
  const first = await startWeb()
  await page.goto(first.url)
  await expect(page.getByTestId('thread-row').first()).toBeVisible()
  await expect(page.getByTestId('store-warnings')).toHaveCount(0)
  await first.stop()

  const victim = largestPartition(path.join(first.dataDir, 'store'))
  const bytes = fs.readFileSync(victim)
  const lost = (JSON.parse(bytes.toString('utf8')) as { threads: Array<{ id: string }> }).threads.map(
    (t) => t.id,
  )
  expect(lost.length).toBeGreaterThan(0)
  fs.writeFileSync(victim, bytes.subarray(0, Math.floor(bytes.length / 2)))

  const second = await startWeb({ dataDir: first.dataDir })
  try {
    await page.goto(second.url)
    const banner = page.getByTestId('store-warnings')
    await expect(banner).toBeVisible()
    await expect(banner).toContainText('endommagés')
    await expect(banner).toContainText(path.basename(victim))
    await expect(page.getByTestId('thread-row').first()).toBeVisible()
    await expect(page.getByTestId('thread-list')).toHaveAttribute('data-loading', 'false')
    // Exactly the threads of the damaged file are missing; the others open.
    const get = async (id: string) =>
      (await (
        await page.request.post(`${second.origin}/api/threads:get`, {
          data: [id],
          headers: { Authorization: `Bearer ${second.token}` },
        })
      ).json()) as {
        ok: boolean
      }
    for (const id of lost) expect((await get(id)).ok, id).toBe(false)
    const shown = (await page.getByTestId('thread-row').first().getAttribute('data-thread-id')) ?? ''
    expect((await get(shown)).ok).toBe(true)
    // The damaged file was set aside for recovery, not deleted.
    const damaged = path.join(first.dataDir, 'store', 'damaged')
    expect(fs.readdirSync(damaged).some((name) => name.includes(path.basename(victim, '.json')))).toBe(true)
  } finally {
    await second.stop()
    fs.rmSync(first.dataDir, { recursive: true, force: true })
  }
})
