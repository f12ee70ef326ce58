/**
 * The refusal sentences of the `attachment:check` CLI, in French and English, each naming the file and
 * the rule it broke (CONTRACTS.md: `reason`, `reason_fr`, `reason_en`). The app does not use them: its
 * verdicts carry codes and typed details, worded by the renderer (renderer/src/i18n/attachment-words.ts).
 */
import type {
  AttachmentFlaw,
  AttachmentRefusal,
  Bilingual,
  ForeignFormat,
  FormatName,
  MessageVerdict,
  WordedFormat,
} from '../../../../shared/model/attachments'
import { MAX_MESSAGE_BYTES } from '../../../../shared/model/attachments'
import type { AttachmentType } from '../../../../shared/model/mailbox'

/** Why content was refused, as data (shared/model/attachments.ts): worded below for the CLI. */
export type Refusal = AttachmentRefusal

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

const WORDED_FORMATS: Record<WordedFormat, Bilingual> = {
  ...TYPE_LABELS,
  'word-template': { fr: 'modèle Word (dotx)', en: 'Word template (dotx)' },
}

const FOREIGN: Record<ForeignFormat, Bilingual> = {
  zip: { fr: 'ZIP', en: 'ZIP' },
  'windows-program': { fr: 'programme Windows', en: 'Windows program' },
  html: { fr: 'HTML', en: 'HTML' },
  javascript: { fr: 'JavaScript', en: 'JavaScript' },
  'hidden-data': {
    fr: 'données cachées après la fin de l’image',
    en: 'data hidden after the end of the image',
  },
}

const FLAWS: Record<AttachmentFlaw, Bilingual> = {
  'jpeg-no-eoi': { fr: 'pas de marqueur de fin EOI', en: 'no EOI end marker' },
  'jpeg-bad-segment': { fr: 'segment invalide', en: 'invalid segment' },
  'jpeg-segment-cut': { fr: 'segment coupé', en: 'segment cut short' },
  'jpeg-bad-sof': { fr: 'en-tête d’image (SOF) invalide', en: 'invalid frame header (SOF)' },
  'jpeg-scan-before-sof': { fr: 'données avant l’en-tête d’image', en: 'scan before the frame header' },
  'jpeg-no-sof': { fr: 'pas d’en-tête d’image (SOF)', en: 'no frame header (SOF)' },
  'png-no-iend': { fr: 'pas de bloc de fin IEND', en: 'no IEND end chunk' },
  'png-bad-chunk': { fr: 'bloc invalide', en: 'invalid chunk' },
  'png-chunk-cut': { fr: 'bloc {part} coupé', en: '{part} chunk cut short' },
  'png-bad-ihdr': { fr: 'en-tête IHDR invalide', en: 'invalid IHDR header' },
  'png-bad-crc': { fr: 'somme de contrôle du bloc {part} fausse', en: 'bad {part} chunk CRC' },
  'gif-no-trailer': { fr: 'pas de marqueur de fin', en: 'no trailer' },
  'gif-unknown-block': { fr: 'bloc inconnu', en: 'unknown block' },
  'zip-directory-unreadable': { fr: 'répertoire zip illisible', en: 'unreadable zip directory' },
  'zip-damaged': { fr: 'archive zip endommagée', en: 'damaged zip archive' },
  'office-package-invalid': { fr: 'paquet Office invalide', en: 'invalid Office package' },
  'docx-main-part-missing': { fr: 'document principal absent', en: 'main document part missing' },
  'doc-bad-header': { fr: 'en-tête Word invalide', en: 'invalid Word header' },
  'pdf-object-stream-unreadable': { fr: 'flux d’objets illisible', en: 'unreadable object stream' },
  'pdf-no-objects': { fr: 'aucun objet ni table des références', en: 'no objects or cross-reference table' },
  'pdf-no-eof': { fr: 'pas de marqueur de fin %%EOF', en: 'no %%EOF end marker' },
  'text-nul-bytes': { fr: 'il contient des octets nuls', en: 'it contains NUL bytes' },
  'text-nul-characters': { fr: 'il contient des caractères nuls', en: 'it contains NUL characters' },
  'text-invalid-encoding': { fr: "ce n'est pas de l'{part} valide", en: 'it is not valid {part}' },
}

const UNREADABLE: Record<string, Bilingual> = {
  ENOENT: { fr: 'fichier introuvable', en: 'file not found' },
  EACCES: { fr: 'accès refusé', en: 'permission denied' },
  EPERM: { fr: 'accès refusé', en: 'permission denied' },
  ENOTFILE: { fr: "ce n'est pas un fichier ordinaire", en: 'not a regular file' },
  EISDIR: { fr: "c'est un dossier", en: 'it is a folder' },
}

function formatWords(what: FormatName | undefined): Bilingual {
  if (what === undefined) return { fr: '?', en: '?' }
  return typeof what === 'string' ? { fr: what, en: what } : WORDED_FORMATS[what.worded]
}

/** The details of a refusal as the CLI's sentences use them: what the content is, and what is wrong. */
function refusalWords(refusal: Refusal): { what: Bilingual; detail: Bilingual } {
  const base = formatWords(refusal.what)
  const foreign = refusal.foreign ? FOREIGN[refusal.foreign] : null
  const what = foreign ? { fr: `${base.fr} et ${foreign.fr}`, en: `${base.en} and ${foreign.en}` } : base
  const part = refusal.part ?? ''
  const extensions = (refusal.extensions ?? []).map((extension) => `.${extension}`)
  let detail: Bilingual = { fr: '', en: '' }
  if (refusal.flaw) {
    const flaw = FLAWS[refusal.flaw]
    detail = { fr: flaw.fr.replace('{part}', part), en: flaw.en.replace('{part}', part) }
  } else if (refusal.code === 'unreadable') {
    const errno = refusal.errno ?? 'EIO'
    detail = UNREADABLE[errno] ?? { fr: `erreur de lecture ${errno}`, en: `read error ${errno}` }
  } else if (refusal.code === 'too-large') {
    detail = { fr: formatBytes(refusal.bytes ?? 0, 'fr'), en: formatBytes(refusal.bytes ?? 0, 'en') }
  } else if (refusal.code === 'extension-mismatch') {
    detail = { fr: extensions.join(' ou '), en: extensions.join(' or ') }
  }
  return { what, detail }
}

/** The sentence for a refused file. `name` is the name as given (a path for the CLI). */
export function fileReason(name: string, refusal: Refusal): Bilingual {
  const f = `« ${name} »`
  const e = `"${name}"`
  const { what, detail } = refusalWords(refusal)
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
  }
}

/** "1 pièce jointe" / "2 pièces jointes", "1 attachment" / "2 attachments" (French: 0 and 1 are singular). */
function attachmentCount(count: number): Bilingual {
  return {
    fr: count > 1 ? `${count} pièces jointes` : `${count} pièce jointe`,
    en: count === 1 ? '1 attachment' : `${count} attachments`,
  }
}

function messageTooLargeReason(total: number, bodyBytes: number, files: number): Bilingual {
  const count = attachmentCount(files)
  return {
    fr: `Le message pèse ${formatBytes(total, 'fr')} (texte ${formatBytes(bodyBytes, 'fr')}, ${count.fr}), plus que ${LIMIT.fr}.`,
    en: `The message weighs ${formatBytes(total, 'en')} (text ${formatBytes(bodyBytes, 'en')}, ${count.en}), over ${LIMIT.en}.`,
  }
}

function attachmentsRefusedReason(names: string[]): Bilingual {
  const fr = names.map((name) => `« ${name} »`).join(', ')
  const en = names.map((name) => `"${name}"`).join(', ')
  return {
    fr: `Le message ne peut pas partir : ${names.length > 1 ? `${names.length} pièces jointes refusées` : 'une pièce jointe refusée'} (${fr}).`,
    en: `The message cannot be sent: ${names.length === 1 ? 'an attachment was' : `${names.length} attachments were`} refused (${en}).`,
  }
}

/** The sentence for the message as a whole (null when it may be sent). */
export function messageReason(message: MessageVerdict): Bilingual | null {
  if (message.code === 'message-too-large')
    return messageTooLargeReason(message.bytes, message.bodyBytes, message.files)
  if (message.code === 'attachment-refused') return attachmentsRefusedReason(message.refusedFiles)
  return null
}
