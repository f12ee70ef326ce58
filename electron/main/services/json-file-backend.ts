/**
 * A small preferences object kept in a JSON file beside the store (web mode and tests; the desktop app
 * uses electron-store). Reads are from memory; each change is written durably (durable-write.ts) so a
 * crash leaves either the old or the new file, never half of one.
 */
import fs from 'node:fs'
import { writeFileDurablySync } from './durable-write'
import { writeFailure } from './write-errors'
import type { SavedThing } from '../../../shared/ipc/error-details'

export interface JsonFileBackend<T, P> {
  get(): T
  set(patch: P): T
}

export function createJsonFileBackend<T, P>(
  file: string,
  rules: { normalise: (stored: unknown) => T; apply: (current: T, patch: P) => T },
  what: SavedThing = 'preferences',
): JsonFileBackend<T, P> {
  let current = rules.normalise(undefined)
  try {
    current = rules.normalise(JSON.parse(fs.readFileSync(file, 'utf8')))
  } catch {
    // Missing or unreadable preferences fall back to defaults; the store is unaffected.
  }
  return {
    get: () => current,
    set(patch) {
      const next = rules.apply(current, patch)
      try {
        writeFileDurablySync(file, JSON.stringify(next, null, 2), { createFolder: {} })
      } catch (error) {
        throw writeFailure(error, what) // memory keeps the previous value, as the file does
      }
      current = next
      return current
    },
  }
}
