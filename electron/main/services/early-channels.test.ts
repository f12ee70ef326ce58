/**
 * The app opens its store early: what the user asks for while the bodies are still being read (a
 * thread's messages, a keyword search, the dashboard) answers once they are read, never with an error,
 * and the first screen (lists, counts) answers at once. The warnings banner learns what the bodies'
 * read found (a file damaged since the last close).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Result } from '../../../shared/ipc/result'
import type { ThreadDetail } from '../../../shared/model/mailbox'
import type { ThreadPage, ViewCounts } from '../../../shared/model/query'
import type { StoreWarning } from '../../../shared/model/store-warnings'
import { createAppServices } from './app'
import type { AppServices } from './app-types'
import { waitForBodies } from './early-channels'
import type { Handlers } from './router'
import { createFileSettings } from './settings-file'
import { partitionOf, partitionPath } from './store/layout'
import { MailboxStore } from './store/mailbox-store'
import { isManifest } from './store/schema'

let dir: string

async function value<T>(pending: Promise<Result<unknown>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

const openApp = (earlyOpen: boolean, demo = false) =>
  createAppServices({
    userDataDir: dir,
    mode: 'web',
    demo,
    settings: createFileSettings(path.join(dir, 'settings.json')),
    version: 'test',
    systemLanguage: 'fr',
    mailSync: false,
    earlyOpen,
  })

/** What the user sees of the mailbox: the Inbox, a thread, a search, the counts. */
async function userView(app: AppServices) {
  const inbox = await value<ThreadPage>(app.dispatch('threads:query', [{ view: 'inbox' }]))
  const id = inbox.threads[0]!.id
  return {
    inbox,
    thread: await value<ThreadDetail>(app.dispatch('threads:get', [id])),
    search: await value<ThreadPage>(app.dispatch('threads:query', [{ keywords: 'commande' }])),
    counts: await value<ViewCounts>(app.dispatch('threads:counts', [])),
  }
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'comptoir-early-'))
  // The demo mailbox, closed once: the thread summaries an early open reads are written.
  const app = await openApp(false, true)
  await app.close()
})

afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('the app opening its store early', () => {
  it('answers a thread and a search asked before the bodies are read once they are, the sidebar at once', async () => {
    const store = await MailboxStore.open(path.join(dir, 'store'), { early: true })
    try {
      // Still reading: the store itself refuses; the channels wait instead.
      const inbox = store.query({ view: 'inbox' })
      const id = inbox.threads[0]!.id
      expect(() => store.getThread(id)).toThrow(/still being read/)
      const handlers = waitForBodies(
        {
          'threads:get': (threadId: string) => store.getThread(threadId),
          'threads:query': (query: Parameters<MailboxStore['query']>[0]) => store.query(query),
          'threads:counts': () => store.counts(),
        } as unknown as Handlers,
        () => store.loaded,
      )
      const order: string[] = []
      const thread = Promise.resolve(handlers['threads:get'](id)).finally(() => order.push('thread'))
      const search = Promise.resolve(handlers['threads:query']({ keywords: 'commande' }))
      const counts = Promise.resolve(handlers['threads:counts']()).finally(() => order.push('counts'))
      const page = handlers['threads:query']({ view: 'inbox' }) as ThreadPage
      expect(page.threads.map((t) => t.id)).toEqual(inbox.threads.map((t) => t.id)) // at once
      const [detail, found] = await Promise.all([thread, search, counts])
      expect(order).toEqual(['counts', 'thread']) // the sidebar did not wait for the bodies
      expect(detail.messages.length).toBeGreaterThan(0)
      expect((found as ThreadPage).total).toBeGreaterThan(0)
    } finally {
      await store.close()
    }
  })

  it('shows the user the same mailbox as a full open, without an error', async () => {
    const full = await openApp(false)
    const expected = await userView(full)
    await full.close()
    const early = await openApp(true)
    try {
      expect(await userView(early)).toEqual(expected)
      await expect(
        value(early.dispatch('dashboard:metrics', [{ days: 30, timeZone: 'Europe/Paris' }])),
      ).resolves.toBeDefined()
    } finally {
      await early.close()
    }
  })

  it('tells the warnings banner what the bodies’ read found', async () => {
    const storeDir = path.join(dir, 'store')
    const manifest: unknown = JSON.parse(await readFile(path.join(storeDir, 'manifest.json'), 'utf8'))
    if (!isManifest(manifest)) throw new Error('no manifest')
    const full = await openApp(false)
    const inbox = await value<ThreadPage>(full.dispatch('threads:query', [{ view: 'inbox' }]))
    await full.close()
    const victim = inbox.threads[0]!.id
    await writeFile(partitionPath(storeDir, manifest, partitionOf(victim, manifest.partitionCount)), '{"thr')
    const early = await openApp(true)
    try {
      // Waiting for a thread waits for the bodies; app:info then names the damaged file.
      await early.dispatch('threads:get', [victim])
      const info = await value<{ storeWarnings: StoreWarning[] }>(early.dispatch('app:info', []))
      expect(info.storeWarnings.map((w) => w.kind)).toContain('file-damaged')
    } finally {
      await early.close()
    }
  })
})
