/**
 * Settings backend for web mode: a small JSON file beside the store, written atomically. The desktop
 * app uses electron-store instead (electron/main/shell/settings.ts); both implement SettingsBackend.
 */
import type { Settings, SettingsPatch } from '../../../shared/ipc/contract'
import type { SettingsBackend } from './app-types'
import { createJsonFileBackend } from './json-file-backend'

export const DEFAULT_SETTINGS: Settings = { language: 'system' }

export function mergeSettings(stored: unknown): Settings {
  const value = typeof stored === 'object' && stored !== null ? (stored as Partial<Settings>) : {}
  return {
    language: value.language === 'fr' || value.language === 'en' ? value.language : 'system',
  }
}

export function createFileSettings(file: string): SettingsBackend {
  return createJsonFileBackend<Settings, SettingsPatch>(
    file,
    {
      normalise: mergeSettings,
      apply: (current, patch) => mergeSettings({ ...current, ...patch }),
    },
    { fr: 'Réglages non enregistrés', en: 'Settings not saved' },
  )
}
