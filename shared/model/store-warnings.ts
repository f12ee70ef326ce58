/**
 * What the mailbox store found wrong when it opened, as data. The renderer words these in the user's
 * language (renderer/src/i18n/store-warnings.ts); the CLIs and logs word them themselves
 * (electron/main/services/store/store-warning-lines.ts). Paths are relative to the store folder.
 */

/** How a store file was damaged; `reason` beside it is the developer detail, for CLIs and logs. */
export type FileDamage = 'not-json' | 'wrong-structure'

/** Why the store index (manifest.json) could not be used. */
export type ManifestProblem =
  | { kind: 'damaged'; damage: FileDamage; reason: string; where: string }
  | { kind: 'missing' }
  | { kind: 'names-absent-generation'; generation: string; where: string }

/** What a lost file held: meta.json (folders, labels, owner) or a partition (threads, messages…). */
export type LostContent = 'meta' | 'partition'

export type StoreWarning =
  | { kind: 'manifest-no-data'; storeDir: string; problem: ManifestProblem }
  | {
      kind: 'manifest-rebuilt'
      storeDir: string
      problem: ManifestProblem
      from: string
      keptAside: string[]
      missing: string[]
    }
  | {
      kind: 'file-damaged'
      storeDir: string
      file: string
      damage: FileDamage
      reason: string
      where: string
      lost: LostContent
    }
  | { kind: 'files-missing'; storeDir: string; files: string[]; lost: LostContent }
  | { kind: 'log-damaged'; storeDir: string; file: string; copy: string }
  | {
      kind: 'legacy-damaged'
      storeDir: string
      file: string
      damage: FileDamage
      reason: string
      where: string
    }
  | { kind: 'journal-unreadable'; storeDir: string }
  | { kind: 'invalid-values'; threadIds: string[] }

/** At most ten names, then "(+n)": a warning stays readable with thousands of files. */
export function shortList(names: string[]): string {
  return names.slice(0, 10).join(', ') + (names.length > 10 ? ` (+${names.length - 10})` : '')
}
