import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFileSettings } from './settings-file'

const tmpFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-settings-')), 'settings.json')

describe('preferences in a JSON file (web mode)', () => {
  it('keeps a change across restarts', () => {
    const file = tmpFile()
    createFileSettings(file).set({ language: 'en', sellerRules: [] })
    expect(createFileSettings(file).get()).toEqual({ language: 'en', sellerRules: [] })
    expect(fs.readdirSync(path.dirname(file))).toEqual(['settings.json'])
  })

  it('falls back to defaults on a damaged file instead of failing to start', () => {
    const file = tmpFile()
    fs.writeFileSync(file, '{"language": "en", "ro')
    expect(createFileSettings(file).get()).toEqual({ language: 'system', sellerRules: [] })
    fs.writeFileSync(file, '{"language": "klingon", "role": "admin"}')
    expect(createFileSettings(file).get()).toEqual({ language: 'system', sellerRules: [] })
  })
})
