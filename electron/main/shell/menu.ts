import { Menu } from 'electron'
import type { BrowserWindow } from 'electron'
import { menuTemplate } from './menu-template'

/** Installs the menu bar in `language`; its commands run in the window's renderer. */
export function installMenu(language: 'fr' | 'en', window: () => BrowserWindow | null): void {
  const send = (id: string) => {
    const target = window()
    if (target && !target.isDestroyed()) target.webContents.send('command:run', { id })
  }
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language, send)))
}
