/**
 * The words for every typed error reason main can send (shared/ipc/error-details.ts), in both
 * languages. Typed by the shared unions, so a reason added in main without its words here does not
 * compile. Merged into fr.ts / en.ts under `errors`.
 */
import type {
  BackupRefusal,
  DemoProblem,
  ErrorReason,
  MissingThing,
  NamedThing,
  SavedThing,
} from '../../../shared/ipc/error-details'
import type { MailProblemKind, SecretNote } from '../../../shared/model/mail-status'
import type { OrderRowProblemCode } from '../../../shared/model/orders-import'

/** Reasons worded by a count (i18next plural suffixes). */
type CountedReason = 'folder-not-empty'
type ReasonKey = Exclude<ErrorReason, CountedReason> | `${CountedReason}_one` | `${CountedReason}_other`

export interface ErrorWords {
  /** One sentence per reason; `{{what}}` is the matching word below, other values come from details. */
  reasons: Record<ReasonKey, string>
  /** What was not saved (disk-full, write-failed). */
  saved: Record<SavedThing, string>
  /** Whose name was refused (name-empty, name-too-long, name-hidden-characters). */
  named: Record<NamedThing, string>
  /** What could not be found: whole sentences, so that French agreement stays right. */
  missing: Record<MissingThing, string>
  /** The mail account's problems (`{{where}}` is "IMAP host:port"); `refused` is worded by its reason. */
  mail: Record<Exclude<MailProblemKind, 'refused'>, string>
  /** How the password is kept. */
  secretNotes: Record<SecretNote, string>
  /** Why a backup was refused for a restore: the end of the `backup-refused` sentence. */
  backupRefused: Record<BackupRefusal, string>
  /**
   * Who holds the mailbox (store-locked with a readable lock; `errors.reasons.store-locked` is the
   * sentence when it could not be read); `restore` is added when a restore was refused.
   */
  storeLocked: Record<'this-machine' | 'other-machine' | 'restore', string>
  /** Why the demo mailbox cannot be loaded (`demo-unavailable`; `{{file}}` is the file at fault). */
  demo: Record<DemoProblem, string>
  /** An order report's refused row; `missingJoin` joins the missing column names. */
  orderRows: Record<OrderRowProblemCode | 'missingJoin', string>
}

export const errorWordsFr: ErrorWords = {
  reasons: {
    'message-empty': 'Le message est vide : écrivez un texte ou joignez un fichier.',
    'disk-full': '{{what}} : le disque est plein, rien n’a été modifié. Libérez de la place puis réessayez.',
    'write-failed': '{{what}} : l’écriture sur le disque a échoué ({{detail}}), rien n’a été modifié.',
    'name-empty': '{{what}} ne peut pas être vide.',
    'name-too-long': '{{what}} dépasse {{max}} caractères.',
    'name-hidden-characters':
      '{{what}} contient un caractère invisible, de contrôle ou d’inversion de sens d’écriture ; retapez-le.',
    'folder-name-taken': 'Un dossier « {{name}} » existe déjà ici.',
    'label-name-taken': 'Une étiquette « {{name}} » existe déjà.',
    'template-name-taken': 'Un modèle « {{name}} » existe déjà.',
    'template-text-empty': 'Un modèle a besoin d’un texte.',
    'folder-into-itself':
      'Un dossier ne peut pas être déplacé dans lui-même ni dans un de ses sous-dossiers.',
    'folder-not-empty_one':
      'Ce dossier (ou un sous-dossier) contient encore {{count}} conversation : choisissez d’abord où la déplacer.',
    'folder-not-empty_other':
      'Ce dossier (ou un sous-dossier) contient encore {{count}} conversations : choisissez d’abord où les déplacer.',
    'not-found': '{{what}}',
    'password-required': 'Le mot de passe est requis.',
    'password-missing': 'Aucun mot de passe n’est enregistré pour ce compte : saisissez-le à nouveau.',
    'password-file-exposed':
      'Le fichier du mot de passe ({{file}}) est lisible par d’autres : refusé. Faites chmod 600 ou enregistrez le compte à nouveau.',
    'password-file-foreign': 'Le fichier du mot de passe ({{file}}) appartient à un autre utilisateur.',
    'encryption-unavailable':
      'Le chiffrement du système n’est pas disponible : le mot de passe n’a pas été enregistré.',
    'account-file-unreadable': 'Le fichier du compte ({{file}}) est illisible.',
    'import-running': 'Un import est déjà en cours : attendez-le ou annulez-le.',
    'upload-interrupted': 'L’envoi du fichier a été interrompu ({{detail}}) : réessayez.',
    'upload-expired': 'Ce fichier n’est plus disponible (déjà importé ou expiré) : choisissez-le à nouveau.',
    'too-many-uploads': 'Trop de rapports envoyés en même temps : essayez avec moins de fichiers.',
    'report-too-large':
      '{{name}} pèse {{megabytes}} Mo : les rapports de commandes sont acceptés jusqu’à {{limit}} Mo.',
    'attachment-id-invalid': 'Identifiant de pièce jointe invalide.',
    'demo-only': 'Les messages simulés n’existent qu’en mode démo.',
    'threads-into-deleted-folder':
      'Les conversations ne peuvent pas aller dans le dossier supprimé ni dans un de ses sous-dossiers : choisissez un autre dossier.',
    'label-colour-invalid': '« {{colour}} » n’est pas une couleur : choisissez-en une dans la palette.',
    'page-cursor-invalid': 'La liste a changé entre-temps : elle repart de la première page.',
    'date-invalid': '« {{value}} » n’est pas une date valide.',
    'backup-refused': 'La sauvegarde « {{file}} » est refusée, rien n’a été modifié : {{why}}',
    'store-locked':
      'La boîte aux lettres est déjà ouverte par un autre Comptoir : fermez-le, puis réessayez.',
    'demo-unavailable': 'La boîte de démonstration ne peut pas être chargée : {{why}}',
  },
  demo: {
    missing: 'le fichier « {{file}} » est introuvable. Réinstallez Comptoir pour la retrouver.',
    damaged: 'le fichier « {{file}} » est endommagé. Réinstallez Comptoir pour la retrouver.',
  },
  storeLocked: {
    'this-machine':
      'La boîte aux lettres est déjà ouverte par un autre Comptoir sur cet ordinateur (processus {{pid}}) : fermez l’autre fenêtre, puis réessayez. S’il ne répond plus, terminez le processus {{pid}}.',
    'other-machine':
      'La boîte aux lettres est déjà ouverte par Comptoir sur l’ordinateur « {{host}} » (dossier partagé) : fermez-le sur cet ordinateur, puis réessayez.',
    restore:
      ' Une restauration remplace toute la boîte : lancez-la depuis ce Comptoir-là (Sauvegardes), ou fermez-le d’abord.',
  },
  backupRefused: {
    'not-found': 'le fichier n’existe plus.',
    'not-a-backup': 'ce n’est pas une sauvegarde de Comptoir.',
    'newer-version':
      'elle a été faite par une version plus récente de Comptoir ; mettez l’application à jour.',
    'unsafe-entry': 'elle contient un fichier qui sortirait de la boîte aux lettres ({{entry}}).',
    damaged: 'elle est endommagée ou a été modifiée depuis sa création.',
  },
  saved: {
    change: 'Modification non enregistrée',
    preferences: 'Préférences non enregistrées',
    settings: 'Réglages non enregistrés',
    'notification-settings': 'Réglages des notifications non enregistrés',
    'backup-settings': 'Réglages des sauvegardes non enregistrés',
    template: 'Modèle non enregistré',
    file: 'Fichier non enregistré',
    files: 'Fichiers non enregistrés',
  },
  named: {
    folder: 'Le nom du dossier',
    label: 'Le nom de l’étiquette',
    owner: 'Votre nom',
    template: 'Le nom du modèle',
  },
  missing: {
    thread: 'Cette conversation n’existe plus : elle a peut-être été supprimée.',
    folder: 'Ce dossier n’existe plus : il a peut-être été supprimé.',
    label: 'Cette étiquette n’existe plus : elle a peut-être été supprimée.',
    template: 'Ce modèle n’existe plus : il a peut-être été supprimé.',
    message: 'Ce message n’existe plus : il a peut-être été supprimé.',
    contact: 'Ce contact n’existe plus.',
    backup: 'Cette sauvegarde n’existe plus.',
    order: 'Aucune conversation ne concerne la commande {{id}}.',
    upload: 'Ce fichier n’est plus disponible : choisissez-le à nouveau.',
    'inbox-thread': 'La boîte de réception est vide : aucune conversation où écrire.',
  },
  mail: {
    'host-not-found': "Serveur {{where}} introuvable (nom d'hôte inconnu).",
    'connection-refused': "Aucun serveur n'écoute sur {{where}} (connexion refusée).",
    'timed-out': 'Le serveur {{where}} ne répond pas (délai dépassé).',
    'connection-cut': 'La connexion à {{where}} a été coupée.',
    'tls-failed': 'Échec TLS avec {{where}} : vérifiez la sécurité choisie (TLS, STARTTLS) et le port.',
    'auth-failed': "Le serveur {{where}} a refusé l'identifiant ou le mot de passe.",
    'message-refused': 'Le serveur {{where}} a refusé le message ({{responseCode}}) : {{response}}',
    'server-error': 'Erreur avec {{where}} : {{detail}}',
    'no-account': 'Aucun compte de messagerie configuré.',
    failed: 'La synchronisation a échoué ({{detail}}).',
  },
  secretNotes: {
    'owner-only-file':
      'Le mot de passe est gardé dans un fichier lisible par vous seul (droits 0600), pas chiffré.',
    keychain: 'Le mot de passe est chiffré par le trousseau du système.',
    'basic-text':
      "Votre session Linux n'offre pas de trousseau (backend basic_text) : le mot de passe est chiffré avec une clé fixe, ce qui le protège peu. Installez gnome-keyring ou KWallet.",
  },
  orderRows: {
    'empty-file': 'Le fichier est vide.',
    'not-a-report': 'Ce n’est pas un rapport de commandes : l’en-tête n’a pas de colonne {{missing}}.',
    missingJoin: ' ni ',
    'column-count': 'La ligne a {{columns}} colonnes alors que l’en-tête en a {{header}}.',
    'order-number': '« {{value}} » n’est pas un numéro de commande (17 chiffres écrits 3-7-7).',
    'empty-column': 'La colonne {{column}} est vide.',
    'impossible-date': '{{column}} : date impossible : « {{value}} ».',
    'date-without-zone': '{{column}} : pas une date avec son fuseau horaire : « {{value}} ».',
    'unknown-zone': '{{column}} : fuseau horaire inconnu « {{zone}} » dans « {{value}} ».',
    amount: '{{column}} : « {{value}} » n’est pas un montant.',
    quantity: 'La quantité « {{value}} » n’est pas un nombre entier.',
    currency: '« {{value}} » n’est pas un code de devise.',
    'no-product': 'La ligne ne nomme aucun produit (product-name, sku ou asin).',
    'mixed-currency':
      'La devise {{currency}} diffère de {{expected}} sur les autres lignes de la commande {{order}}.',
    'more-rows': '{{count}} autres lignes n’ont pas pu être lues (non listées).',
  },
}

export const errorWordsEn: ErrorWords = {
  reasons: {
    'message-empty': 'The message is empty: write a text or attach a file.',
    'disk-full': '{{what}}: the disk is full, nothing was changed. Free some space, then try again.',
    'write-failed': '{{what}}: writing to the disk failed ({{detail}}), nothing was changed.',
    'name-empty': '{{what}} cannot be empty.',
    'name-too-long': '{{what}} is longer than {{max}} characters.',
    'name-hidden-characters':
      '{{what}} contains an invisible, control or text-direction character; please type it again.',
    'folder-name-taken': 'A folder named “{{name}}” already exists here.',
    'label-name-taken': 'A label named “{{name}}” already exists.',
    'template-name-taken': 'A template named “{{name}}” already exists.',
    'template-text-empty': 'A template needs a text.',
    'folder-into-itself': 'A folder cannot be moved into itself or one of its subfolders.',
    'folder-not-empty_one':
      'This folder (or a subfolder) still holds {{count}} conversation: choose where to move it first.',
    'folder-not-empty_other':
      'This folder (or a subfolder) still holds {{count}} conversations: choose where to move them first.',
    'not-found': '{{what}}',
    'password-required': 'The password is required.',
    'password-missing': 'No password is stored for this account: type it again.',
    'password-file-exposed':
      'The password file ({{file}}) can be read by others: refused. Run chmod 600 on it or set the account again.',
    'password-file-foreign': 'The password file ({{file}}) belongs to another user.',
    'encryption-unavailable': 'System encryption is not available: the password was not saved.',
    'account-file-unreadable': 'The account file ({{file}}) cannot be read.',
    'import-running': 'An import is already running: wait for it or cancel it.',
    'upload-interrupted': 'Sending the file was interrupted ({{detail}}): try again.',
    'upload-expired': 'This file is no longer available (already imported or expired): choose it again.',
    'too-many-uploads': 'Too many reports are being sent at once: try fewer files.',
    'report-too-large': '{{name}} is {{megabytes}} MB: order reports are accepted up to {{limit}} MB.',
    'attachment-id-invalid': 'Invalid attachment id.',
    'demo-only': 'Simulated messages exist only in demo mode.',
    'threads-into-deleted-folder':
      'Conversations cannot go into the folder being deleted or one of its subfolders: choose another folder.',
    'label-colour-invalid': '“{{colour}}” is not a colour: pick one from the palette.',
    'page-cursor-invalid': 'The list changed in the meantime: it starts again from the first page.',
    'date-invalid': '“{{value}}” is not a valid date.',
    'backup-refused': 'The backup “{{file}}” was refused, nothing was changed: {{why}}',
    'store-locked': 'The mailbox is already open in another Comptoir: close it, then try again.',
    'demo-unavailable': 'The demo mailbox cannot be loaded: {{why}}',
  },
  demo: {
    missing: 'the file “{{file}}” is missing. Reinstall Comptoir to get it back.',
    damaged: 'the file “{{file}}” is damaged. Reinstall Comptoir to get it back.',
  },
  storeLocked: {
    'this-machine':
      'The mailbox is already open in another Comptoir on this computer (process {{pid}}): close the other window, then try again. If it no longer responds, end process {{pid}}.',
    'other-machine':
      'The mailbox is already open in Comptoir on the computer “{{host}}” (shared folder): close it there, then try again.',
    restore: ' A restore replaces the whole mailbox: run it from that Comptoir (Backups), or close it first.',
  },
  backupRefused: {
    'not-found': 'the file no longer exists.',
    'not-a-backup': 'it is not a Comptoir backup.',
    'newer-version': 'it was made by a newer version of Comptoir; update the app.',
    'unsafe-entry': 'it holds a file that would land outside the mailbox ({{entry}}).',
    damaged: 'it is damaged or was altered after it was made.',
  },
  saved: {
    change: 'The change was not saved',
    preferences: 'Preferences not saved',
    settings: 'Settings not saved',
    'notification-settings': 'Notification settings not saved',
    'backup-settings': 'Backup settings not saved',
    template: 'The template was not saved',
    file: 'File not stored',
    files: 'Files not stored',
  },
  named: {
    folder: 'A folder name',
    label: 'A label name',
    owner: 'Your name',
    template: 'A template name',
  },
  missing: {
    thread: 'This conversation no longer exists: it may have been deleted.',
    folder: 'This folder no longer exists: it may have been deleted.',
    label: 'This label no longer exists: it may have been deleted.',
    template: 'This template no longer exists: it may have been deleted.',
    message: 'This message no longer exists: it may have been deleted.',
    contact: 'This contact no longer exists.',
    backup: 'This backup no longer exists.',
    order: 'No conversation is about order {{id}}.',
    upload: 'This file is no longer available: choose it again.',
    'inbox-thread': 'The Inbox is empty: there is no conversation to write to.',
  },
  mail: {
    'host-not-found': 'Server {{where}} not found (unknown host name).',
    'connection-refused': 'No server listens on {{where}} (connection refused).',
    'timed-out': 'Server {{where}} does not answer (timed out).',
    'connection-cut': 'The connection to {{where}} was cut.',
    'tls-failed': 'TLS failed with {{where}}: check the chosen security (TLS, STARTTLS) and the port.',
    'auth-failed': 'Server {{where}} refused the user name or password.',
    'message-refused': 'Server {{where}} refused the message ({{responseCode}}): {{response}}',
    'server-error': 'Error with {{where}}: {{detail}}',
    'no-account': 'No mail account is set up.',
    failed: 'The sync failed ({{detail}}).',
  },
  secretNotes: {
    'owner-only-file': 'The password is kept in a file readable by you only (mode 0600), not encrypted.',
    keychain: "The password is encrypted by the system's keychain.",
    'basic-text':
      'Your Linux session offers no keyring (basic_text backend): the password is encrypted with a fixed key, which protects it little. Install gnome-keyring or KWallet.',
  },
  orderRows: {
    'empty-file': 'The file is empty.',
    'not-a-report': 'Not an order report: the header has no {{missing}} column.',
    missingJoin: ' or ',
    'column-count': 'The row has {{columns}} columns where the header has {{header}}.',
    'order-number': '“{{value}}” is not an order number (17 digits written 3-7-7).',
    'empty-column': 'The {{column}} is empty.',
    'impossible-date': '{{column}}: not a real date: “{{value}}”.',
    'date-without-zone': '{{column}}: not a date with its time zone: “{{value}}”.',
    'unknown-zone': '{{column}}: unknown time zone “{{zone}}” in “{{value}}”.',
    amount: '{{column}}: “{{value}}” is not an amount.',
    quantity: 'The quantity “{{value}}” is not a whole number.',
    currency: '“{{value}}” is not a currency code.',
    'no-product': 'The row names no product (product-name, sku or asin).',
    'mixed-currency':
      'The currency {{currency}} differs from {{expected}} on the other rows of order {{order}}.',
    'more-rows': '{{count}} more rows could not be read (not listed).',
  },
}
