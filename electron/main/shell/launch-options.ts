/**
 * What the command line and environment ask of the desktop app. Pure logic (tested); index.ts applies
 * it before `app.whenReady()`.
 */
import path from 'node:path'

export interface LaunchOptions {
  /** Absolute user-data folder (store, attachments, preferences), or null for Electron's default. */
  userDataDir: string | null
  /** Fill an empty store with the demo mailbox. */
  demo: boolean
}

const USER_DATA_FLAG = '--user-data-dir'

/**
 * `--user-data-dir=DIR` (or `--user-data-dir DIR`) wins over `COMPTOIR_USER_DATA`; relative paths are
 * resolved against `cwd`. Anything else on the command line is left to Electron/Chromium.
 */
export function parseLaunchOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): LaunchOptions {
  let fromFlag: string | undefined
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]
    const next = argv[i + 1]
    if (arg === USER_DATA_FLAG && next !== undefined && !next.startsWith('-')) fromFlag = next
    else if (arg?.startsWith(`${USER_DATA_FLAG}=`)) fromFlag = arg.slice(USER_DATA_FLAG.length + 1)
  }
  const chosen = [fromFlag, env.COMPTOIR_USER_DATA].find((value) => value !== undefined && value.trim())
  return {
    userDataDir: chosen === undefined ? null : path.resolve(cwd, chosen),
    demo: argv.includes('--demo'),
  }
}

/** The first French or English entry of the system's preferred languages; French otherwise. */
export function pickSystemLanguage(preferred: readonly string[]): 'fr' | 'en' {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split(/[-_]/)[0]
    if (language === 'fr' || language === 'en') return language
  }
  return 'fr'
}
