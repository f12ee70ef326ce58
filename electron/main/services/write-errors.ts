/**
 * A failed durable write as the user should hear it. A full disk (or quota) is its own code, which the
 * renderer words in the user's language with what to do; anything else stays a STORE_ERROR with a
 * message that says what was not saved. Either way, the caller has kept the previous state.
 */
import { ComptoirError } from '../../../shared/ipc/result'

const NO_SPACE = new Set(['ENOSPC', 'EDQUOT'])

export function isNoSpace(error: unknown): boolean {
  return NO_SPACE.has((error as NodeJS.ErrnoException | null)?.code ?? '')
}

export function writeFailure(error: unknown, what: { fr: string; en: string }): ComptoirError {
  if (error instanceof ComptoirError) return error
  const detail = (error as Error | null)?.message ?? String(error)
  if (isNoSpace(error)) {
    return new ComptoirError(
      'DISK_FULL',
      `${what.fr} : le disque est plein, rien n’a été modifié. Libérez de la place puis réessayez. / ` +
        `${what.en}: the disk is full, nothing was changed. Free some space, then try again.`,
    )
  }
  return new ComptoirError(
    'STORE_ERROR',
    `${what.fr} : l’écriture a échoué (${detail}), rien n’a été modifié. / ` +
      `${what.en}: the write failed (${detail}), nothing was changed.`,
  )
}
