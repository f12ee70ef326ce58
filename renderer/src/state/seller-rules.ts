/**
 * The seller's own policy rules as the renderer knows them: loaded once from the settings, replaced by
 * what main answers after each save. One store, so the composer's live check follows the settings panel
 * at once (main checks the same rules again on send).
 */
import { useSyncExternalStore } from 'react'
import { api, call } from '../bridge'
import type { SellerRule } from '../../../shared/policy'

const EMPTY: readonly SellerRule[] = []
let current: readonly SellerRule[] = EMPTY
let loading: Promise<void> | null = null
const listeners = new Set<() => void>()

function publish(rules: readonly SellerRule[]): void {
  current = rules
  for (const listener of listeners) listener()
}

function ensureLoaded(): void {
  loading ??= call(api.settings.get()).then(
    (settings) => publish(settings.sellerRules),
    () => {
      loading = null // tried again by the next subscriber
    },
  )
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  ensureLoaded()
  return () => listeners.delete(listener)
}

/** The seller's rules (the same array until they change, so checks can cache their compiled form). */
export function useSellerRules(): readonly SellerRule[] {
  return useSyncExternalStore(subscribe, () => current)
}

/** Saves the whole list; the store follows main's answer. Throws the bridge's error. */
export async function saveSellerRules(rules: SellerRule[]): Promise<readonly SellerRule[]> {
  const settings = await call(api.settings.set({ sellerRules: rules }))
  publish(settings.sellerRules)
  return settings.sellerRules
}
