/**
 * The store's opening warnings as the CLIs and logs print them: one line, French then English
 * ("Phrase. / Sentence."). The desktop UI does not use these lines: it words the typed warnings itself.
 */
import { shortList } from '../../../../shared/model/store-warnings'
import type { LostContent, ManifestProblem, StoreWarning } from '../../../../shared/model/store-warnings'

type Words = { fr: string; en: string }

const LOSS: Record<LostContent, Words> = {
  meta: {
    fr: 'les dossiers, étiquettes et le propriétaire qu’il contenait manquent',
    en: 'the folders, labels and owner it held are missing',
  },
  partition: {
    fr: 'les conversations, messages et contacts qu’il contenait manquent tant qu’il n’est pas réparé',
    en: 'the threads, messages and contacts it held are missing until it is repaired',
  },
}

function problemWords(problem: ManifestProblem, storeDir: string): Words {
  switch (problem.kind) {
    case 'damaged':
      return {
        fr: `L’index manifest.json était endommagé (${problem.reason}), mis de côté sous ${problem.where} dans ${storeDir}`,
        en: `The store index manifest.json was damaged (${problem.reason}) and set aside as ${problem.where} in ${storeDir}`,
      }
    case 'missing':
      return {
        fr: `L’index manifest.json manquait dans ${storeDir}`,
        en: `The store index manifest.json was missing in ${storeDir}`,
      }
    case 'names-absent-generation':
      return {
        fr: `L’index manifest.json désigne ${problem.generation}, qui n’existe pas (mis de côté sous ${problem.where})`,
        en: `The store index manifest.json names ${problem.generation}, which does not exist (set aside as ${problem.where})`,
      }
  }
}

function rebuiltWords(w: Extract<StoreWarning, { kind: 'manifest-rebuilt' }>): Words {
  const problem = problemWords(w.problem, w.storeDir)
  const kept =
    w.keptAside.length === 0
      ? { fr: '', en: '' }
      : {
          fr: ` Les autres dossiers de génération sont conservés sous ${w.keptAside.join(', ')}.`,
          en: ` The other generation folders were kept as ${w.keptAside.join(', ')}.`,
        }
  const shown = w.missing.map((name) => `${w.from}/${name}`).join(', ')
  const many = w.missing.length > 1
  const lost =
    w.missing.length === 0
      ? { fr: '', en: '' }
      : {
          fr: ` Fichier(s) absent(s) : ${shown} ; ce qu’ils contenaient (conversations, messages, contacts, ou dossiers et étiquettes pour meta.json) manque, sauf s’ils étaient vides.`,
          en: ` ${shown} ${many ? 'are' : 'is'} missing: what ${many ? 'they' : 'it'} held (threads, messages, contacts, or folders and labels for meta.json) is missing, unless ${many ? 'they were' : 'it was'} empty.`,
        }
  return {
    fr: `${problem.fr} ; il a été reconstruit depuis ${w.from}, rien n’a été supprimé.${kept.fr}${lost.fr}`,
    en: `${problem.en}; it was rebuilt from ${w.from}, nothing was deleted.${kept.en}${lost.en}`,
  }
}

function words(w: StoreWarning): Words {
  switch (w.kind) {
    case 'manifest-no-data': {
      const problem = problemWords(w.problem, w.storeDir)
      return {
        fr: `${problem.fr} ; aucune donnée trouvée dans ${w.storeDir}, une boîte vide a été ouverte.`,
        en: `${problem.en}; no data was found in ${w.storeDir} and an empty mailbox was opened.`,
      }
    }
    case 'manifest-rebuilt':
      return rebuiltWords(w)
    case 'file-damaged':
      return {
        fr: `Fichier de la boîte endommagé ${w.file} (${w.reason}), mis de côté sous ${w.where} dans ${w.storeDir} ; ${LOSS[w.lost].fr}. Le reste de la boîte s’est ouvert normalement.`,
        en: `Damaged store file ${w.file} (${w.reason}) was set aside as ${w.where} in ${w.storeDir}; ${LOSS[w.lost].en}. The rest of the mailbox opened normally.`,
      }
    case 'files-missing': {
      const shown = shortList(w.files)
      const plural = w.files.length > 1
      return {
        fr: `Fichier${plural ? 's' : ''} de la boîte introuvable${plural ? 's' : ''} dans ${w.storeDir} : ${shown} ; ${LOSS[w.lost].fr}. Le reste de la boîte s’est ouvert normalement.`,
        en: `Store file${plural ? 's' : ''} ${shown} ${plural ? 'are' : 'is'} missing from ${w.storeDir}; ${LOSS[w.lost].en}. The rest of the mailbox opened normally.`,
      }
    }
    case 'log-damaged':
      return {
        fr: `Le journal des modifications ${w.file} est endommagé dans ${w.storeDir} : les modifications écrites après l’endroit abîmé manquent ; une copie est conservée sous ${w.copy}. Le reste de la boîte s’est ouvert normalement.`,
        en: `The change log ${w.file} in ${w.storeDir} is damaged: the changes written after the damaged place are missing; a copy was kept as ${w.copy}. The rest of the mailbox opened normally.`,
      }
    case 'legacy-damaged':
      return {
        fr: `Le fichier ${w.file} d’une version antérieure est endommagé (${w.reason}) ; mis de côté sous ${w.where} dans ${w.storeDir}, une boîte vide a été ouverte.`,
        en: `The mailbox file ${w.file} of an earlier version is damaged (${w.reason}); it was set aside as ${w.where} in ${w.storeDir} and an empty mailbox was opened.`,
      }
    case 'journal-unreadable':
      return {
        fr: `Un journal d’écriture inachevé dans ${w.storeDir} était illisible ; la modification décrite n’a pas été appliquée.`,
        en: `An unfinished commit journal in ${w.storeDir} was unreadable; the change it described was not applied.`,
      }
    case 'invalid-values': {
      const count = w.threadIds.length
      const many = count > 1
      const shown = shortList(w.threadIds)
      return {
        fr: `${count} ${many ? 'conversations contiennent' : 'conversation contient'} une date ou un montant invalide (${shown}) ; ils s’affichent comme « date inconnue » ou « — », les données sont conservées telles quelles.`,
        en: `${count} ${many ? 'threads hold' : 'thread holds'} an invalid date or amount (${shown}); they show as "unknown date" or "—", and the data is kept as it is.`,
      }
    }
  }
}

/** One warning as a log line: French, then English. */
export function storeWarningLine(warning: StoreWarning): string {
  const { fr, en } = words(warning)
  return `${fr} / ${en}`
}
