import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'

export type AsyncState<T> =
  | { status: 'loading'; value: T | undefined }
  | { status: 'ready'; value: T }
  | { status: 'error'; value: T | undefined; error: Error }

interface Settled<T> {
  key: string | null
  value: T | undefined
  error: Error | null
}

/**
 * Runs `load` whenever `key` changes (and on `reload()`), keeping the previous value while loading so
 * the screen never flashes empty. Answers for an earlier key are dropped. "Loading" is derived (the
 * last settled key is not the current one) rather than set, so no state changes during an effect.
 */
export function useAsync<T>(load: () => Promise<T>, key: string): [AsyncState<T>, () => void] {
  const [generation, setGeneration] = useState(0)
  const [settled, setSettled] = useState<Settled<T>>({ key: null, value: undefined, error: null })
  const loadRef = useRef(load)
  useLayoutEffect(() => {
    loadRef.current = load
  })
  const current = `${key}#${generation}`
  useEffect(() => {
    let stale = false
    loadRef.current().then(
      (value) => !stale && setSettled({ key: current, value, error: null }),
      (error: unknown) =>
        !stale &&
        setSettled((previous) => ({
          key: current,
          value: previous.value,
          error: error instanceof Error ? error : new Error(String(error)),
        })),
    )
    return () => {
      stale = true
    }
  }, [current])
  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  let state: AsyncState<T>
  if (settled.key !== current) state = { status: 'loading', value: settled.value }
  else if (settled.error) state = { status: 'error', value: settled.value, error: settled.error }
  else state = { status: 'ready', value: settled.value as T }
  return [state, reload]
}
