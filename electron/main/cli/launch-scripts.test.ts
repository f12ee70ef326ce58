/**
 * How package.json starts the command-line tools. The `tsx` CLI runs a script as a child process and relays
 * SIGINT/SIGTERM to it; if the child has not reported the signal back within ~60 ms it SIGKILLs it. A
 * store-holding tool whose event loop is busy at that moment (a partition read, a big write, a loaded
 * machine) was killed before it could close the store: the lock stayed behind and the derived files were
 * not written, which a test saw as "the web server did not release store.lock within 20 s of SIGTERM".
 * `node --import tsx` runs the script in one process, so the tool's own handler always runs.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../..')
const scripts = (
  JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('package.json scripts', () => {
  it('start every TypeScript tool in one process (node --import tsx), never through the tsx CLI', () => {
    const typescriptTools = Object.entries(scripts).filter(([, command]) => /\.ts\b/.test(command))
    expect(typescriptTools.length).toBeGreaterThan(10)
    for (const [name, command] of typescriptTools) {
      expect({ name, command }).toEqual({ name, command: expect.stringMatching(/^node --import tsx /) })
    }
    expect(scripts.web).toBe('node --import tsx electron/main/cli/web.ts')
  })

  it('let a tool that is busy when SIGTERM reaches its process group still run its own shutdown', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-launch-'))
    dirs.push(dir)
    const tool = path.join(dir, 'busy-tool.ts')
    const done = path.join(dir, 'closed.txt')
    // A stand-in for a store-holding tool: its shutdown writes a file; its event loop is blocked 150 ms of
    // every 200 ms, as a partition read or a large write blocks the real ones.
    fs.writeFileSync(
      tool,
      [
        "import fs from 'node:fs'",
        `process.on('SIGTERM', () => setTimeout(() => { fs.writeFileSync(${JSON.stringify(done)}, 'closed'); process.exit(0) }, 100))`,
        "console.log('ready')",
        'setInterval(() => { const t = Date.now(); while (Date.now() - t < 150); }, 200)',
      ].join('\n'),
    )
    const launch = scripts.web!.replace('electron/main/cli/web.ts', tool).split(' ')
    const child = spawn(launch[0]!, launch.slice(1), {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()))
    await new Promise((resolve) => setTimeout(resolve, 250))
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    process.kill(-child.pid!, 'SIGTERM')
    expect(await exited).toBe(0)
    expect(fs.readFileSync(done, 'utf8')).toBe('closed')
  }, 30_000)
})
