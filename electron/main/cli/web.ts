/**
 * `npm run web -- --port P --data DIR [--demo] [--lang fr|en]` (contract: ../shared/CONTRACTS.md).
 * Prints exactly one line on stdout when ready; everything else goes to stderr.
 */
import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { createAppServices } from '../services/app'
import { createFileSettings } from '../services/settings-file'
import { startWebServer } from '../services/web/server'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

function fail(message: string): never {
  process.stderr.write(`comptoir web: ${message}\n`)
  process.exit(2)
}

function parse() {
  try {
    const { values } = parseArgs({
      options: {
        port: { type: 'string', default: '0' },
        data: { type: 'string' },
        demo: { type: 'boolean', default: false },
        lang: { type: 'string' },
      },
      strict: true,
    })
    const port = Number(values.port)
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      fail(`--port must be 0..65535, got ${values.port}`)
    if (!values.data) fail('--data DIR is required (the folder holding the store)')
    if (values.lang !== undefined && values.lang !== 'fr' && values.lang !== 'en')
      fail('--lang must be fr or en')
    return {
      port,
      data: path.resolve(values.data),
      demo: values.demo,
      lang: values.lang as 'fr' | 'en' | undefined,
    }
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error))
  }
}

function ensureRendererBuilt(rendererDir: string): void {
  if (fs.existsSync(path.join(rendererDir, 'index.html'))) return
  process.stderr.write('comptoir web: no renderer build found, running electron-vite build…\n')
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: projectRoot, stdio: ['ignore', 2, 2] })
  if (build.status !== 0) fail('the renderer build failed; run `npm run build` to see why')
}

function systemLanguage(): 'fr' | 'en' {
  const locale = Intl.DateTimeFormat().resolvedOptions().locale || process.env.LANG || 'fr'
  return locale.toLowerCase().startsWith('en') ? 'en' : 'fr'
}

async function main(): Promise<void> {
  const args = parse()
  const rendererDir = path.join(projectRoot, 'out', 'renderer')
  ensureRendererBuilt(rendererDir)
  fs.mkdirSync(args.data, { recursive: true })
  const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    version: string
  }
  const services = await createAppServices({
    userDataDir: args.data,
    mode: 'web',
    demo: args.demo,
    settings: createFileSettings(path.join(args.data, 'settings.json')),
    version: pkg.version,
    systemLanguage: args.lang ?? systemLanguage(),
    automaticBackups: true,
    earlyOpen: true,
  })
  const server = await startWebServer({ services, rendererDir, port: args.port })
  process.stdout.write(`comptoir web: ${server.url}\n`)

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    process.stderr.write(`comptoir web: ${signal}, flushing the store…\n`)
    await server.close()
    await services.close()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  fail(message)
})
