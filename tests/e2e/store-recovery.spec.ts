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

/** Rewrites, in every partition of the live generation, what `edit` changes. */
function editPartitions(
  storeDir: string,
  edit: (data: Record<string, Array<Record<string, unknown>>>) => void,
) {
  const generation = fs.readdirSync(storeDir).find((name) => /^gen-\d+-n\d+$/.test(name))!
  for (const name of fs.readdirSync(path.join(storeDir, generation))) {
    if (!/^p-\d+\.json$/.test(name)) continue
    const file = path.join(storeDir, generation, name)
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Array<Record<string, unknown>>>
    edit(data)
    fs.writeFileSync(file, JSON.stringify(data))
  }
}

test('a thread with a bad date and a bad currency does not blank the app, even after reload', async ({
  page,
}) => {
  const first = await startWeb()
  await page.goto(first.url)
  await expect(page.getByTestId('thread-row').first()).toBeVisible()
  const query = await page.request.post(`${first.origin}/api/threads:query`, {
    data: [{ limit: 200 }],
    headers: { Authorization: `Bearer ${first.token}` },
  })
  const { value } = (await query.json()) as {
    value: { threads: Array<{ id: string; orderNumber: string | null; subject: string }> }
  }
  const victim = value.threads.find((t) => t.orderNumber !== null)!
  await first.stop()

  editPartitions(path.join(first.dataDir, 'store'), (data) => {
    for (const message of data.messages ?? []) {
      if (message.threadId === victim.id) {
        message.sentAt = 'pas une date'
        message.readAt = '31/02/2025'
      }
    }
    for (const thread of data.threads ?? []) if (thread.id === victim.id) thread.createdAt = 'hier'
    for (const order of data.orders ?? []) {
      if (order.orderNumber !== victim.orderNumber) continue
      order.orderedAt = 'jamais'
      for (const item of order.items as unknown as Array<Record<string, unknown>>) {
        item.currency = 'EURO!'
        item.priceCents = 'beaucoup'
      }
    }
  })

  const second = await startWeb({ dataDir: first.dataDir })
  try {
    // The thread is in the URL: opening the app goes straight to it, as after a reload.
    await page.goto(`${second.url}#/view/inbox?order=${victim.orderNumber}&thread=${victim.id}`)
    const expectUsable = async () => {
      await expect(page.getByTestId('view-inbox')).toBeVisible()
      await expect(page.getByTestId('thread-subject')).toHaveText(victim.subject)
      await expect(page.getByTestId('order-panel')).toBeVisible()
      await expect(page.locator(`[data-testid="thread-row"][data-thread-id="${victim.id}"]`)).toBeVisible()
      await expect(page.getByTestId('message').first()).toBeVisible()
    }
    await expectUsable()
    await page.reload()
    await expectUsable()
    // The store says what it found, in the banner.
    await expect(page.getByTestId('store-warnings')).toContainText(victim.id)
    // In the French UI, only French (the store writes "phrase. / sentence.").
    await expect(page.getByTestId('store-warnings')).not.toContainText(/threads? holds?/)
  } finally {
    await second.stop()
    fs.rmSync(first.dataDir, { recursive: true, force: true })
  }
})
