/**
 * The desktop menu bar, built from the shared command catalog: one item per command, its key shown
 * as the accelerator. Single-letter keys are displayed but not registered with the system
 * (`registerAccelerator: false`), so typing "e" in the reply box never archives; the renderer's
 * keyboard handler owns them and the click is sent to it as `command:run`. Pure: types only.
 */
import type { MenuItemConstructorOptions } from 'electron'
import { COMMANDS, acceleratorFor, menuSections } from '../../../shared/commands/catalog'

export function menuTemplate(
  language: 'fr' | 'en',
  run: (commandId: string) => void,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const byId = new Map(COMMANDS.map((c) => [c.id, c]))
  const appMenu: MenuItemConstructorOptions[] =
    platform === 'darwin'
      ? [{ role: 'appMenu' }]
      : [{ role: 'fileMenu', label: language === 'fr' ? 'Fichier' : 'File' }]
  const edit: MenuItemConstructorOptions = { role: 'editMenu', label: language === 'fr' ? 'Édition' : 'Edit' }
  const sections = menuSections(language).map((section): MenuItemConstructorOptions => ({
    label: section.label,
    submenu: section.items.map((item) => {
      const command = byId.get(item.id)!
      const accelerator = acceleratorFor(command)
      return {
        label: item.label,
        id: item.id,
        click: () => run(item.id),
        ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
      }
    }),
  }))
  return [...appMenu, edit, ...sections]
}
