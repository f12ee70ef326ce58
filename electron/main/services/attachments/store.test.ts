import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AttachmentStore } from './store'
import * as fx from './test-fixtures'

let root = ''
let store: AttachmentStore

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'comptoir-store-'))
  store = new AttachmentStore(path.join(root, 'attachments'))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

describe('AttachmentStore', () => {
  it('stores content once under its SHA-256, keeping each sanitised name as data', async () => {
    const bytes = fx.png()
    const first = await store.put(bytes, 'colis abîmé.png', 'png')
    const second = await store.put(bytes, '../../autre\u202enom.png', 'png')
    expect(first).toEqual({
      id: sha256(bytes),
      name: 'colis abîmé.png',
      type: 'png',
      bytes: bytes.byteLength,
    })
    expect(second).toEqual({ ...first, name: 'autrenom.png' })
    expect(await readdir(store.dir)).toEqual([first.id])
    expect(new Uint8Array(await readFile(path.join(store.dir, first.id)))).toEqual(bytes)
  })

  it('deduplicates concurrent puts and leaves no temporary file', async () => {
    const bytes = fx.pdf()
    const refs = await Promise.all([1, 2, 3, 4].map((n) => store.put(bytes, `facture-${n}.pdf`, 'pdf')))
    expect(new Set(refs.map((ref) => ref.id)).size).toBe(1)
    expect(await readdir(store.dir)).toEqual([sha256(bytes)])
    expect(await store.list()).toEqual([sha256(bytes)])
  })

  it('reads back the bytes with the real type and MIME', async () => {
    const cases = [
      [fx.png(), 'png', 'image/png'],
      [fx.jpeg(), 'jpg', 'image/jpeg'],
      [fx.pdf(), 'pdf', 'application/pdf'],
      [fx.docx(), 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [fx.doc(), 'doc', 'application/msword'],
      [fx.utf8Text(), 'txt', 'text/plain; charset=utf-8'],
      [fx.utf16Text(), 'txt', 'text/plain; charset=utf-16le'],
    ] as const
    for (const [bytes, type, mime] of cases) {
      const ref = await store.put(bytes, `fichier.${type}`, type)
      expect(await store.read(ref.id)).toEqual({ bytes: new Uint8Array(bytes), type, mime })
      expect(await store.has(ref.id)).toBe(true)
    }
  })

  it('refuses content that is not of the stated type, or not allowed at all', async () => {
    await expect(store.put(fx.png(), 'photo.pdf', 'pdf')).rejects.toMatchObject({
      code: 'ATTACHMENT_REFUSED',
    })
    await expect(store.put(fx.pe(), 'setup.pdf', 'pdf')).rejects.toMatchObject({
      code: 'ATTACHMENT_REFUSED',
      message: expect.stringContaining('executables are refused') as unknown,
    })
    await expect(store.put(new Uint8Array(), 'vide.txt', 'txt')).rejects.toMatchObject({
      code: 'ATTACHMENT_REFUSED',
    })
    await expect(store.put(fx.png(), 'x.png', 'exe' as 'png')).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    expect(await store.list()).toEqual([])
  })

  it('never reads an arbitrary path: ids must be 64 lower-case hex characters', async () => {
    const ref = await store.put(fx.gif(), 'anim.gif', 'gif')
    for (const bad of [
      '../../etc/passwd',
      ref.id.toUpperCase(),
      `${ref.id}/`,
      ref.id.slice(1),
      '',
      `${ref.id}.png`,
    ]) {
      await expect(store.read(bad)).rejects.toMatchObject({ code: 'BAD_REQUEST' })
      expect(await store.has(bad)).toBe(false)
    }
    expect(await store.read('0'.repeat(64))).toBeNull()
  })

  it('detects a stored file that was altered on disk', async () => {
    const ref = await store.put(fx.png(), 'colis.png', 'png')
    await writeFile(path.join(store.dir, ref.id), fx.gif())
    await expect(store.read(ref.id)).rejects.toMatchObject({ code: 'STORE_ERROR' })
  })

  it('removes files, ignores missing ones, and checks every id before deleting anything', async () => {
    const a = await store.put(fx.png(), 'a.png', 'png')
    const b = await store.put(fx.pdf(), 'b.pdf', 'pdf')
    await expect(store.remove([a.id, '../b'])).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    expect(await store.has(a.id)).toBe(true)

    await store.remove([a.id, '1'.repeat(64)])
    expect(await store.has(a.id)).toBe(false)
    expect(await store.read(a.id)).toBeNull()
    expect(await store.list()).toEqual([b.id])
    await store.remove([])
  })

  it('sweeps temporary files left by an interrupted put', async () => {
    const ref = await store.put(fx.png(), 'a.png', 'png')
    await writeFile(path.join(store.dir, `.tmp-${ref.id}-1-deadbeef`), 'partial')
    expect(await store.list()).toEqual([ref.id])
    expect(await store.sweepTemporaryFiles()).toBe(1)
    expect(await readdir(store.dir)).toEqual([ref.id])
  })
})
