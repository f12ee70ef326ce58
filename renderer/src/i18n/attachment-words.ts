/**
 * The words for an attachment refusal (shared/model/attachments.ts: a code and its typed details), in
 * both languages. Merged into fr.ts / en.ts under `errors.attachments`; typed by the shared unions, so a
 * code or flaw added in main without its words here does not compile. Assembled by attachment-text.ts.
 */
import type {
  AttachmentFlaw,
  FileRefusalCode,
  ForeignFormat,
  WordedFormat,
} from '../../../shared/model/attachments'

type Counted<K extends string> = `${K}_one` | `${K}_other`

export interface AttachmentWords {
  /** One sentence per code; `{{file}}` is the file's name, `{{what}}` the format, `{{detail}}` the flaw. */
  codes: Record<FileRefusalCode, string>
  /** `corrupt` with a named flaw ("… endommagé ou invalide (segment coupé)"). */
  corruptWithDetail: string
  /** The message as a whole. */
  message: Record<'too-large' | Counted<'refused'>, string>
  formats: Record<WordedFormat, string>
  foreign: Record<ForeignFormat, string>
  /** "JPEG et ZIP": a polyglot's two formats. */
  polyglotPair: string
  flaws: Record<AttachmentFlaw, string>
  /** Why a file could not be read; `other` names the system's code. */
  unreadable: Record<'ENOENT' | 'EACCES' | 'ENOTFILE' | 'EISDIR' | 'other', string>
  /** How the allowed extensions are joined ("« .jpg » ou « .jpeg »"). */
  extensionsJoin: string
}

export const attachmentWordsFr: AttachmentWords = {
  codes: {
    unreadable: '« {{file}} » n’a pas pu être lu ({{detail}}) : un fichier illisible ne peut pas être joint.',
    empty: '« {{file}} » est vide : un fichier vide ne peut pas être joint.',
    'too-large':
      '« {{file}} » pèse {{size}}, plus que la limite de {{limit}} par message, pièces jointes comprises.',
    executable:
      '« {{file}} » est un programme ou un installeur ({{what}}) : les exécutables sont refusés, quel que soit leur nom.',
    archive:
      '« {{file}} » est une archive ({{what}}) : les archives sont refusées ; seuls les fichiers txt, pdf, jpg, gif, png, doc et docx sont acceptés.',
    html: '« {{file}} » contient une page HTML : le HTML est refusé, quel que soit le nom du fichier.',
    svg: '« {{file}} » est une image SVG : le SVG (qui peut contenir du code) est refusé, quel que soit le nom du fichier.',
    'not-text':
      '« {{file}} » n’est pas un texte valide ({{detail}}) : un fichier .txt doit être en UTF-8 (ou UTF-16 avec BOM), sans octet nul.',
    'not-word':
      '« {{file}} » est un fichier {{what}}, pas un document Word : seuls les documents Word sont acceptés en .doc ou .docx.',
    'macro-enabled':
      '« {{file}} » est un document Word avec macros ({{what}}) : les documents contenant des macros sont refusés.',
    encrypted:
      '« {{file}} » est chiffré ou protégé par mot de passe ({{what}}) : son contenu ne peut pas être vérifié, il est refusé.',
    corrupt:
      '« {{file}} » se présente comme un fichier {{what}} mais il est endommagé ou invalide : il est refusé.',
    'type-not-allowed':
      '« {{file}} » est un fichier {{what}}, type non accepté : seuls les fichiers txt, pdf, jpg, gif, png, doc et docx sont acceptés.',
    unrecognised:
      'Le contenu de « {{file}} » n’est reconnu comme aucun type accepté : seuls les fichiers txt, pdf, jpg, gif, png, doc et docx sont acceptés, vérifiés d’après leur contenu.',
    'extension-mismatch':
      'Le nom de « {{file}} » ne correspond pas à son contenu : c’est un fichier {{what}}, son nom doit se terminer par {{detail}}.',
    'remote-content':
      '« {{file}} » est un document Word qui va chercher du contenu à l’extérieur ({{what}}) : il pourrait télécharger et lancer du code à l’ouverture, il est refusé.',
    'dde-field':
      '« {{file}} » contient un champ DDE ({{what}}) qui lance un programme à l’ouverture : il est refusé.',
    'embedded-object':
      '« {{file}} » contient un objet incorporé ({{what}}) qui peut cacher un programme : les documents Word avec objets incorporés sont refusés.',
    'active-content':
      '« {{file}} » est un PDF actif ({{what}}) : il peut exécuter du code ou des actions à l’ouverture, il est refusé.',
    'embedded-file':
      '« {{file}} » est un PDF qui transporte des fichiers joints ({{what}}) : ils ne peuvent pas être vérifiés, il est refusé ; joignez les fichiers séparément.',
    polyglot:
      '« {{file}} » est à la fois un fichier {{what}} : un fichier à double format sert à cacher du contenu, il est refusé.',
    truncated: '« {{file}} » est un fichier {{what}} incomplet ({{detail}}) : il a été coupé, il est refusé.',
  },
  corruptWithDetail:
    '« {{file}} » se présente comme un fichier {{what}} mais il est endommagé ou invalide ({{detail}}) : il est refusé.',
  message: {
    'too-large':
      'Le message pèse {{size}} (texte et pièces jointes), plus que la limite de {{limit}} par message : retirez une pièce jointe.',
    refused_one: 'Le message ne peut pas partir : une pièce jointe est refusée ({{files}}).',
    refused_other: 'Le message ne peut pas partir : {{count}} pièces jointes sont refusées ({{files}}).',
  },
  formats: {
    txt: 'texte',
    pdf: 'PDF',
    jpg: 'image JPEG',
    gif: 'image GIF',
    png: 'image PNG',
    doc: 'document Word (.doc)',
    docx: 'document Word (.docx)',
    'word-template': 'modèle Word (dotx)',
  },
  foreign: {
    zip: 'ZIP',
    'windows-program': 'programme Windows',
    html: 'HTML',
    javascript: 'JavaScript',
    'hidden-data': 'données cachées après la fin de l’image',
  },
  polyglotPair: '{{first}} et {{second}}',
  flaws: {
    'jpeg-no-eoi': 'pas de marqueur de fin EOI',
    'jpeg-bad-segment': 'segment invalide',
    'jpeg-segment-cut': 'segment coupé',
    'jpeg-bad-sof': 'en-tête d’image (SOF) invalide',
    'jpeg-scan-before-sof': 'données avant l’en-tête d’image',
    'jpeg-no-sof': 'pas d’en-tête d’image (SOF)',
    'png-no-iend': 'pas de bloc de fin IEND',
    'png-bad-chunk': 'bloc invalide',
    'png-chunk-cut': 'bloc {{part}} coupé',
    'png-bad-ihdr': 'en-tête IHDR invalide',
    'png-bad-crc': 'somme de contrôle du bloc {{part}} fausse',
    'gif-no-trailer': 'pas de marqueur de fin',
    'gif-unknown-block': 'bloc inconnu',
    'zip-directory-unreadable': 'répertoire zip illisible',
    'zip-damaged': 'archive zip endommagée',
    'office-package-invalid': 'paquet Office invalide',
    'docx-main-part-missing': 'document principal absent',
    'doc-bad-header': 'en-tête Word invalide',
    'pdf-object-stream-unreadable': 'flux d’objets illisible',
    'pdf-no-objects': 'aucun objet ni table des références',
    'pdf-no-eof': 'pas de marqueur de fin %%EOF',
    'text-nul-bytes': 'il contient des octets nuls',
    'text-nul-characters': 'il contient des caractères nuls',
    'text-invalid-encoding': 'ce n’est pas du {{part}} valide',
  },
  unreadable: {
    ENOENT: 'fichier introuvable',
    EACCES: 'accès refusé',
    ENOTFILE: 'ce n’est pas un fichier ordinaire',
    EISDIR: 'c’est un dossier',
    other: 'erreur de lecture {{errno}}',
  },
  extensionsJoin: ' ou ',
}

export const attachmentWordsEn: AttachmentWords = {
  codes: {
    unreadable: '“{{file}}” could not be read ({{detail}}): an unreadable file cannot be attached.',
    empty: '“{{file}}” is empty: an empty file cannot be attached.',
    'too-large': '“{{file}}” is {{size}}, over the limit of {{limit}} per message, attachments included.',
    executable:
      '“{{file}}” is a program or installer ({{what}}): executables are refused whatever their name.',
    archive:
      '“{{file}}” is an archive ({{what}}): archives are refused; only txt, pdf, jpg, gif, png, doc and docx files are accepted.',
    html: '“{{file}}” contains an HTML page: HTML is refused whatever the file is called.',
    svg: '“{{file}}” is an SVG image: SVG (which can carry code) is refused whatever the file is called.',
    'not-text':
      '“{{file}}” is not valid text ({{detail}}): a .txt file must be UTF-8 (or UTF-16 with a BOM), with no NUL bytes.',
    'not-word':
      '“{{file}}” is a {{what}} file, not a Word document: only Word documents are accepted as .doc or .docx.',
    'macro-enabled':
      '“{{file}}” is a macro-enabled Word document ({{what}}): documents carrying macros are refused.',
    encrypted:
      '“{{file}}” is encrypted or password-protected ({{what}}): its content cannot be checked, so it is refused.',
    corrupt: '“{{file}}” looks like a {{what}} file but is damaged or invalid: it is refused.',
    'type-not-allowed':
      '“{{file}}” is a {{what}} file, a type that is not accepted: only txt, pdf, jpg, gif, png, doc and docx files are accepted.',
    unrecognised:
      'The content of “{{file}}” is not recognised as any accepted type: only txt, pdf, jpg, gif, png, doc and docx files are accepted, checked by their content.',
    'extension-mismatch':
      'The name of “{{file}}” does not match its content: it is a {{what}} file, its name must end in {{detail}}.',
    'remote-content':
      '“{{file}}” is a Word document that fetches content from outside ({{what}}): it could download and run code when opened, so it is refused.',
    'dde-field':
      '“{{file}}” contains a DDE field ({{what}}) that starts a program when opened: it is refused.',
    'embedded-object':
      '“{{file}}” contains an embedded object ({{what}}) that can hide a program: Word documents with embedded objects are refused.',
    'active-content':
      '“{{file}}” is an active PDF ({{what}}): it can run code or actions when opened, so it is refused.',
    'embedded-file':
      '“{{file}}” is a PDF carrying attached files ({{what}}): they cannot be checked, so it is refused; attach the files separately.',
    polyglot:
      '“{{file}}” is at once a {{what}} file: a file in two formats serves to hide content, so it is refused.',
    truncated: '“{{file}}” is an incomplete {{what}} file ({{detail}}): it was cut short, so it is refused.',
  },
  corruptWithDetail:
    '“{{file}}” looks like a {{what}} file but is damaged or invalid ({{detail}}): it is refused.',
  message: {
    'too-large':
      'The message weighs {{size}} (text and attachments), over the limit of {{limit}} per message: remove an attachment.',
    refused_one: 'The message cannot be sent: an attachment is refused ({{files}}).',
    refused_other: 'The message cannot be sent: {{count}} attachments are refused ({{files}}).',
  },
  formats: {
    txt: 'text',
    pdf: 'PDF',
    jpg: 'JPEG image',
    gif: 'GIF image',
    png: 'PNG image',
    doc: 'Word document (.doc)',
    docx: 'Word document (.docx)',
    'word-template': 'Word template (dotx)',
  },
  foreign: {
    zip: 'ZIP',
    'windows-program': 'Windows program',
    html: 'HTML',
    javascript: 'JavaScript',
    'hidden-data': 'data hidden after the end of the image',
  },
  polyglotPair: '{{first}} and {{second}}',
  flaws: {
    'jpeg-no-eoi': 'no EOI end marker',
    'jpeg-bad-segment': 'invalid segment',
    'jpeg-segment-cut': 'segment cut short',
    'jpeg-bad-sof': 'invalid frame header (SOF)',
    'jpeg-scan-before-sof': 'scan before the frame header',
    'jpeg-no-sof': 'no frame header (SOF)',
    'png-no-iend': 'no IEND end chunk',
    'png-bad-chunk': 'invalid chunk',
    'png-chunk-cut': '{{part}} chunk cut short',
    'png-bad-ihdr': 'invalid IHDR header',
    'png-bad-crc': 'bad {{part}} chunk CRC',
    'gif-no-trailer': 'no trailer',
    'gif-unknown-block': 'unknown block',
    'zip-directory-unreadable': 'unreadable zip directory',
    'zip-damaged': 'damaged zip archive',
    'office-package-invalid': 'invalid Office package',
    'docx-main-part-missing': 'main document part missing',
    'doc-bad-header': 'invalid Word header',
    'pdf-object-stream-unreadable': 'unreadable object stream',
    'pdf-no-objects': 'no objects or cross-reference table',
    'pdf-no-eof': 'no %%EOF end marker',
    'text-nul-bytes': 'it contains NUL bytes',
    'text-nul-characters': 'it contains NUL characters',
    'text-invalid-encoding': 'it is not valid {{part}}',
  },
  unreadable: {
    ENOENT: 'file not found',
    EACCES: 'permission denied',
    ENOTFILE: 'not a regular file',
    EISDIR: 'it is a folder',
    other: 'read error {{errno}}',
  },
  extensionsJoin: ' or ',
}
