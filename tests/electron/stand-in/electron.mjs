/**
 * A stand-in for the `electron` module, just enough for the built main process (out/main/index.js) to
 * start in plain Node.js: it records what the shell does and hands the driver (boot.mjs) the protocol
 * handler, the IPC handlers and the window. Not a simulation of Electron's behaviour.
 */
import { Buffer } from 'node:buffer'
import { EventEmitter } from 'node:events'
import { setTimeout } from 'node:timers'

export const recorded = { steps: [], window: null, protocolHandlers: new Map(), ipcHandlers: new Map() }

let markReady
const ready = new Promise((resolve) => (markReady = resolve))
const paths = new Map()

export const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  setPath: (name, value) => (recorded.steps.push(`setPath:${name}`), paths.set(name, value)),
  getPath: (name) => paths.get(name) ?? `/nonexistent/${name}`,
  enableSandbox: () => recorded.steps.push('enableSandbox'),
  requestSingleInstanceLock: () => (recorded.steps.push('requestSingleInstanceLock'), true),
  whenReady: () => (recorded.steps.push('whenReady'), ready),
  getVersion: () => '0.0.0-stand-in',
  getPreferredSystemLanguages: () => ['fr-FR'],
  quit: () => (recorded.steps.push('quit'), app.emit('stand-in:quit')),
  exit: (code) => (recorded.steps.push(`exit:${code}`), app.emit('stand-in:quit')),
})
setTimeout(() => markReady(), 0)

class WebContents extends EventEmitter {
  id = 1
  sent = []
  send(event, payload) {
    this.sent.push([event, payload])
  }
  isDestroyed = () => false
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler
  }
  downloadURL() {}
}

export class BrowserWindow extends EventEmitter {
  static fromWebContents = () => null
  static getAllWindows = () => (recorded.window ? [recorded.window] : [])
  constructor(options) {
    super()
    recorded.steps.push('new BrowserWindow')
    this.options = options
    this.webContents = new WebContents()
    recorded.window = this
    app.emit('web-contents-created', {}, this.webContents)
  }
  async loadURL(url) {
    recorded.steps.push(`loadURL:${url}`)
  }
  isDestroyed = () => false
  isMinimized = () => false
  getNormalBounds = () => ({ x: 0, y: 0, width: 1200, height: 800 })
  isMaximized = () => false
}

export const protocol = {
  registerSchemesAsPrivileged: (schemes) =>
    recorded.steps.push(`registerSchemesAsPrivileged:${JSON.stringify(schemes)}`),
  handle: (scheme, handler) => (
    recorded.steps.push(`protocol.handle:${scheme}`),
    recorded.protocolHandlers.set(scheme, handler)
  ),
}

export const ipcMain = {
  handle: (channel, handler) => recorded.ipcHandlers.set(channel, handler),
  removeHandler: (channel) => recorded.ipcHandlers.delete(channel),
  on() {},
}

const defaultSession = Object.assign(new EventEmitter(), {
  setPermissionRequestHandler: () => recorded.steps.push('setPermissionRequestHandler'),
  setPermissionCheckHandler: () => recorded.steps.push('setPermissionCheckHandler'),
  setDevicePermissionHandler() {},
  webRequest: { onBeforeRequest: () => recorded.steps.push('webRequest.onBeforeRequest') },
})
export const session = { defaultSession }
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] }
export const dialog = {
  showErrorBox: (title, message) => recorded.steps.push(`showErrorBox:${message}`),
  showMessageBox: async () => ({ response: 0 }),
}
export const shell = { openExternal: async () => {}, openPath: async () => '' }
export class Notification {
  static isSupported = () => false
}

/** A stand-in keychain: reversible, but never the plain text (the tests check the file). */
export const safeStorage = {
  isAsyncEncryptionAvailable: async () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptStringAsync: async (text) =>
    Buffer.from('v10' + Buffer.from(text, 'utf8').toString('hex').split('').reverse().join('')),
  decryptStringAsync: async (buffer) => ({
    shouldReEncrypt: false,
    result: Buffer.from(buffer.toString().slice(3).split('').reverse().join(''), 'hex').toString('utf8'),
  }),
}
/** The menu bar: the template is recorded as built (labels and accelerators), nothing is drawn. */
export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => {
    recorded.menu = menu
    recorded.steps.push('setApplicationMenu')
  },
}
export default {
  app,
  Menu,
  BrowserWindow,
  protocol,
  ipcMain,
  session,
  screen,
  dialog,
  shell,
  Notification,
  safeStorage,
}
