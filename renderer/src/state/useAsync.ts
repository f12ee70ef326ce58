import { useCallback, useEffect, useRef, useState } from 'react'

export type AsyncState<T> =
  | { status: 'loading'; value: T | undefined }
  | { status: 'ready'; value: T }
  | { status: 'error'; value: T | undefined; error: Error }

/**
 * Runs `load` whenever `key` changes (and on `reload()`), keeping the previous value while loading so
 * the screen never flashes empty. Stale answers from an earlier key are dropped.
 */
export function useAsync<T>(load: () => Promise<T>, key: string): [AsyncState<T>, () => void] {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading', value: undefined })
  const [generation, setGeneration] = useState(0)
  const latest = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load
  useEffect(() => {
    const run = ++latest.current
    setState((previous) => ({ status: 'loading', value: previous.value }))
    loadRef.current().then(
      (value) => run === latest.current && setState({ status: 'ready', value }),
      (error: unknown) =>
        run === latest.current &&
        setState((previous) => ({
          status: 'error',
          value: previous.value,
          error: error instanceof Error ? error : new Error(String(error)),
        })),
    )
  }, [key, generation])
  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  return [state, reload]
}
