import { reasonError } from '../ipc/error-details'
import type { NamedThing } from '../ipc/error-details'

/**
 * Characters a name must not carry: C0/C1 controls and DEL, line and paragraph separators, zero-width
 * spaces, invisible operators, BOM, and the bidi marks, embeddings, overrides and isolates that make a
 * name read as another ("Factures<U+202E>fdp.exe" shows as "Facturesexe.pdf"). ZWJ and ZWNJ stay:
 * emoji sequences and some scripts need them. Shared by the store's names and attachment file names.
 */
export const HIDDEN_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g

export function hasHiddenCharacters(text: string): boolean {
  HIDDEN_CHARACTERS.lastIndex = 0
  const found = HIDDEN_CHARACTERS.test(text)
  HIDDEN_CHARACTERS.lastIndex = 0
  return found
}

export function stripHiddenCharacters(text: string): string {
  return text.replace(HIDDEN_CHARACTERS, '')
}

/**
 * A name the user typed (folder, label, owner, template), trimmed: refused when empty, too long or
 * carrying a hidden character, with a reason the renderer words (`name-empty`, `name-too-long`,
 * `name-hidden-characters`).
 */
export function checkedName(value: unknown, what: NamedThing, max = 120): string {
  const name = typeof value === 'string' ? value.trim() : ''
  if (name === '')
    throw reasonError('BAD_REQUEST', `A ${what} name must not be empty.`, { reason: 'name-empty', what })
  if (name.length > max) {
    throw reasonError('BAD_REQUEST', `A ${what} name is longer than ${max} characters.`, {
      reason: 'name-too-long',
      what,
      max,
    })
  }
  if (hasHiddenCharacters(name)) {
    throw reasonError(
      'BAD_REQUEST',
      `A ${what} name contains an invisible, control or text-direction character.`,
      {
        reason: 'name-hidden-characters',
        what,
      },
    )
  }
  return name
}
