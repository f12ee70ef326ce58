/**
 * `npm run --silent restore -- --data DIR FILE.zip` (contract in ../shared/CONTRACTS.md). Checks the
 * whole backup first and changes nothing if it refuses; the data replaced is set aside, never deleted.
 */
import { restoreBackup } from '../services/backup'
import { UsageError, parseCliArgs, runCli } from './cli-run'

const USAGE = 'usage: npm run --silent restore -- --data DIR FILE.zip'

runCli('restore', async () => {
  const { values, positionals } = parseCliArgs(USAGE, ['data'], true)
  if (!values.data || positionals.length !== 1)
    throw new UsageError(`--data DIR and exactly one backup file are required.\n${USAGE}`)
  const summary = await restoreBackup({
    dataDir: values.data,
    file: positionals[0]!,
    onStep: process.env.COMPTOIR_TEST_RESTORE_PAUSE_AT
      ? pauseAt(process.env.COMPTOIR_TEST_RESTORE_PAUSE_AT)
      : undefined,
  })
  process.stderr.write(`comptoir restore: the data it replaced is kept in ${summary.previous}\n`)
  return {
    restored: summary.restored,
    threads: summary.threads,
    messages: summary.messages,
    attachments: summary.attachments,
    bytes: summary.bytes,
  }
})

/** Crash tests only: announce the step on stderr and wait there to be killed. */
function pauseAt(wanted: string) {
  return async (step: string) => {
    if (step !== wanted) return
    process.stderr.write(`paused at ${step}\n`)
    // A bare pending promise does not keep Node alive: with nothing else scheduled the process would
    // exit 0 before the test's SIGKILL lands (seen on a loaded CI machine). A timer holds it here.
    await new Promise(() => setInterval(() => undefined, 60_000))
  }
}
