/**
 * Electron fuses, flipped in the packaged binary (they are bits in the executable, not options a
 * command line or environment can change back). A packaging step, in two forms:
 *
 *   node electron/fuses.mjs PATH/TO/ELECTRON-BINARY      (or the .app folder on macOS)
 *   electron-builder: "afterPack": "electron/fuses.mjs"  (the default export below)
 *
 * Not run in development: `npm start` uses the untouched binary from node_modules.
 */
import path from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses'

/** Every V1 fuse, decided (strictlyRequireAllFuses makes a fuse added by a future Electron an error). */
export const FUSE_CONFIG = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE=1 would make the app a plain Node.js for anyone who can start it.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and local storage encrypted at rest with an OS-held key.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (e.g. --require) and --inspect flags would inject code or open a debugger.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app code is the app.asar whose hash is embedded in the binary, and nothing else.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from app://comptoir, never file://.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
}

/** The binary electron-builder produced, from its afterPack context. */
export function electronBinaryOf(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const join = (name) => path.posix.join(appOutDir.replaceAll('\\', '/'), name)
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas')
    return join(`${packager.appInfo.productFilename}.app`)
  if (electronPlatformName === 'win32') return join(`${packager.appInfo.productFilename}.exe`)
  return join(packager.executableName)
}

/** electron-builder afterPack hook. */
export default async function afterPack(context) {
  await flipFuses(electronBinaryOf(context), {
    ...FUSE_CONFIG,
    // electron-builder signs macOS apps after this hook; an ad-hoc signature keeps unsigned builds runnable.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
  })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const binary = process.argv[2]
  if (!binary) {
    process.stderr.write('usage: node electron/fuses.mjs PATH/TO/ELECTRON-BINARY\n')
    process.exit(2)
  }
  await flipFuses(binary, { ...FUSE_CONFIG, resetAdHocDarwinSignature: process.platform === 'darwin' })
  process.stderr.write(`fuses flipped in ${binary}\n`)
}
