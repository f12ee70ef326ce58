/**
 * `node --import ./register.mjs boot.mjs OUT_MAIN` (COMPTOIR_USER_DATA set): starts the built main
 * process against the stand-in `electron`, exercises what it registered, quits, and prints one JSON line
 * with what it saw. Used by main-bundle.spec.ts.
 */
/* global Request, structuredClone -- Node's fetch Request (as the protocol handler receives from Electron) and structured clone (as IPC does) */
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'
import { pathToFileURL } from 'node:url'
import { TextDecoder, TextEncoder } from 'node:util'
import { app, recorded } from 'electron'

const report = {}
const fail = (message) => {
  process.stdout.write(`${JSON.stringify({ error: message, steps: recorded.steps })}\n`)
  process.exit(1)
}

await import(pathToFileURL(process.argv[2]).href)
for (let i = 0; i < 400 && !recorded.window; i += 1) await sleep(25)
if (!recorded.window) fail('no window was created')

const serve = recorded.protocolHandlers.get('app')
const get = async (url, method = 'GET') => {
  const response = await serve(new Request(url, { method }))
  const body = new Uint8Array(await response.arrayBuffer())
  return { status: response.status, headers: Object.fromEntries(response.headers), body }
}
const page = await get('app://comptoir/index.html')
const html = new TextDecoder().decode(page.body)
const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1]
report.page = { status: page.status, headers: page.headers, script }
report.script = script ? { status: (await get(`app://comptoir/${script}`)).status } : null
if (script) report.script.type = (await get(`app://comptoir/${script}`)).headers['content-type']
report.outside = (await get('app://comptoir/%2e%2e/%2e%2e/package.json')).status

const invoke = (channel, event, ...args) => recorded.ipcHandlers.get(channel)(event, ...args)
const trusted = {
  sender: { id: recorded.window.webContents.id },
  senderFrame: { url: 'app://comptoir/index.html', parent: null },
}
const page1 = await invoke('threads:query', trusted, { view: 'inbox', limit: 500 })
report.query = { ok: page1.ok, threads: page1.ok ? page1.value.threads.length : 0 }
report.foreign = await invoke('threads:query', { ...trusted, sender: { id: 42 } }, { view: 'inbox' })
report.info = (await invoke('app:info', trusted)).value
// An attachment as the desktop renderer sends it: bytes, structured-cloned as ipcRenderer.invoke does.
const note = new TextEncoder().encode('Bonjour, voici le bon de retour.\n')
const checked = await invoke(
  'attachments:validate',
  trusted,
  ...structuredClone([[{ name: 'retour.txt', bytes: note }]]),
)
report.binary = checked.ok ? checked.value.files[0] : checked

let attachment = null
for (const thread of page1.ok ? page1.value.threads : []) {
  const detail = await invoke('threads:get', trusted, thread.id)
  attachment = detail.value?.messages.flatMap((message) => message.attachments)[0] ?? null
  if (attachment) break
}
if (attachment) {
  const served = await get(`app://comptoir/attachments/${attachment.id}`)
  report.attachment = {
    type: attachment.type,
    bytes: attachment.bytes,
    status: served.status,
    size: served.body.length,
    headers: served.headers,
  }
}

const quitting = new Promise((resolve) => app.once('stand-in:quit', resolve))
const willQuit = {
  prevented: false,
  preventDefault() {
    this.prevented = true
  },
}
app.emit('will-quit', willQuit)
await quitting
report.quitWaitedForFlush = willQuit.prevented
report.steps = recorded.steps
process.stdout.write(`${JSON.stringify(report)}\n`)
process.exit(0)
