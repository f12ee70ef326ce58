// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest'
import { buildRegistry, commandForEvent } from './registry'

const registry = buildRegistry({
  'thread.archive': { enabled: true, run: vi.fn() },
  'thread.purge': { enabled: false, run: vi.fn() },
  'help.shortcuts': { enabled: true, run: vi.fn() },
})

const press = (target: HTMLElement, key: string, init: KeyboardEventInit = {}) => {
  document.body.append(target)
  const event = new KeyboardEvent('keydown', { key, bubbles: true, ...init })
  Object.defineProperty(event, 'target', { value: target })
  return commandForEvent(event, registry)
}

describe('keyboard commands', () => {
  it('work from anywhere that is not a text field', () => {
    expect(press(document.createElement('div'), 'e')?.id).toBe('thread.archive')
    expect(press(document.createElement('button'), '?', { shiftKey: true })?.id).toBe('help.shortcuts')
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' })
    expect(press(checkbox, 'e')?.id).toBe('thread.archive')
  })

  it('leave text fields, dialogs, modified keys and disabled commands alone', () => {
    expect(press(document.createElement('textarea'), 'e')).toBeNull()
    expect(press(Object.assign(document.createElement('input'), { type: 'search' }), 'e')).toBeNull()
    const dialog = document.createElement('div')
    dialog.setAttribute('role', 'dialog')
    const inside = document.createElement('button')
    dialog.append(inside)
    document.body.append(dialog)
    expect(
      commandForEvent(
        Object.defineProperty(new KeyboardEvent('keydown', { key: 'e' }), 'target', { value: inside }),
        registry,
      ),
    ).toBeNull()
    expect(press(document.createElement('div'), 'e', { ctrlKey: true })).toBeNull()
    expect(press(document.createElement('div'), 'Delete', { shiftKey: true })).toBeNull()
    expect(press(document.createElement('div'), 'Enter')).toBeNull()
  })
})
