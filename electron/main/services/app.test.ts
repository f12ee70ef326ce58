/**
 * The composition root wired end to end in plain Node: what the desktop shell and the web harness
 * both run. These tests go through `dispatch` with untyped arguments, as a window would.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Result } from '../../../shared/ipc/result'
import type { ThreadDetail } from '../../../shared/model/mailbox'
import type { ThreadPage } from '../../../shared/model/query'
import { createAppServices } from './app'
import type { AppServices } from './app-types'
import { createFileSettings } from './settings-file'

let dir: string
let app: AppServices

async function value<T>(pending: Promise<Result<unknown>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

async function allThreads(): Promise<ThreadDetail[]> {
  const details: ThreadDetail[] = []
  // No view: every thread neither trashed nor blocked (archived and filed ones included).
  for (const query of [{}, { view: 'trash' }, { view: 'blocked' }]) {
    const page = await value<ThreadPage>(app.dispatch('threads:query', [{ ...query, limit: 500 }]))
    for (const item of page.threads) {
      details.push(await value<ThreadDetail>(app.dispatch('threads:get', [item.id])))
    }
  }
  return [...new Map(details.map((d) => [d.thread.id, d])).values()]
}

/** Attachment id → ids of the threads whose messages reference it. */
function blobUsers(threads: ThreadDetail[]): Map<string, Set<string>> {
  const users = new Map<string, Set<string>>()
  for (const detail of threads) {
    for (const message of detail.messages) {
      for (const ref of message.attachments) {
        const set = users.get(ref.id) ?? new Set<string>()
        set.add(detail.thread.id)
        users.set(ref.id, set)
      }
    }
  }
  return users
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'comptoir-app-'))
  app = await createAppServices({
    userDataDir: dir,
    mode: 'web',
    demo: true,
    settings: createFileSettings(path.join(dir, 'settings.json')),
    version: 'test',
    systemLanguage: 'fr',
  })
})

afterEach(async () => {
  await app.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('app services', () => {
  it('purging the last thread that uses an attachment deletes its file; other files stay', async () => {
    const users = blobUsers(await allThreads())
    const [blobId, threadIds] = [...users].find(([, ids]) => ids.size === 1) ?? []
    expect(blobId, 'the demo holds an attachment used by one thread').toBeDefined()
    const threadId = [...threadIds!][0]!
    const blobFile = path.join(dir, 'attachments', blobId!)
    const others = [...users.keys()].filter((id) => id !== blobId)
    expect(existsSync(blobFile)).toBe(true)

    await value(app.dispatch('threads:trash', [[threadId], true]))
    expect(existsSync(blobFile), 'trash keeps the file: the thread can be restored').toBe(true)

    await value(app.dispatch('threads:purge', [[threadId]]))
    expect(existsSync(blobFile)).toBe(false)
    expect(await app.readAttachment(blobId!)).toBeNull()
    for (const other of others) expect(existsSync(path.join(dir, 'attachments', other))).toBe(true)
    const gone = await app.dispatch('threads:get', [threadId])
    expect(gone.ok).toBe(false)
  })

  it('records the owner (role and name); a blank name or an unknown role is refused', async () => {
    expect(await value(app.dispatch('owner:get', []))).toEqual({
      role: 'seller',
      displayName: expect.any(String),
    })
    const owner = { role: 'buyer', displayName: 'Léa Martin' }
    expect(await value(app.dispatch('owner:set', [owner]))).toEqual(owner)
    expect(await value(app.dispatch('owner:get', []))).toEqual(owner)
    const blank = await app.dispatch('owner:set', [{ role: 'buyer', displayName: '   ' }])
    expect(blank).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    const unknownRole = await app.dispatch('owner:set', [{ role: 'admin', displayName: 'x' }])
    expect(unknownRole).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect(await value(app.dispatch('owner:get', []))).toEqual(owner)
  })

  it('loading the demo after the first-run choice keeps the owner chosen', async () => {
    const emptyDir = mkdtempSync(path.join(os.tmpdir(), 'comptoir-app-empty-'))
    const fresh = await createAppServices({
      userDataDir: emptyDir,
      mode: 'web',
      settings: createFileSettings(path.join(emptyDir, 'settings.json')),
      version: 'test',
      systemLanguage: 'en',
    })
    try {
      expect(await value(fresh.dispatch('app:info', []))).toMatchObject({ firstRun: true })
      const owner = { role: 'buyer', displayName: 'Sam Carter' }
      await value(fresh.dispatch('owner:set', [owner]))
      // Starting empty is remembered: the first-run screen does not come back.
      expect(await value(fresh.dispatch('app:info', []))).toMatchObject({ firstRun: false, owner })
      expect(await value(fresh.dispatch('app:loadDemo', []))).toMatchObject({ threads: expect.any(Number) })
      expect(await value(fresh.dispatch('owner:get', []))).toEqual(owner)
    } finally {
      await fresh.close()
      rmSync(emptyDir, { recursive: true, force: true })
    }
  })

  it('rejects a malformed payload with a clear error and changes nothing', async () => {
    const before = (await allThreads()).length
    const result = await app.dispatch('threads:purge', ['not-a-list'])
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } })
    expect((await allThreads()).length).toBe(before)
  })
})
