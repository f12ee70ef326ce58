/**
 * Opening the store of a data folder from a command: an interrupted restore is finished first, and a
 * store held by a running app is refused with a sentence saying what to do instead.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ComptoirError } from '../../../shared/ipc/result'
import { completeInterruptedRestore } from '../services/backup'
import { MailboxStore } from '../services/store'
import { UsageError } from './cli-run'

export async function openDataStore(dataDir: string, command: string): Promise<MailboxStore> {
  await completeInterruptedRestore(dataDir)
  try {
    return await MailboxStore.open(path.join(dataDir, 'store'))
  } catch (error) {
    if (error instanceof ComptoirError && error.code === 'STORE_LOCKED')
      throw new Error(
        `${error.message} \`${command}\` cannot read a store another process is writing; run it from that app, or close the app first.`,
        { cause: error },
      )
    throw error
  }
}

/** --lang, else the app's language setting (settings.json), else French. */
export function languageOf(dataDir: string, flag: string | undefined): 'fr' | 'en' {
  if (flag !== undefined) {
    if (flag !== 'fr' && flag !== 'en') throw new UsageError('--lang must be fr or en.')
    return flag
  }
  try {
    const stored = JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')) as {
      language?: string
    }
    if (stored.language === 'en' || stored.language === 'fr') return stored.language
  } catch {
    // No settings yet: French, the app's first language.
  }
  return 'fr'
}
