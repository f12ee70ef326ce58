/**
 * Settings backend for web mode: a small JSON file beside the store, written atomically. The desktop
 * app uses electron-store instead (electron/main/shell/settings.ts); both implement SettingsBackend.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Settings, SettingsPatch } from '../../../shared/ipc/contract'
import type { SettingsBackend } from './app-types'

export const DEFAULT_SETTINGS: Settings = { language: 'system', role: null }

export function mergeSettings(stored: unknown): Settings {
  const value = typeof stored === 'object' && stored !== null ? (stored as Partial<Settings>) : {}
  return {
    language: value.language === 'fr' || value.language === 'en' ? value.language : 'system',
    role: value.role === 'seller' || value.role === 'buyer' ? value.role : null,
  }
}

export function createFileSettings(file: string): SettingsBackend {
  let current = DEFAULT_SETTINGS
  try {
    current = mergeSettings(JSON.parse(fs.readFileSync(file, 'utf8')))
  } catch {
    // Missing or unreadable settings fall back to defaults; the store is unaffected.
  }
  return {
    get: () => current,
    set(patch: SettingsPatch) {
      current = mergeSettings({ ...current, ...patch })
      fs.mkdirSync(path.dirname(file), { recursive: true })
      const tmp = `${file}.${process.pid}.tmp`
      fs.writeFileSync(tmp, JSON.stringify(current, null, 2))
      fs.renameSync(tmp, file)
      return current
    },
  }
}
