/**
 * The app's handle on its store that survives a restore: every service holds this one object, and a
 * restore closes the real store (releasing its lock), lets the restore switch the files, then opens
 * the restored store behind the same handle, change listeners carried over.
 */
import { MailboxStore } from './mailbox-store'
import type { ChangeListener, MailboxStoreOptions } from './mailbox-store'

export interface SwappableStore {
  store: MailboxStore
  /** Runs `work` with the store closed, then reopens it (even if `work` failed). */
  whileClosed<T>(work: () => Promise<T>): Promise<T>
}

export async function openSwappableStore(dir: string, options: MailboxStoreOptions): Promise<SwappableStore> {
  let current = await MailboxStore.open(dir, options)
  const listeners = new Set<ChangeListener>()
  const unsubscribers = new Map<ChangeListener, () => void>()
  const subscribe = (listener: ChangeListener) => unsubscribers.set(listener, current.onChange(listener))
  const store = new Proxy({} as MailboxStore, {
    get(_target, property) {
      if (property === 'onChange')
        return (listener: ChangeListener) => {
          listeners.add(listener)
          subscribe(listener)
          return () => {
            listeners.delete(listener)
            unsubscribers.get(listener)?.()
            unsubscribers.delete(listener)
          }
        }
      const value = Reflect.get(current, property, current) as unknown
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current) : value
    },
  })
  return {
    store,
    async whileClosed(work) {
      await current.close()
      try {
        return await work()
      } finally {
        current = await MailboxStore.open(dir, options)
        for (const listener of listeners) subscribe(listener)
      }
    },
  }
}
