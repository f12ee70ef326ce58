/**
 * Every command the user can give, once: id, label in both languages, key, and the menu it sits in.
 * The renderer's registry adds the enabled rule and the run function; the toolbar, the keyboard, the
 * `?` help, the row context menu and the desktop menu bar (electron/main/shell/menu.ts) are all built
 * from this list. Pure data: no DOM, no Electron.
 */

export type MenuId = 'message' | 'go' | 'view' | 'help'

export interface CommandSpec {
  id: string
  label: { fr: string; en: string }
  /** The key as `KeyboardEvent.key` reports it ('j', '#', 'Delete'), with Shift when needed. */
  key?: string
  shift?: boolean
  /** Shown in the help as typed (defaults to `key`). */
  keyLabel?: { fr: string; en: string }
  menu: MenuId
  /** Offered in the context menu of a thread row. */
  onRow?: boolean
}

const spec = (
  id: string,
  fr: string,
  en: string,
  menu: MenuId,
  extra: Partial<CommandSpec> = {},
): CommandSpec => ({ id, label: { fr, en }, menu, ...extra })

export const COMMANDS: readonly CommandSpec[] = [
  spec('thread.next', 'Conversation suivante', 'Next conversation', 'go', { key: 'j' }),
  spec('thread.previous', 'Conversation précédente', 'Previous conversation', 'go', { key: 'k' }),
  spec('thread.select', 'Sélectionner / désélectionner', 'Select / deselect', 'message', {
    key: 'x',
    onRow: true,
  }),
  spec('thread.selectAll', 'Tout sélectionner', 'Select all', 'message', { key: '*' }),
  spec('thread.archive', 'Archiver / désarchiver', 'Archive / unarchive', 'message', {
    key: 'e',
    onRow: true,
  }),
  spec('thread.delete', 'Supprimer / restaurer', 'Delete / restore', 'message', { key: '#', onRow: true }),
  spec('thread.purge', 'Supprimer définitivement (corbeille)', 'Delete forever (Trash)', 'message', {
    key: 'Delete',
    shift: true,
    keyLabel: { fr: 'Maj+Suppr', en: 'Shift+Delete' },
  }),
  spec('thread.readToggle', 'Marquer lu / non lu', 'Mark read / unread', 'message', {
    key: 'u',
    onRow: true,
  }),
  spec('thread.reply', 'Répondre', 'Reply', 'message', { key: 'r' }),
  spec('thread.move', 'Déplacer vers…', 'Move to…', 'message', { key: 'v' }),
  spec('thread.label', 'Étiqueter…', 'Label…', 'message', { key: 'l' }),
  spec('thread.noResponse', 'Pas de réponse nécessaire', 'No response needed', 'message', { onRow: true }),
  spec('thread.block', 'Bloquer / débloquer l’expéditeur', 'Block / unblock sender', 'message', {
    onRow: true,
  }),
  spec('thread.report', 'Signaler un message suspect…', 'Report a suspicious message…', 'message', {
    onRow: true,
  }),
  spec('search.focus', 'Rechercher', 'Search', 'go', { key: '/' }),
  spec('help.shortcuts', 'Raccourcis clavier', 'Keyboard shortcuts', 'help', { key: '?' }),
]

export const MENU_LABELS: Record<MenuId, { fr: string; en: string }> = {
  message: { fr: 'Message', en: 'Message' },
  go: { fr: 'Aller', en: 'Go' },
  view: { fr: 'Affichage', en: 'View' },
  help: { fr: 'Aide', en: 'Help' },
}

export interface KeyFacts {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

/** The command a key press gives, outside text fields (single keys only: no Ctrl/Cmd/Alt). */
export function commandForKey(
  event: KeyFacts,
  commands: readonly CommandSpec[] = COMMANDS,
): CommandSpec | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  return (
    commands.find(
      (c) =>
        c.key !== undefined &&
        c.key === event.key &&
        // Shift is part of the key for symbols ('#', '?', '*'); it only matters where it is declared.
        (c.shift === undefined || c.shift === event.shiftKey),
    ) ?? null
  )
}

/** The key label shown in menus and the help. */
export function keyLabel(command: CommandSpec, language: 'fr' | 'en'): string | undefined {
  return command.keyLabel?.[language] ?? command.key
}

export interface MenuSection {
  id: MenuId
  label: string
  items: { id: string; label: string; key: string | undefined }[]
}

/** The menu bar's sections in order, labelled in `language` (built into an Electron Menu by the shell). */
export function menuSections(
  language: 'fr' | 'en',
  commands: readonly CommandSpec[] = COMMANDS,
): MenuSection[] {
  const order: MenuId[] = ['message', 'go', 'view', 'help']
  return order
    .map((id) => ({
      id,
      label: MENU_LABELS[id][language],
      items: commands
        .filter((c) => c.menu === id)
        .map((c) => ({ id: c.id, label: c.label[language], key: keyLabel(c, language) })),
    }))
    .filter((section) => section.items.length > 0)
}

/** An Electron accelerator shown next to a menu item ('Shift+Delete', 'J'); single keys stay unregistered. */
export function acceleratorFor(command: CommandSpec): string | undefined {
  if (!command.key) return undefined
  const named: Record<string, string> = {
    Delete: 'Delete',
    '#': 'Shift+3',
    '?': 'Shift+/',
    '*': 'Shift+8',
    '/': '/',
  }
  const key = named[command.key] ?? command.key.toUpperCase()
  return command.shift && !key.startsWith('Shift+') ? `Shift+${key}` : key
}
