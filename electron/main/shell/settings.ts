/**
 * Desktop preferences in electron-store (`<userData>/preferences.json`): the user's settings (the
 * services' SettingsBackend) and the window state. Values are validated on every read, since the file
 * is the user's to edit; a damaged file is replaced by defaults rather than stopping the app.
 * Create only after `app.setPath('userData', …)`.
 */
import Store from 'electron-store'
import type { Settings, SettingsPatch } from '../../../shared/ipc/contract'
import type { SettingsBackend } from '../services/app-types'
import { DEFAULT_SETTINGS, mergeSettings } from '../services/settings-file'
import { parseSavedState } from './bounds'
import type { SavedWindowState } from './bounds'

interface Preferences {
  settings: Settings
  window?: SavedWindowState
}

export interface ShellPreferences {
  settings: SettingsBackend
  windowState(): SavedWindowState | null
  saveWindowState(state: SavedWindowState): void
}

export function openPreferences(): ShellPreferences {
  const store = new Store<Preferences>({
    name: 'preferences',
    defaults: { settings: DEFAULT_SETTINGS },
    clearInvalidConfig: true,
  })
  const current = () => mergeSettings(store.get('settings'))
  return {
    settings: {
      get: current,
      set(patch: SettingsPatch) {
        const next = mergeSettings({ ...current(), ...patch })
        store.set('settings', next)
        return next
      },
    },
    windowState: () => parseSavedState(store.get('window')),
    saveWindowState: (state) => store.set('window', state),
  }
}
