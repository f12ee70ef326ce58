/**
 * A failed durable write as the user should hear it. A full disk (or quota) is its own code, which the
 * renderer words in the user's language with what to do; anything else stays a STORE_ERROR that says
 * what was not saved (`details.what`, worded by the renderer). Either way, the caller has kept the
 * previous state.
 */
import { ComptoirError } from '../../../shared/ipc/result'
import { reasonError } from '../../../shared/ipc/error-details'
import type { SavedThing } from '../../../shared/ipc/error-details'

const NO_SPACE = new Set(['ENOSPC', 'EDQUOT'])

export function isNoSpace(error: unknown): boolean {
  return NO_SPACE.has((error as NodeJS.ErrnoException | null)?.code ?? '')
}

export function writeFailure(error: unknown, what: SavedThing): ComptoirError {
  if (error instanceof ComptoirError) return error
  const detail = (error as Error | null)?.message ?? String(error)
  if (isNoSpace(error)) {
    return reasonError('DISK_FULL', `Not saved (${what}): the disk is full, nothing was changed.`, {
      reason: 'disk-full',
      what,
    })
  }
  return reasonError(
    'STORE_ERROR',
    `Not saved (${what}): the write failed (${detail}), nothing was changed.`,
    {
      reason: 'write-failed',
      what,
      detail,
    },
  )
}
