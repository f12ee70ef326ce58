/**
 * `npm run --silent backup -- --data DIR --out FILE.zip` (contract in ../shared/CONTRACTS.md).
 * Goes through the store's single writer: if a running app holds the store, says so and exits 2
 * (that app makes the same backup from its settings, safely, while it runs).
 */
import path from 'node:path'
import { ComptoirError } from '../../../shared/ipc/result'
import { completeInterruptedRestore, writeBackup } from '../services/backup'
import { MailboxStore } from '../services/store'
import { UsageError, parseCliArgs, runCli } from './cli-run'

const USAGE = 'usage: npm run --silent backup -- --data DIR --out FILE.zip'

runCli('backup', async () => {
  const { values } = parseCliArgs(USAGE, ['data', 'out'])
  if (!values.data || !values.out) throw new UsageError(`--data and --out are required.\n${USAGE}`)
  const dataDir = path.resolve(values.data)
  await completeInterruptedRestore(dataDir)
  let store: MailboxStore
  try {
    store = await MailboxStore.open(path.join(dataDir, 'store'))
  } catch (error) {
    if (error instanceof ComptoirError && error.code === 'STORE_LOCKED')
      throw new Error(
        `${error.message} A command-line backup cannot read a store another process is writing; make the backup from that app (Settings › Backup), or close it first.`,
        { cause: error },
      )
    throw error
  }
  try {
    const summary = await writeBackup({ store, dataDir, out: values.out })
    return {
      out: summary.out,
      threads: summary.threads,
      messages: summary.messages,
      attachments: summary.attachments,
      bytes: summary.bytes,
    }
  } finally {
    await store.close()
  }
})
