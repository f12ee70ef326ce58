/**
 * The shell's wiring, run against a stand-in for the `electron` module (the real binary is not needed):
 * the order of the start-up steps, the window's settings, the app protocol, the IPC sender check, the
 * guards every webContents gets, the session policy and the flush on quit.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../../shared/ipc/contract'
import { ok } from '../../../shared/ipc/result'
import type { AppServicesOptions } from '../services/app-types'

type Handler = (...args: never[]) => unknown

const fake = vi.hoisted(() => {
  class Emitter {
    handlers = new Map<string, Array<(...args: unknown[]) => unknown>>()
    on(name: string, handler: (...args: unknown[]) => unknown) {
      this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler])
      return this
    }
    once(name: string, handler: (...args: unknown[]) => unknown) {
      return this.on(name, handler)
    }
    emit(name: string, ...args: unknown[]) {
      for (const handler of this.handlers.get(name) ?? []) handler(...args)
    }
  }
  const steps: string[] = []
  let readyResolve: () => void = () => {}
  const ready = new Promise<void>((resolve) => (readyResolve = resolve))
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    paths: new Map<string, string>(),
    setPath(name: string, value: string) {
      steps.push(`setPath:${name}`)
      app.paths.set(name, value)
    },
    getPath: (name: string) => app.paths.get(name) ?? '/default',
    enableSandbox: () => steps.push('enableSandbox'),
    requestSingleInstanceLock: () => (steps.push('lock'), true),
    whenReady: () => (steps.push('whenReady'), ready),
    getVersion: () => '9.9.9',
    getPreferredSystemLanguages: () => ['en-GB'],
    quit: vi.fn(),
    exit: vi.fn(),
  })
  class WebContents extends Emitter {
    static next = 1
    id = WebContents.next++
    send = vi.fn()
    isDestroyed = () => false
    downloadURL = vi.fn()
    windowOpenHandler: ((details: { url: string }) => unknown) | null = null
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      this.windowOpenHandler = handler
    }
  }
  class BrowserWindow extends Emitter {
    static all: BrowserWindow[] = []
    static fromWebContents = () => null
    webContents = new WebContents()
    loadURL = vi.fn(async () => {})
    focus = vi.fn()
    isMinimized = () => false
    restore = vi.fn()
    isDestroyed = () => false
    getNormalBounds = () => ({ x: 10, y: 20, width: 1000, height: 700 })
    isMaximized = () => false
    constructor(readonly options: Record<string, unknown>) {
      super()
      steps.push('BrowserWindow')
      BrowserWindow.all.push(this)
      app.emit('web-contents-created', {}, this.webContents)
    }
  }
  const session = {
    requestHandler: null as Handler | null,
    checkHandler: null as Handler | null,
    beforeRequest: null as { filter: { urls: string[] }; handler: Handler } | null,
    events: new Emitter(),
    setPermissionRequestHandler: (handler: Handler) => (session.requestHandler = handler),
    setPermissionCheckHandler: (handler: Handler) => (session.checkHandler = handler),
    setDevicePermissionHandler: vi.fn(),
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, handler: Handler) =>
        (session.beforeRequest = { filter, handler }),
    },
    on: (name: string, handler: (...args: unknown[]) => unknown) => session.events.on(name, handler),
  }
  const protocol = {
    privileged: [] as unknown[],
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
    registerSchemesAsPrivileged(schemes: unknown[]) {
      steps.push('registerSchemesAsPrivileged')
      protocol.privileged.push(...schemes)
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response>) {
      steps.push(`protocol.handle:${scheme}`)
      protocol.handlers.set(scheme, handler)
    },
  }
  const ipcMain = {
    handlers: new Map<string, (...args: unknown[]) => unknown>(),
    handle: (channel: string, handler: (...args: unknown[]) => unknown) =>
      ipcMain.handlers.set(channel, handler),
    removeHandler: (channel: string) => ipcMain.handlers.delete(channel),
  }
  const dialog = { showMessageBox: vi.fn(async () => ({ response: 0 })), showErrorBox: vi.fn() }
  const shell = { openExternal: vi.fn(async () => {}) }
  class Notification {
    static isSupported = () => false
  }
  const electron = {
    app,
    BrowserWindow,
    session: { defaultSession: session },
    protocol,
    ipcMain,
    dialog,
    shell,
    Notification,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    safeStorage: { isAsyncEncryptionAvailable: async () => true },
  }
  const listeners = new Set<(name: string, payload: unknown) => void>()
  const services = {
    dispatch: vi.fn(async (_channel: unknown, _args: unknown) => ({
      ok: true as const,
      value: 'dispatched',
    })),
    onEvent: (listener: (name: string, payload: unknown) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    emit: (name: string, payload: unknown) => listeners.forEach((listener) => listener(name, payload)),
    readAttachment: vi.fn(async (id: string) =>
      id === 'ab'.repeat(32)
        ? { bytes: new Uint8Array([137, 80, 78, 71]), type: 'png', mime: 'image/png' }
        : null,
    ),
    receiveImportUpload: vi.fn(async () => ({ id: '0'.repeat(32), name: 'x', bytes: 0 })),
    close: vi.fn(async () => {}),
  }
  const stores = new Map<string, Map<string, unknown>>()
  return {
    steps,
    readyResolve: () => readyResolve(),
    electron,
    services,
    stores,
    servicesOptions: [] as unknown[],
  }
})

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }))
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
vi.mock('../services/app', () => ({
  createAppServices: vi.fn(async (options: unknown) => {
    fake.steps.push('createAppServices')
    fake.servicesOptions.push(options)
    return fake.services
  }),
}))

const { app, BrowserWindow, protocol, ipcMain, dialog, shell } = fake.electron
const session = fake.electron.session.defaultSession
const ATTACHMENT_ID = 'ab'.repeat(32)
let userData: string
const savedEnv = process.env.COMPTOIR_USER_DATA

beforeAll(async () => {
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-shell-'))
  process.env.COMPTOIR_USER_DATA = userData
  await import('./index')
  fake.readyResolve()
  await vi.waitFor(() => expect(BrowserWindow.all).toHaveLength(1))
})

afterAll(() => {
  if (savedEnv === undefined) delete process.env.COMPTOIR_USER_DATA
  else process.env.COMPTOIR_USER_DATA = savedEnv
  fs.rmSync(userData, { recursive: true, force: true })
})

const mainWindow = () => BrowserWindow.all[0]!

describe('start-up', () => {
  it('sets the user-data folder, sandbox and scheme before the lock and before ready', () => {
    expect(app.getPath('userData')).toBe(userData)
    expect(fake.steps.slice(0, 5)).toEqual([
      'setPath:userData',
      'enableSandbox',
      'registerSchemesAsPrivileged',
      'lock',
      'whenReady',
    ])
    expect(fake.steps.indexOf('protocol.handle:app')).toBeLessThan(fake.steps.indexOf('BrowserWindow'))
    expect(protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ])
  })

  it('runs the shared services in electron mode with electron-store settings', () => {
    const options = fake.servicesOptions[0] as AppServicesOptions
    expect(options).toMatchObject({
      userDataDir: userData,
      mode: 'electron',
      version: '9.9.9',
      systemLanguage: 'en',
    })
    expect(options.settings.get()).toEqual({ language: 'system' })
    expect(options.settings.set({ language: 'en' })).toEqual({ language: 'en' })
    expect(options.settings.get()).toEqual({ language: 'en' })
  })

  it('opens one locked-down window on the app protocol', () => {
    const { webPreferences } = mainWindow().options as { webPreferences: Record<string, unknown> }
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    })
    expect(String(webPreferences.preload)).toMatch(/preload[/\\]index\.cjs$/)
    expect(webPreferences.devTools).toBe(false)
    expect(mainWindow().loadURL).toHaveBeenCalledWith('app://comptoir/index.html')
  })

  it('focuses the existing window when a second instance starts', () => {
    app.emit('second-instance', {}, [], '/')
    expect(mainWindow().focus).toHaveBeenCalled()
  })
})

describe('app protocol', () => {
  const request = (url: string, method = 'GET') => protocol.handlers.get('app')!(new Request(url, { method }))

  it('serves attachments by id with their real type', async () => {
    const response = await request(`app://comptoir/attachments/${ATTACHMENT_ID}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71]))
    expect((await request(`app://comptoir/attachments/${'cd'.repeat(32)}`)).status).toBe(404)
  })

  it('refuses other methods, hosts and paths', async () => {
    expect((await request('app://comptoir/index.html', 'POST')).status).toBe(405)
    expect((await request('app://elsewhere/index.html')).status).toBe(404)
    expect((await request('app://comptoir/attachments/../../etc/passwd')).status).toBe(404)
  })
})

describe('IPC', () => {
  const trustedEvent = () => ({
    sender: { id: mainWindow().webContents.id },
    senderFrame: { url: 'app://comptoir/index.html', parent: null },
  })

  it('handles every contract channel', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort())
  })

  it('passes the app window’s messages to the router', async () => {
    fake.services.dispatch.mockClear()
    const result = await ipcMain.handlers.get('threads:get')!(trustedEvent(), 't1')
    expect(result).toEqual(ok('dispatched'))
    expect(fake.services.dispatch).toHaveBeenCalledWith('threads:get', ['t1'])
  })

  it('answers FORBIDDEN to any other sender', async () => {
    fake.services.dispatch.mockClear()
    const good = trustedEvent()
    for (const event of [
      { ...good, sender: { id: 9999 } },
      { ...good, senderFrame: { url: 'app://comptoir/index.html', parent: {} } },
      { ...good, senderFrame: { url: 'https://evil.example/', parent: null } },
      { ...good, senderFrame: null },
    ]) {
      const result = await ipcMain.handlers.get('threads:purge')!(event, ['t1'])
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(fake.services.dispatch).not.toHaveBeenCalled()
  })

  it('forwards service events to the window', () => {
    fake.services.emit('store:changed', { threadIds: ['t1'] })
    expect(mainWindow().webContents.send).toHaveBeenCalledWith('store:changed', { threadIds: ['t1'] })
  })
})

describe('guards on every webContents', () => {
  const contents = () => mainWindow().webContents
  const navigate = (name: string, url: string, isMainFrame = true) => {
    const event = { url, isMainFrame, preventDefault: vi.fn() }
    contents().emit(name, event)
    return event.preventDefault
  }

  it('denies every new window; https only after the user says yes', async () => {
    const open = (url: string) => contents().windowOpenHandler!({ url })
    expect(open('https://example.com/a')).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledTimes(1))
    expect(shell.openExternal).not.toHaveBeenCalled()
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1 })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(open('https://example.com/b')).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/b'))
    expect(open('http://example.com/')).toEqual({ action: 'deny' })
    expect(open(`app://comptoir/attachments/${ATTACHMENT_ID}`)).toEqual({ action: 'deny' })
    expect(contents().downloadURL).toHaveBeenCalledWith(`app://comptoir/attachments/${ATTACHMENT_ID}`)
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(2)
  })

  it('blocks navigation and redirects away from the app, and <webview>', () => {
    expect(navigate('will-frame-navigate', 'file:///etc/passwd')).toHaveBeenCalled()
    expect(navigate('will-navigate', 'https://example.com/')).toHaveBeenCalled()
    expect(navigate('will-redirect', 'https://example.com/')).toHaveBeenCalled()
    expect(navigate('will-frame-navigate', 'app://comptoir/index.html')).not.toHaveBeenCalled()
    const attach = { preventDefault: vi.fn() }
    contents().emit('will-attach-webview', attach)
    expect(attach.preventDefault).toHaveBeenCalled()
  })
})

describe('session policy', () => {
  it('denies every permission', () => {
    const granted = vi.fn()
    ;(session.requestHandler as (...args: unknown[]) => void)({}, 'media', granted, {})
    expect(granted).toHaveBeenCalledWith(false)
    expect(
      (session.checkHandler as (...args: unknown[]) => boolean)(null, 'notifications', 'app://comptoir', {}),
    ).toBe(false)
  })

  it('cancels remote and file requests', () => {
    expect(session.beforeRequest?.filter.urls).toEqual(expect.arrayContaining(['https://*/*', 'file:///*']))
    const answer = vi.fn()
    ;(session.beforeRequest!.handler as (...args: unknown[]) => void)(
      { url: 'https://cdn.example/x.js' },
      answer,
    )
    expect(answer).toHaveBeenCalledWith({ cancel: true })
  })

  it('downloads only our attachments', () => {
    const event = { preventDefault: vi.fn() }
    session.events.emit('will-download', event, { getURL: () => 'https://example.com/setup.exe' })
    expect(event.preventDefault).toHaveBeenCalled()
    const ours = { preventDefault: vi.fn() }
    session.events.emit('will-download', ours, {
      getURL: () => `app://comptoir/attachments/${ATTACHMENT_ID}`,
    })
    expect(ours.preventDefault).not.toHaveBeenCalled()
  })
})

describe('quitting', () => {
  it('saves the window bounds when it closes', () => {
    mainWindow().emit('close')
    expect(fake.stores.get('preferences')?.get('window')).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      maximized: false,
    })
  })

  it('holds the quit until the store is flushed', async () => {
    const event = { preventDefault: vi.fn() }
    app.emit('will-quit', event)
    expect(event.preventDefault).toHaveBeenCalled()
    expect(fake.services.close).toHaveBeenCalledTimes(1)
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled())
    const again = { preventDefault: vi.fn() }
    app.emit('will-quit', again)
    expect(again.preventDefault).not.toHaveBeenCalled()
  })
})
