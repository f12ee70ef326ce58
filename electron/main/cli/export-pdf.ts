/**
 * `npm run --silent export:pdf -- --data DIR (--thread ID | --order ORDER) --out FILE.pdf [--lang fr|en]`
 * (contract in ../shared/CONTRACTS.md): the thread, or every thread of the order, as an evidence PDF
 * printed by headless Chromium, the originals embedded.
 */
import path from 'node:path'
import { mailBlobStores } from '../services/mail/open'
import { exportPdf, writeFileAtomically } from '../services/evidence/export-pdf'
import { chromiumPrinter } from '../services/evidence/print-chromium'
import { openDataStore, languageOf } from './data-store'
import { UsageError, parseCliArgs, runCli } from './cli-run'

const USAGE =
  'usage: npm run --silent export:pdf -- --data DIR (--thread ID | --order ORDER) --out FILE.pdf [--lang fr|en]'

runCli('export:pdf', async () => {
  const { values } = parseCliArgs(USAGE, ['data', 'thread', 'order', 'out', 'lang'])
  if (!values.data || !values.out || (values.thread === undefined) === (values.order === undefined))
    throw new UsageError(`--data, --out and one of --thread or --order are required.\n${USAGE}`)
  const dataDir = path.resolve(values.data)
  const store = await openDataStore(dataDir, 'export:pdf')
  try {
    const result = await exportPdf({
      store,
      ...mailBlobStores(dataDir),
      target: values.thread !== undefined ? { threadId: values.thread } : { orderNumber: values.order! },
      lang: languageOf(dataDir, values.lang),
      print: chromiumPrinter(),
    })
    const out = path.resolve(values.out)
    await writeFileAtomically(out, result.bytes)
    return {
      out,
      pages: result.pages,
      messages: result.messages,
      embedded: result.embedded,
      bytes: result.bytes.length,
    }
  } finally {
    await store.close()
  }
})
