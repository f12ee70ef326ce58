#!/usr/bin/env node
/**
 * `npm start`: opens the desktop app. Finds the Electron binary; when it is missing (npm 11 does not run
 * install scripts), runs Electron's own installer once, with its progress; only when that fails too (no
 * network, say) it says why in French and English, points to `npm run web`, and exits 1. Otherwise rebuilds out/ when a source
 * is newer than the build, then runs Electron on the project, forwarding the arguments (e.g. --demo).
 *
 * `node electron/launch.mjs --check-electron` only reports: the binary's path on stdout (exit 0), or the
 * explanation on stderr (exit 1). The Electron Playwright spec uses it to decide whether it can run.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

/** The Electron executable, found the way node_modules/electron/index.js does, minus the download. */
function findElectron() {
  let packageDir
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'))
  } catch {
    return {
      path: null,
      why: 'the electron package is not installed / le paquet electron n’est pas installé',
    }
  }
  const pathFile = path.join(packageDir, 'path.txt')
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const executable = override
    ? path.join(override, relative || 'electron')
    : relative && path.join(packageDir, 'dist', relative)
  if (executable && fs.existsSync(executable)) return { path: executable, why: null }
  return {
    path: null,
    why: executable
      ? `${executable} does not exist / n’existe pas`
      : `${pathFile} is missing: Electron's install script never ran / le script d’installation d’Electron n’a jamais tourné`,
  }
}

function explainMissing(why) {
  const installer = path.join('node_modules', 'electron', 'install.js')
  return [
    'Comptoir — application de bureau indisponible : le binaire Electron n’est pas installé.',
    'Comptoir — desktop app unavailable: the Electron binary is not installed.',
    `  (${why})`,
    '',
    'Pourquoi / Why: npm installe le paquet electron, mais le binaire est téléchargé par son script',
    '  d’installation, qui n’a pas tourné (scripts désactivés ou hôte de téléchargement injoignable).',
    '  npm installs the electron package, but the binary comes from its install script, which did not',
    '  run (install scripts disabled, or the download host unreachable).',
    '',
    'Installer là où le réseau le permet / Install it where the network allows:',
    `  node ${installer}`,
    '',
    'La même application dans un navigateur / The same app in a browser:',
    '  npm run web -- --port 0 --data ~/comptoir-data --demo',
    '  (puis ouvrez l’adresse affichée / then open the printed address)',
    '',
  ].join('\n')
}

/** Newest modification time below `target` (a file or a folder), skipping node_modules. */
function newestMtime(target) {
  const stat = fs.statSync(target, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)))
  }
  return newest
}

const BUILD_OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']
const BUILD_INPUTS = [
  'electron',
  'renderer',
  'shared',
  'resources',
  'electron.vite.config.ts',
  'package.json',
]

function buildIsStale() {
  const outputs = BUILD_OUTPUTS.map((file) =>
    fs.statSync(path.join(projectRoot, file), { throwIfNoEntry: false }),
  )
  if (outputs.some((stat) => !stat)) return true
  const oldestOutput = Math.min(...outputs.map((stat) => stat.mtimeMs))
  return BUILD_INPUTS.some((input) => newestMtime(path.join(projectRoot, input)) > oldestOutput)
}

function build() {
  process.stderr.write('comptoir: construction de l’application… / building the app…\n')
  const cli = path.join(
    path.dirname(require.resolve('electron-vite/package.json')),
    'bin',
    'electron-vite.js',
  )
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: projectRoot, stdio: ['ignore', 2, 2] })
  if (result.status !== 0) {
    process.stderr.write('comptoir: la construction a échoué / the build failed (npm run build)\n')
    process.exit(1)
  }
}

function run(electronPath, args) {
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE // would make the binary a plain Node.js
  const child = spawn(electronPath, ['.', ...args], { cwd: projectRoot, env, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('error', (error) => {
    process.stderr.write(`comptoir: Electron n’a pas démarré / Electron did not start: ${error.message}\n`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

/**
 * npm 11 skips Electron's install script, so a fresh `npm install` has no binary: run that same
 * installer now (its download progress goes to the terminal), the way npm would have. Tests point
 * COMPTOIR_ELECTRON_INSTALLER at a stand-in script.
 */
function runElectronInstaller() {
  let installer = process.env.COMPTOIR_ELECTRON_INSTALLER
  if (!installer) {
    try {
      installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js')
    } catch {
      return false
    }
  }
  process.stderr.write(
    'comptoir: binaire Electron absent, téléchargement par son installateur… / Electron binary missing, running its installer…\n',
  )
  const result = spawnSync(process.execPath, [installer], { cwd: projectRoot, stdio: ['ignore', 2, 2] })
  return result.status === 0
}

const args = process.argv.slice(2)
const checkOnly = args.includes('--check-electron')
let electron = findElectron()
if (!electron.path && !checkOnly && runElectronInstaller()) electron = findElectron()
if (!electron.path) {
  process.stderr.write(explainMissing(electron.why))
  process.exit(1)
}
if (checkOnly) {
  process.stdout.write(`${electron.path}\n`)
  process.exit(0)
}
// COMPTOIR_LAUNCH_NO_BUILD: the launcher's own tests start a stand-in binary and need no build.
if (!process.env.COMPTOIR_LAUNCH_NO_BUILD && buildIsStale()) build()
run(electron.path, args)
