import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  TEMP_PREFIX,
  renameDurably,
  writeAndSync,
  writeFileDurably,
  writeFileDurablySync,
  writeFilesDurably,
} from './durable-write'

const dirs: string[] = []
const tmpDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-durable-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('one durable write for settings, secrets, the Outbox and the blob stores', () => {
  it('replaces a file whole and leaves no temporary file behind', async () => {
    const dir = tmpDir()
    const file = path.join(dir, 'outbox.json')
    await writeFileDurably(file, '["old"]')
    await writeFileDurably(file, '["new"]')
    writeFileDurablySync(path.join(dir, 'settings.json'), '{}')
    expect(fs.readFileSync(file, 'utf8')).toBe('["new"]')
    expect(fs.readdirSync(dir).sort()).toEqual(['outbox.json', 'settings.json'])
  })

  it('gives the store its steps: a synced write that refuses a shared path unless told to replace it', async () => {
    const dir = tmpDir()
    const temp = path.join(dir, 'part.json.1-1.tmp')
    await writeAndSync(temp, 'left by an earlier process')
    await expect(writeAndSync(temp, 'new')).rejects.toThrow(expect.objectContaining({ code: 'EEXIST' }))
    await writeAndSync(temp, 'new', { overwrite: true })
    await renameDurably(temp, path.join(dir, 'part.json'))
    expect(fs.readdirSync(dir)).toEqual(['part.json'])
    expect(fs.readFileSync(path.join(dir, 'part.json'), 'utf8')).toBe('new')
  })

  it('creates a private file private from the start, and its folder when asked', async () => {
    const dir = path.join(tmpDir(), 'mail')
    const file = path.join(dir, 'secret')
    await writeFileDurably(file, 's3cret', { mode: 0o600, createFolder: { mode: 0o700 } })
    if (process.platform !== 'win32') {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600)
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700)
    }
  })

  it('keeps the old content when the write fails, and removes its temporary file', async () => {
    const dir = tmpDir()
    const file = path.join(dir, 'settings.json')
    await writeFileDurably(file, 'old')
    // A folder where the file should go: the rename fails after the temporary file was written.
    const blocked = path.join(dir, 'blocked')
    fs.mkdirSync(path.join(blocked, 'inside'), { recursive: true })
    await expect(writeFileDurably(blocked, 'new')).rejects.toThrow()
    expect(() => writeFileDurablySync(blocked, 'new')).toThrow()
    expect(fs.readFileSync(file, 'utf8')).toBe('old')
    expect(fs.readdirSync(dir).filter((name) => name.startsWith(TEMP_PREFIX))).toEqual([])
  })

  it('writes many blobs at once, or leaves no temporary file when one cannot go', async () => {
    const dir = tmpDir()
    await writeFilesDurably(dir, [
      { name: 'a', content: new Uint8Array([1]) },
      { name: 'b', content: new Uint8Array([2]) },
    ])
    expect(fs.readdirSync(dir).sort()).toEqual(['a', 'b'])
    fs.mkdirSync(path.join(dir, 'c', 'inside'), { recursive: true })
    await expect(
      writeFilesDurably(dir, [
        { name: 'c', content: 'x' },
        { name: 'd', content: 'y' },
      ]),
    ).rejects.toThrow()
    expect(fs.readdirSync(dir).filter((name) => name.startsWith(TEMP_PREFIX))).toEqual([])
  })
})
