/**
 * The words for what the store found wrong when it opened (shared/model/store-warnings.ts), in both
 * languages, and the one function that assembles them. Merged into fr.ts / en.ts under
 * `errors.opening`; typed by the shared unions, so a warning added in main without words here does
 * not compile.
 */
import type { TFunction } from 'i18next'
import { shortList } from '../../../shared/model/store-warnings'
import type {
  FileDamage,
  LostContent,
  ManifestProblem,
  StoreWarning,
} from '../../../shared/model/store-warnings'

type Counted<K extends string> = `${K}_one` | `${K}_other`
type WarningKey =
  | Exclude<StoreWarning['kind'], 'files-missing' | 'invalid-values'>
  | Counted<'files-missing'>
  | Counted<'invalid-values'>
  | 'rebuilt-kept'
  | Counted<'rebuilt-missing'>

export interface StoreWarningWords {
  warnings: Record<WarningKey, string>
  manifest: Record<ManifestProblem['kind'], string>
  lost: Record<LostContent, string>
  /** How a file was damaged (the parser's own words stay in the logs). */
  damage: Record<FileDamage, string>
}

export const storeWarningWordsFr: StoreWarningWords = {
  warnings: {
    'manifest-no-data':
      '{{problem}} ; aucune donnée n’a été trouvée dans {{storeDir}} : une boîte vide a été ouverte.',
    'manifest-rebuilt': '{{problem}} ; il a été reconstruit depuis {{from}}, rien n’a été supprimé.',
    'rebuilt-kept': 'Les autres dossiers de génération sont conservés sous {{names}}.',
    'rebuilt-missing_one':
      'Fichier absent : {{names}} ; ce qu’il contenait (conversations, messages, contacts, ou dossiers et étiquettes pour meta.json) manque, sauf s’il était vide.',
    'rebuilt-missing_other':
      'Fichiers absents : {{names}} ; ce qu’ils contenaient (conversations, messages, contacts, ou dossiers et étiquettes pour meta.json) manque, sauf s’ils étaient vides.',
    'file-damaged':
      'Fichier de la boîte endommagé : {{file}} ({{damage}}), mis de côté sous {{where}} dans {{storeDir}} ; {{lost}}. Le reste de la boîte s’est ouvert normalement.',
    'files-missing_one':
      'Fichier de la boîte introuvable dans {{storeDir}} : {{names}} ; {{lost}}. Le reste de la boîte s’est ouvert normalement.',
    'files-missing_other':
      'Fichiers de la boîte introuvables dans {{storeDir}} : {{names}} ; {{lost}}. Le reste de la boîte s’est ouvert normalement.',
    'log-damaged':
      'Le journal des modifications {{file}} est endommagé dans {{storeDir}} : les modifications écrites après l’endroit abîmé manquent ; une copie est conservée sous {{copy}}. Le reste de la boîte s’est ouvert normalement.',
    'legacy-damaged':
      'Le fichier {{file}} d’une version antérieure est endommagé ({{damage}}) ; mis de côté sous {{where}} dans {{storeDir}}, une boîte vide a été ouverte.',
    'journal-unreadable':
      'Un journal d’écriture inachevé dans {{storeDir}} était illisible : la modification qu’il décrivait n’a pas été appliquée.',
    'invalid-values_one':
      '{{count}} conversation contient une date ou un montant invalide ({{names}}) : elle s’affiche avec « date inconnue » ou « — », ses données sont conservées telles quelles.',
    'invalid-values_other':
      '{{count}} conversations contiennent une date ou un montant invalide ({{names}}) : elles s’affichent avec « date inconnue » ou « — », leurs données sont conservées telles quelles.',
  },
  manifest: {
    damaged:
      'L’index manifest.json était endommagé ({{damage}}), mis de côté sous {{where}} dans {{storeDir}}',
    missing: 'L’index manifest.json manquait dans {{storeDir}}',
    'names-absent-generation':
      'L’index manifest.json désigne {{generation}}, qui n’existe pas (mis de côté sous {{where}})',
  },
  lost: {
    meta: 'les dossiers, les étiquettes et le propriétaire qu’il contenait manquent',
    partition: 'les conversations, messages et contacts qu’il contenait manquent tant qu’il n’est pas réparé',
  },
  damage: {
    'not-json': 'illisible, probablement tronqué',
    'wrong-structure': 'lisible mais sans la structure attendue',
  },
}

export const storeWarningWordsEn: StoreWarningWords = {
  warnings: {
    'manifest-no-data': '{{problem}}; no data was found in {{storeDir}}, so an empty mailbox was opened.',
    'manifest-rebuilt': '{{problem}}; it was rebuilt from {{from}}, nothing was deleted.',
    'rebuilt-kept': 'The other generation folders were kept as {{names}}.',
    'rebuilt-missing_one':
      '{{names}} is missing: what it held (threads, messages, contacts, or folders and labels for meta.json) is missing, unless it was empty.',
    'rebuilt-missing_other':
      '{{names}} are missing: what they held (threads, messages, contacts, or folders and labels for meta.json) is missing, unless they were empty.',
    'file-damaged':
      'Damaged store file {{file}} ({{damage}}) was set aside as {{where}} in {{storeDir}}; {{lost}}. The rest of the mailbox opened normally.',
    'files-missing_one':
      'Store file {{names}} is missing from {{storeDir}}; {{lost}}. The rest of the mailbox opened normally.',
    'files-missing_other':
      'Store files {{names}} are missing from {{storeDir}}; {{lost}}. The rest of the mailbox opened normally.',
    'log-damaged':
      'The change log {{file}} in {{storeDir}} is damaged: the changes written after the damaged place are missing; a copy was kept as {{copy}}. The rest of the mailbox opened normally.',
    'legacy-damaged':
      'The mailbox file {{file}} of an earlier version is damaged ({{damage}}); it was set aside as {{where}} in {{storeDir}} and an empty mailbox was opened.',
    'journal-unreadable':
      'An unfinished commit journal in {{storeDir}} was unreadable; the change it described was not applied.',
    'invalid-values_one':
      '{{count}} thread holds an invalid date or amount ({{names}}); it shows as “unknown date” or “—”, and its data is kept as it is.',
    'invalid-values_other':
      '{{count}} threads hold an invalid date or amount ({{names}}); they show as “unknown date” or “—”, and their data is kept as it is.',
  },
  manifest: {
    damaged:
      'The store index manifest.json was damaged ({{damage}}) and set aside as {{where}} in {{storeDir}}',
    missing: 'The store index manifest.json was missing in {{storeDir}}',
    'names-absent-generation':
      'The store index manifest.json names {{generation}}, which does not exist (set aside as {{where}})',
  },
  lost: {
    meta: 'the folders, labels and owner it held are missing',
    partition: 'the threads, messages and contacts it held are missing until it is repaired',
  },
  damage: {
    'not-json': 'unreadable, probably cut short',
    'wrong-structure': 'readable but not the expected structure',
  },
}

/** One opening warning in the user's language. */
export function storeWarningText(warning: StoreWarning, t: TFunction): string {
  const key = (name: string) => `errors.opening.warnings.${name}`
  switch (warning.kind) {
    case 'manifest-no-data':
    case 'manifest-rebuilt': {
      const problem = t(`errors.opening.manifest.${warning.problem.kind}`, {
        ...warning.problem,
        storeDir: warning.storeDir,
        damage: 'damage' in warning.problem ? t(`errors.opening.damage.${warning.problem.damage}`) : '',
      })
      const head = t(key(warning.kind), { ...warning, problem })
      if (warning.kind === 'manifest-no-data') return head
      const from = warning.from
      const kept =
        warning.keptAside.length > 0 ? t(key('rebuilt-kept'), { names: warning.keptAside.join(', ') }) : ''
      const missing =
        warning.missing.length > 0
          ? t(key('rebuilt-missing'), {
              count: warning.missing.length,
              names: shortList(warning.missing.map((name) => `${from}/${name}`)),
            })
          : ''
      return [head, kept, missing].filter(Boolean).join(' ')
    }
    case 'file-damaged':
      return t(key(warning.kind), {
        ...warning,
        damage: t(`errors.opening.damage.${warning.damage}`),
        lost: t(`errors.opening.lost.${warning.lost}`),
      })
    case 'legacy-damaged':
      return t(key(warning.kind), { ...warning, damage: t(`errors.opening.damage.${warning.damage}`) })
    case 'files-missing':
      return t(key(warning.kind), {
        storeDir: warning.storeDir,
        count: warning.files.length,
        names: shortList(warning.files),
        lost: t(`errors.opening.lost.${warning.lost}`),
      })
    case 'invalid-values':
      return t(key(warning.kind), { count: warning.threadIds.length, names: shortList(warning.threadIds) })
    default:
      return t(key(warning.kind), warning)
  }
}
