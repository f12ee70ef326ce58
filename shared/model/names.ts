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

/** The refusal shown when a name typed by the user carries one (French, then English). */
export function hiddenCharacterMessage(what: { fr: string; en: string }): string {
  return (
    `${what.fr} contient un caractère invisible, de contrôle ou d’inversion de sens d’écriture ; retapez-le. / ` +
    `${what.en} contains an invisible, control or text-direction character; please type it again.`
  )
}
