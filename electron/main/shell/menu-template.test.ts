import { describe, expect, it, vi } from 'vitest'
import { menuTemplate } from './menu-template'
import { COMMANDS } from '../../../shared/commands/catalog'

const items = (template: ReturnType<typeof menuTemplate>) =>
  template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))

describe('desktop menu bar from the command catalog', () => {
  it('offers every catalog command once, labelled in the chosen language', () => {
    const fr = items(menuTemplate('fr', () => undefined, 'linux'))
    const en = items(menuTemplate('en', () => undefined, 'linux'))
    for (const command of COMMANDS) {
      expect(fr.filter((item) => item.id === command.id).map((i) => i.label)).toEqual([command.label.fr])
      expect(en.filter((item) => item.id === command.id).map((i) => i.label)).toEqual([command.label.en])
    }
    expect(menuTemplate('fr', () => undefined, 'linux').map((m) => m.label)).toContain('Aller')
  })

  it('shows keys as accelerators without registering them (typing must never trigger a command)', () => {
    const archive = items(menuTemplate('en', () => undefined, 'linux')).find((i) => i.id === 'thread.archive')
    expect(archive).toMatchObject({ accelerator: 'E', registerAccelerator: false })
    const purge = items(menuTemplate('en', () => undefined, 'linux')).find((i) => i.id === 'thread.purge')
    expect(purge?.accelerator).toBe('Shift+Delete')
  })

  it('a click sends the command id to the renderer', () => {
    const run = vi.fn()
    const next = items(menuTemplate('fr', run, 'darwin')).find((i) => i.id === 'thread.next')
    ;(next?.click as () => void)()
    expect(run).toHaveBeenCalledWith('thread.next')
  })
})
