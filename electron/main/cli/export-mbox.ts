/**
 * `npm run --silent export:mbox -- --data DIR [--thread ID | --folder ID] --out FILE.mbox` (contract in
 * ../shared/CONTRACTS.md): mboxrd that `import` reads back into the same threads and Thunderbird opens.
 */
import path from 'node:path'
import { exportMbox } from '../services/evidence/export-mbox'
import { mailBlobStores } from '../services/mail/open'
import { openDataStore } from './data-store'
import { UsageError, parseCliArgs, runCli } from './cli-run'

const USAGE = 'usage: npm run --silent export:mbox -- --data DIR [--thread ID | --folder ID] --out FILE.mbox'

runCli('export:mbox', async () => {
  const { values } = parseCliArgs(USAGE, ['data', 'thread', 'folder', 'out'])
  if (!values.data || !values.out) throw new UsageError(`--data and --out are required.\n${USAGE}`)
  if (values.thread !== undefined && values.folder !== undefined)
    throw new UsageError(`Give --thread or --folder, not both.\n${USAGE}`)
  const dataDir = path.resolve(values.data)
  const store = await openDataStore(dataDir, 'export:mbox')
  try {
    const out = path.resolve(values.out)
    const result = await exportMbox({
      store,
      ...mailBlobStores(dataDir),
      scope:
        values.thread !== undefined
          ? { threadId: values.thread }
          : values.folder !== undefined
            ? { folderId: values.folder }
            : { everything: true },
      out,
    })
    return { out, messages: result.messages }
  } finally {
    await store.close()
  }
})
