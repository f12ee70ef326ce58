/**
 * The desktop app end to end, through Electron itself. Runs where the Electron binary is installed;
 * elsewhere (e.g. a machine where npm could not download it) it reports itself skipped with the reason
 * given by `npm start`'s launcher. Needs `npm run build` first (npm test does it) and, on Linux, a display
 * (e.g. `xvfb-run`).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { _electron as electron, expect, test } from '@playwright/test'
import type { ElectronApplication, Page } from '@playwright/test'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The binary's path, or why the desktop app cannot run here (the launcher's own explanation). */
function electronBinary(): { path: string } | { skip: string } {
  const check = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'electron/launch.mjs'), '--check-electron'],
    {
      cwd: projectRoot,
      encoding: 'utf8',
    },
  )
  if (check.status !== 0) {
    // The launcher's English line and the reason (e.g. "path.txt is missing: the install script never ran").
    const [, english, why] = check.stderr.split('\n').map((line) => line.trim())
    return { skip: `${english} ${why} See \`npm start\`; \`npm run web\` serves the same app.` }
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return { skip: 'No display (DISPLAY/WAYLAND_DISPLAY unset): run the Electron spec under xvfb-run.' }
  return { path: check.stdout.trim() }
}

const binary = electronBinary()

test.describe('desktop app (Electron)', () => {
  test.skip('skip' in binary, 'skip' in binary ? binary.skip : '')
  // One app for the whole file, in one worker (the config runs files fully parallel).
  test.describe.configure({ mode: 'default' })

  let userData: string
  let app: ElectronApplication
  let page: Page

  test.beforeAll(async () => {
    if (!('path' in binary)) return
    const built = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']
    const missing = built.filter((file) => !fs.existsSync(path.join(projectRoot, file)))
    if (missing.length > 0) throw new Error(`Run \`npm run build\` first (missing ${missing.join(', ')}).`)
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-electron-'))
    // Chromium refuses to start as root without --no-sandbox (containers); the page's own sandbox stays on.
    const asRoot = process.platform === 'linux' && process.getuid?.() === 0
    // ELECTRON_RUN_AS_NODE would turn the binary into plain Node.js.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE',
      ),
    )
    env.COMPTOIR_USER_DATA = userData
    app = await electron.launch({
      executablePath: binary.path,
      cwd: projectRoot,
      args: [...(asRoot ? ['--no-sandbox'] : []), '.', '--demo'],
      env,
    })
    page = await app.firstWindow()
  })

  test.afterAll(async () => {
    await app?.close()
    if (userData) fs.rmSync(userData, { recursive: true, force: true })
  })

  test('the window shows the demo inbox from the app protocol', async () => {
    expect(page.url()).toMatch(/^app:\/\/comptoir\//)
    const rows = page.locator('[data-testid="thread-row"]')
    await expect(rows.first()).toBeVisible({ timeout: 20_000 })
    expect(await rows.count()).toBeGreaterThan(10)
  })

  test('the page has no Node.js and only the narrow bridge', async () => {
    const globals = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>
      const bridge = w.comptoir as Record<string, unknown> | undefined
      return {
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
        ipcRenderer: bridge ? 'ipcRenderer' in bridge : null,
        query: typeof (bridge?.threads as Record<string, unknown> | undefined)?.query,
        on: typeof bridge?.on,
      }
    })
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      ipcRenderer: false,
      query: 'function',
      on: 'function',
    })
  })

  test('remote content and navigation away from the app are blocked', async () => {
    const fetched = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'loaded',
        () => 'blocked',
      ),
    )
    expect(fetched).toBe('blocked')
    const before = page.url()
    await page.evaluate(() => {
      window.location.href = 'file:///etc/passwd'
    })
    await page.waitForTimeout(500)
    expect(page.url()).toBe(before)
    const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)
    expect(windows).toBe(1)
  })

  test('the user-data folder is the one the test chose', async () => {
    const userDataPath = await app.evaluate(({ app: electronApp }) => electronApp.getPath('userData'))
    expect(fs.realpathSync(userDataPath)).toBe(fs.realpathSync(userData))
    expect(fs.existsSync(path.join(userData, 'store'))).toBe(true)
  })
})
