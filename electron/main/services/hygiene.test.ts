/**
 * What the services clean up, refuse or report clearly around the store (issue 11, items 9 and 10):
 * temp and orphan attachment files, a send to a thread that does not exist, a full disk on settings,
 * and names carrying control, invisible or bidi characters.
 */
import fs, {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Result } from '../../../shared/ipc/result'
import { createAppServices } from './app'
import type { AppServices } from './app-types'
import { png } from './attachments/test-fixtures'
import { sha256Hex } from './attachments/store'
import { createFileSettings } from './settings-file'

let dir: string
let app: AppServices | null = null

const open = async (options: { demo?: boolean; attachmentGraceMs?: number } = {}) => {
  app = await createAppServices({
    userDataDir: dir,
    mode: 'web',
    demo: options.demo ?? true,
    settings: createFileSettings(path.join(dir, 'settings.json')),
    version: 'test',
    systemLanguage: 'fr',
    ...(options.attachmentGraceMs !== undefined ? { attachmentGraceMs: options.attachmentGraceMs } : {}),
  })
  return app
}

async function value<T>(pending: Promise<Result<unknown>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'comptoir-hygiene-'))
})
afterEach(async () => {
  vi.restoreAllMocks()
  await app?.close()
  app = null
  rmSync(dir, { recursive: true, force: true })
})

const attachmentsDir = () => path.join(dir, 'attachments')
const hoursAgo = (file: string, hours: number) => {
  const at = new Date(Date.now() - hours * 3_600_000)
  utimesSync(file, at, at)
}

describe('attachment files', () => {
  it('sweeps temp files and collects old orphans at open, keeping referenced and fresh files', async () => {
    await (await open()).close()
    app = null
    const referenced = readdirSync(attachmentsDir()).filter((n) => /^[0-9a-f]{64}$/.test(n))
    expect(referenced.length).toBeGreaterThan(0)
    const temp = path.join(attachmentsDir(), '.tmp-abc-123-deadbeef')
    writeFileSync(temp, 'half a file')
    const oldOrphan = path.join(attachmentsDir(), 'e'.repeat(64))
    const freshOrphan = path.join(attachmentsDir(), 'f'.repeat(64)) // being attached right now
    writeFileSync(oldOrphan, 'nobody uses me')
    writeFileSync(freshOrphan, 'about to be used')
    hoursAgo(oldOrphan, 48)
    for (const id of referenced) hoursAgo(path.join(attachmentsDir(), id), 48)

    const services = await open({ attachmentGraceMs: 3_600_000 })
    await services.idle?.()
    expect(existsSync(temp)).toBe(false)
    expect(existsSync(oldOrphan)).toBe(false)
    expect(existsSync(freshOrphan)).toBe(true)
    for (const id of referenced) expect(existsSync(path.join(attachmentsDir(), id)), id).toBe(true)
  })

  it('a send to a thread that does not exist is refused before any file is stored', async () => {
    const services = await open()
    const before = readdirSync(attachmentsDir()).sort()
    const image = png()
    const result = await services.dispatch('messages:send', [
      {
        threadId: 't_does_not_exist',
        body: 'Voici la photo',
        attachments: [{ name: 'photo.png', dataBase64: Buffer.from(image).toString('base64') }],
      },
    ])
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(readdirSync(attachmentsDir()).sort()).toEqual(before)
    expect(existsSync(path.join(attachmentsDir(), sha256Hex(image)))).toBe(false)
  })

  it('an attachment named "..png" keeps its extension', async () => {
    const services = await open()
    const page = await value<{ threads: { id: string }[] }>(services.dispatch('threads:query', [{}]))
    const detail = await value<{ messages: { attachments: { name: string }[] }[] }>(
      services.dispatch('messages:send', [
        {
          threadId: page.threads[0]!.id,
          body: 'Voici la photo',
          attachments: [{ name: '..png', dataBase64: Buffer.from(png()).toString('base64') }],
        },
      ]),
    )
    expect(detail.messages.at(-1)!.attachments[0]!.name).toMatch(/\.png$/)
  })
})

describe('a full disk on preferences', () => {
  const diskFull = () => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
  }

  it('settings:set answers DISK_FULL and keeps the previous settings', async () => {
    const services = await open()
    vi.spyOn(fs, 'writeFileSync').mockImplementation(diskFull)
    const result = await services.dispatch('settings:set', [{ language: 'en' }])
    expect(result).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } })
    vi.restoreAllMocks()
    expect(await value(services.dispatch('settings:get', []))).toEqual({
      language: 'system',
      sellerRules: [],
    })
  })

  it('notifications:setSettings answers DISK_FULL', async () => {
    const services = await open()
    vi.spyOn(fs, 'writeFileSync').mockImplementation(diskFull)
    const result = await services.dispatch('notifications:setSettings', [{ enabled: false }])
    expect(result).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } })
  })
})

describe('names with control, invisible or bidi characters', () => {
  const sneaky = [
    'Factures\u202Efdp.exe',
    'Urgent\u0000',
    'Re\u200Bmboursé',
    'Ligne\nsuivante',
    '\u2066Isolé\u2069',
  ]

  it('are refused for folders, labels, templates and the owner, with a clear error', async () => {
    const services = await open()
    for (const name of sneaky) {
      const attempts = [
        services.dispatch('folders:create', [name, null]),
        services.dispatch('labels:create', [{ name, color: '#112233', kind: 'free' }]),
        services.dispatch('templates:create', [{ name, language: 'fr', body: 'Bonjour' }]),
        services.dispatch('owner:set', [{ role: 'seller', displayName: name }]),
      ]
      for (const result of await Promise.all(attempts)) {
        expect(result, JSON.stringify(name)).toMatchObject({
          ok: false,
          error: { code: 'BAD_REQUEST', details: { reason: 'name-hidden-characters' } },
        })
      }
    }
    const folders = await value<{ name: string }[]>(services.dispatch('folders:list', []))
    expect(folders.map((f) => f.name).filter((n) => sneaky.includes(n))).toEqual([])
  })

  it('are stripped from a contact name arriving with a thread', async () => {
    mkdirSync(dir, { recursive: true })
    const { MailboxStore } = await import('./store')
    const store = await MailboxStore.open(path.join(dir, 'store'))
    try {
      const thread = await store.createThread({
        subject: 'Question',
        contact: { displayName: 'Ann\u202Ee\u200B Lee', relayAddress: 'ann@relay.example.com' },
      })
      expect(thread.contact.displayName).toBe('Anne Lee')
    } finally {
      await store.close()
    }
  })
})

describe('contact names in an imported mailbox', () => {
  it('lose their invisible and bidi characters', async () => {
    const { MailboxStore } = await import('./store')
    const { fixtureSnapshot } = await import('./store/store-fixtures')
    const store = await MailboxStore.open(path.join(dir, 'store'))
    try {
      const snapshot = fixtureSnapshot()
      snapshot.contacts[0]!.displayName = 'H\u202Eélène\u200B Dupré'
      await store.importSnapshot(snapshot)
      expect(store.getThread('t1').thread.contact.displayName).toBe('Hélène Dupré')
    } finally {
      await store.close()
    }
  })
})

describe('a file being attached right now', () => {
  it('is neither removed by a purge nor collected until its message is saved', async () => {
    const { AttachmentStore } = await import('./attachments')
    const store = new AttachmentStore(attachmentsDir())
    const ref = await store.put(png(), 'photo.png', 'png')
    const release = store.hold([ref.id])
    await store.remove([ref.id]) // a purge of another thread that held the same picture
    expect(await store.collectOrphans(() => false, 0)).toBe(0)
    expect(await store.has(ref.id)).toBe(true)
    release()
    await store.remove([ref.id])
    expect(await store.has(ref.id)).toBe(false)
  })
})
