/**
 * Settings backend for web mode: a small JSON file beside the store, written atomically. The desktop
 * app uses electron-store instead (electron/main/shell/settings.ts); both implement SettingsBackend.
 */
import { sellerRuleSchema } from '../../../shared/ipc/contract'
import type { Settings, SettingsPatch } from '../../../shared/ipc/contract'
import type { SellerRule } from '../../../shared/policy'
import { SELLER_RULE_LIMITS } from '../../../shared/policy'
import type { SettingsBackend } from './app-types'
import { createJsonFileBackend } from './json-file-backend'

export const DEFAULT_SETTINGS: Settings = { language: 'system', sellerRules: [] }

export function mergeSettings(stored: unknown): Settings {
  const value = typeof stored === 'object' && stored !== null ? (stored as Partial<Settings>) : {}
  return {
    language: value.language === 'fr' || value.language === 'en' ? value.language : 'system',
    sellerRules: sellerRulesOf(value.sellerRules),
  }
}

/** The stored rules that are still valid (the file is the user's to edit: a bad rule is dropped, not fatal). */
function sellerRulesOf(stored: unknown): SellerRule[] {
  if (!Array.isArray(stored)) return []
  const out: SellerRule[] = []
  for (const item of stored.slice(0, SELLER_RULE_LIMITS.rules)) {
    const parsed = sellerRuleSchema.safeParse(item)
    if (parsed.success) out.push(parsed.data)
  }
  return out
}

export function createFileSettings(file: string): SettingsBackend {
  return createJsonFileBackend<Settings, SettingsPatch>(
    file,
    {
      normalise: mergeSettings,
      apply: (current, patch) => mergeSettings({ ...current, ...patch }),
    },
    'settings',
  )
}
