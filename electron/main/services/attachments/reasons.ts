/**
 * Every refusal sentence, in French and English, each naming the file and the rule it broke.
 * One place, so the app, the send command and the CLI say exactly the same thing.
 */
import type { AttachmentRefusalCode, Bilingual } from '../../../../shared/model/attachments'
import { MAX_MESSAGE_BYTES } from '../../../../shared/model/attachments'
import type { AttachmentType } from '../../../../shared/model/mailbox'

/** Why content was refused, before it is put into words for a given file name. */
export interface Refusal {
  code: AttachmentRefusalCode
  /** What the content really is, e.g. 'Excel (xlsx)', 'ELF'; in both languages when it differs. */
  what?: string | Bilingual
  /** Extra detail for the sentence (e.g. why a text is not valid text). */
  detail?: Bilingual
}

export const TYPE_LABELS: Record<AttachmentType, Bilingual> = {
  txt: { fr: 'texte', en: 'text' },
  pdf: { fr: 'PDF', en: 'PDF' },
  jpg: { fr: 'image JPEG', en: 'JPEG image' },
  gif: { fr: 'image GIF', en: 'GIF image' },
  png: { fr: 'image PNG', en: 'PNG image' },
  doc: { fr: 'document Word (.doc)', en: 'Word document (.doc)' },
  docx: { fr: 'document Word (.docx)', en: 'Word document (.docx)' },
}

/** The names a file of each type may carry (lower case, without the dot). The first is preferred. */
export const TYPE_EXTENSIONS: Record<AttachmentType, readonly string[]> = {
  txt: ['txt'],
  pdf: ['pdf'],
  jpg: ['jpg', 'jpeg'],
  gif: ['gif'],
  png: ['png'],
  doc: ['doc'],
  docx: ['docx'],
}

const ALLOWED = {
  fr: 'seuls les fichiers txt, pdf, jpg, gif, png, doc et docx sont acceptés',
  en: 'only txt, pdf, jpg, gif, png, doc and docx files are accepted',
}

export function formatBytes(bytes: number, lang: 'fr' | 'en'): string {
  const number = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US').format(bytes)
  return lang === 'fr' ? `${number} octets` : `${number} bytes`
}

const LIMIT = {
  fr: `la limite de ${formatBytes(MAX_MESSAGE_BYTES, 'fr')} (10 Mo) par message, pièces jointes comprises`,
  en: `the limit of ${formatBytes(MAX_MESSAGE_BYTES, 'en')} (10 MB) per message, attachments included`,
}

function both(what: string | Bilingual | undefined, fallback: Bilingual): Bilingual {
  if (what === undefined) return fallback
  return typeof what === 'string' ? { fr: what, en: what } : what
}

const UNREADABLE: Record<string, Bilingual> = {
  ENOENT: { fr: 'fichier introuvable', en: 'file not found' },
  EACCES: { fr: 'accès refusé', en: 'permission denied' },
  EPERM: { fr: 'accès refusé', en: 'permission denied' },
  ENOTFILE: { fr: "ce n'est pas un fichier ordinaire", en: 'not a regular file' },
  EISDIR: { fr: "c'est un dossier", en: 'it is a folder' },
}

export function unreadableDetail(errno: string): Bilingual {
  return UNREADABLE[errno] ?? { fr: `erreur de lecture ${errno}`, en: `read error ${errno}` }
}

/** The sentence for a refused file. `name` is the name as given (a path for the CLI). */
export function fileReason(name: string, refusal: Refusal): Bilingual {
  const f = `« ${name} »`
  const e = `"${name}"`
  const what = both(refusal.what, { fr: '?', en: '?' })
  const detail = refusal.detail ?? { fr: '', en: '' }
  switch (refusal.code) {
    case 'unreadable':
      return {
        fr: `${f} n'a pas pu être lu (${detail.fr}) : un fichier illisible ne peut pas être joint.`,
        en: `${e} could not be read (${detail.en}): an unreadable file cannot be attached.`,
      }
    case 'empty':
      return {
        fr: `${f} est vide : un fichier vide ne peut pas être joint.`,
        en: `${e} is empty: an empty file cannot be attached.`,
      }
    case 'too-large':
      return {
        fr: `${f} pèse ${detail.fr}, plus que ${LIMIT.fr}.`,
        en: `${e} is ${detail.en}, over ${LIMIT.en}.`,
      }
    case 'executable':
      return {
        fr: `${f} est un programme ou un installeur (${what.fr}) : les exécutables sont refusés, quel que soit leur nom.`,
        en: `${e} is a program or installer (${what.en}): executables are refused whatever their name.`,
      }
    case 'archive':
      return {
        fr: `${f} est une archive (${what.fr}) : les archives sont refusées ; ${ALLOWED.fr}.`,
        en: `${e} is an archive (${what.en}): archives are refused; ${ALLOWED.en}.`,
      }
    case 'html':
      return {
        fr: `${f} contient une page HTML : le HTML est refusé, quel que soit le nom du fichier.`,
        en: `${e} contains an HTML page: HTML is refused whatever the file is called.`,
      }
    case 'svg':
      return {
        fr: `${f} est une image SVG : le SVG (qui peut contenir du code) est refusé, quel que soit le nom du fichier.`,
        en: `${e} is an SVG image: SVG (which can carry code) is refused whatever the file is called.`,
      }
    case 'not-text':
      return {
        fr: `${f} n'est pas un texte valide (${detail.fr}) : un fichier .txt doit être en UTF-8 (ou UTF-16 avec BOM), sans octet nul.`,
        en: `${e} is not valid text (${detail.en}): a .txt file must be UTF-8 (or UTF-16 with a BOM), with no NUL bytes.`,
      }
    case 'not-word':
      return {
        fr: `${f} est un fichier ${what.fr}, pas un document Word : seuls les documents Word sont acceptés en .doc ou .docx.`,
        en: `${e} is a ${what.en} file, not a Word document: only Word documents are accepted as .doc or .docx.`,
      }
    case 'macro-enabled':
      return {
        fr: `${f} est un document Word avec macros (${what.fr}) : les documents contenant des macros sont refusés.`,
        en: `${e} is a macro-enabled Word document (${what.en}): documents carrying macros are refused.`,
      }
    case 'encrypted':
      return {
        fr: `${f} est chiffré ou protégé par mot de passe (${what.fr}) : son contenu ne peut pas être vérifié, il est refusé.`,
        en: `${e} is encrypted or password-protected (${what.en}): its content cannot be checked, so it is refused.`,
      }
    case 'corrupt':
      return {
        fr: `${f} se présente comme un fichier ${what.fr} mais il est endommagé ou invalide${detail.fr ? ` (${detail.fr})` : ''} : il est refusé.`,
        en: `${e} looks like a ${what.en} file but is damaged or invalid${detail.en ? ` (${detail.en})` : ''}: it is refused.`,
      }
    case 'type-not-allowed':
      return {
        fr: `${f} est un fichier ${what.fr}, type non accepté : ${ALLOWED.fr}.`,
        en: `${e} is a ${what.en} file, a type that is not accepted: ${ALLOWED.en}.`,
      }
    case 'unrecognised':
      return {
        fr: `Le contenu de ${f} n'est reconnu comme aucun type accepté : ${ALLOWED.fr}, vérifiés d'après leur contenu.`,
        en: `The content of ${e} is not recognised as any accepted type: ${ALLOWED.en}, checked by their content.`,
      }
    case 'extension-mismatch':
      return {
        fr: `Le nom de ${f} ne correspond pas à son contenu : c'est un fichier ${what.fr}, son nom doit se terminer par ${detail.fr}.`,
        en: `The name of ${e} does not match its content: it is a ${what.en} file, its name must end in ${detail.en}.`,
      }
    case 'remote-content':
      return {
        fr: `${f} est un document Word qui va chercher du contenu à l'extérieur (${what.fr}) : il pourrait télécharger et lancer du code à l'ouverture, il est refusé.`,
        en: `${e} is a Word document that fetches content from outside (${what.en}): it could download and run code when opened, so it is refused.`,
      }
    case 'dde-field':
      return {
        fr: `${f} contient un champ DDE (${what.fr}) qui lance un programme à l'ouverture : il est refusé.`,
        en: `${e} contains a DDE field (${what.en}) that starts a program when opened: it is refused.`,
      }
    case 'embedded-object':
      return {
        fr: `${f} contient un objet incorporé (${what.fr}) qui peut cacher un programme : les documents Word avec objets incorporés sont refusés.`,
        en: `${e} contains an embedded object (${what.en}) that can hide a program: Word documents with embedded objects are refused.`,
      }
    case 'active-content':
      return {
        fr: `${f} est un PDF actif (${what.fr}) : il peut exécuter du code ou des actions à l'ouverture, il est refusé.`,
        en: `${e} is an active PDF (${what.en}): it can run code or actions when opened, so it is refused.`,
      }
    case 'embedded-file':
      return {
        fr: `${f} est un PDF qui transporte des fichiers joints (${what.fr}) : ils ne peuvent pas être vérifiés, il est refusé ; joignez les fichiers séparément.`,
        en: `${e} is a PDF carrying attached files (${what.en}): they cannot be checked, so it is refused; attach the files separately.`,
      }
    case 'polyglot':
      return {
        fr: `${f} est à la fois un fichier ${what.fr} : un fichier à double format sert à cacher du contenu, il est refusé.`,
        en: `${e} is at once a ${what.en} file: a file in two formats serves to hide content, so it is refused.`,
      }
    case 'truncated':
      return {
        fr: `${f} est un fichier ${what.fr} incomplet (${detail.fr}) : il a été coupé, il est refusé.`,
        en: `${e} is an incomplete ${what.en} file (${detail.en}): it was cut short, so it is refused.`,
      }
    case 'message-too-large':
    case 'attachment-refused':
      throw new Error(`${refusal.code} is a message-level code`)
  }
}

/** "1 pièce jointe" / "2 pièces jointes", "1 attachment" / "2 attachments" (French: 0 and 1 are singular). */
function attachmentCount(count: number): Bilingual {
  return {
    fr: count > 1 ? `${count} pièces jointes` : `${count} pièce jointe`,
    en: count === 1 ? '1 attachment' : `${count} attachments`,
  }
}

export function messageTooLargeReason(total: number, bodyBytes: number, files: number): Bilingual {
  const count = attachmentCount(files)
  return {
    fr: `Le message pèse ${formatBytes(total, 'fr')} (texte ${formatBytes(bodyBytes, 'fr')}, ${count.fr}), plus que ${LIMIT.fr}.`,
    en: `The message weighs ${formatBytes(total, 'en')} (text ${formatBytes(bodyBytes, 'en')}, ${count.en}), over ${LIMIT.en}.`,
  }
}

export function attachmentsRefusedReason(names: string[]): Bilingual {
  const fr = names.map((name) => `« ${name} »`).join(', ')
  const en = names.map((name) => `"${name}"`).join(', ')
  return {
    fr: `Le message ne peut pas partir : ${names.length > 1 ? `${names.length} pièces jointes refusées` : 'une pièce jointe refusée'} (${fr}).`,
    en: `The message cannot be sent: ${names.length === 1 ? 'an attachment was' : `${names.length} attachments were`} refused (${en}).`,
  }
}
