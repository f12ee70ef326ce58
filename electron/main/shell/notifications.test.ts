/**
 * Desktop notifications against a stand-in `electron` (the binary is not needed): what is shown, what
 * a click does, and the electron-store backend of the settings.
 */
import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_NOTIFICATION_SETTINGS } from '../../../shared/model/notifications'
import type { EventName, Events } from '../../../shared/ipc/contract'
import type { AppServices } from '../services/app-types'

const fake = vi.hoisted(() => {
  const shown: FakeNotification[] = []
  class FakeNotification {
    static supported = true
    static isSupported = () => FakeNotification.supported
    handlers = new Map<string, () => void>()
    constructor(readonly options: { title: string; body: string }) {}
    on(name: string, handler: () => void) {
      this.handlers.set(name, handler)
      return this
    }
    show() {
      shown.push(this)
    }
  }
  const stores = new Map<string, Map<string, unknown>>()
  return { shown, FakeNotification, stores }
})

vi.mock('electron', () => ({ Notification: fake.FakeNotification, default: {} }))
vi.mock('electron-store', () => ({
  default: class MemoryStore {
    data: Map<string, unknown>
    constructor(options: { name: string; defaults?: Record<string, unknown> }) {
      this.data = new Map(Object.entries(structuredClone(options.defaults ?? {})))
      fake.stores.set(options.name, this.data)
    }
    get(key: string) {
      return this.data.get(key)
    }
    set(key: string, value: unknown) {
      this.data.set(key, value)
    }
  },
}))

const { openNotificationSettings, showDesktopNotifications } = await import('./notifications')

function fakeServices() {
  const listeners = new Set<(name: EventName, payload: unknown) => void>()
  const services = {
    onEvent: (listener: (name: EventName, payload: unknown) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  } as unknown as AppServices
  const emit = <E extends EventName>(name: E, payload: Events[E]) => {
    for (const listener of listeners) listener(name, payload)
  }
  return { services, emit, listeners }
}

function fakeWindow() {
  return {
    isDestroyed: () => false,
    isMinimized: vi.fn(() => true),
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
    webContents: { send: vi.fn() },
  }
}

const request: Events['notification:show'] = {
  threadId: 't1',
  messageId: 'm9',
  contactName: 'Camille Martin',
  subject: 'Colis non reçu',
  preview: 'Bonjour, toujours rien ?',
}

describe('desktop notifications', () => {
  it('shows a system notification for notification:show only', () => {
    fake.shown.length = 0
    const { services, emit } = fakeServices()
    showDesktopNotifications(services, () => null)
    emit('message:new', { threadId: 't1', messageId: 'm9', blocked: false })
    emit('notification:show', request)
    expect(fake.shown).toHaveLength(1)
    expect(fake.shown[0]!.options).toMatchObject({
      title: 'Camille Martin — Colis non reçu',
      body: 'Bonjour, toujours rien ?',
    })
  })

  it('a click brings the window forward and opens the thread', () => {
    fake.shown.length = 0
    const { services, emit } = fakeServices()
    const window = fakeWindow()
    showDesktopNotifications(services, () => window as never)
    emit('notification:show', request)
    fake.shown[0]!.handlers.get('click')!()
    expect(window.restore).toHaveBeenCalled()
    expect(window.show).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
    expect(window.webContents.send).toHaveBeenCalledWith('notification:open', { threadId: 't1' })
  })

  it('shows nothing where the system has no notifications, and unsubscribes', () => {
    fake.shown.length = 0
    fake.FakeNotification.supported = false
    const { services, emit, listeners } = fakeServices()
    const stop = showDesktopNotifications(services, () => null)
    emit('notification:show', request)
    expect(fake.shown).toHaveLength(0)
    stop()
    expect(listeners.size).toBe(0)
    fake.FakeNotification.supported = true
  })
})

describe('notification settings in electron-store', () => {
  it('starts from defaults, merges patches and repairs hand-edited values', () => {
    const settings = openNotificationSettings()
    expect(settings.get()).toEqual(DEFAULT_NOTIFICATION_SETTINGS)
    expect(settings.set({ onlyNeedsReply: false, quietHours: { enabled: true } })).toMatchObject({
      onlyNeedsReply: false,
      quietHours: { enabled: true, start: '22:00', end: '07:00' },
    })
    fake.stores.get('notifications')!.set('settings', { enabled: 'nope', quietHours: { end: '99:99' } })
    expect(settings.get()).toEqual(DEFAULT_NOTIFICATION_SETTINGS)
  })
})
