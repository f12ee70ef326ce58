/**
 * `npm run --silent mail:sync -- --data DIR [--once]` (contract: ../shared/CONTRACTS.md).
 * `--once`: one round both ways (new mail in, local changes out, the Outbox sent), one JSON line,
 * exit. Without: keeps syncing (IDLE) until SIGTERM/SIGINT, one JSON line per round. Exit 2 with one
 * sentence when it cannot run (no account, no password, store held by the app). Never prints a password.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ComptoirError } from '../../../shared/ipc/result'
import { AccountStore, secretStoreFor } from '../services/mail/account-store'
import { LiveMail } from '../services/mail/live-mail'
import { openMailServices } from '../services/mail/open'
import type { RoundReport } from '../services/mail/sync-engine'
import { mailProblemInEnglish } from '../services/mail/problem-words'

function fail(sentence: string): never {
  process.stderr.write(`comptoir mail:sync: ${sentence}\n`)
  process.exit(2)
}

function parse(argv: string[]): { data: string; once: boolean } {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { data: { type: 'string' }, once: { type: 'boolean', default: false } },
      strict: true,
    })
    if (!values.data) fail('--data DIR is required. usage: npm run --silent mail:sync -- --data DIR [--once]')
    return { data: path.resolve(values.data), once: values.once }
  } catch (error) {
    fail(`${(error as Error).message}. usage: npm run --silent mail:sync -- --data DIR [--once]`)
  }
}

const line = (report: RoundReport) => `${JSON.stringify(report)}\n`

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2))
  // Account and password first: a wrong --data touches nothing.
  const accounts = new AccountStore(args.data, secretStoreFor(args.data))
  try {
    if (!(await accounts.load()))
      fail(`no mail account in ${args.data}; set one with npm run --silent account:set.`)
    await accounts.password()
  } catch (error) {
    fail(error instanceof ComptoirError ? error.message : (error as Error).message)
  }
  let services
  try {
    services = await openMailServices(args.data)
  } catch (error) {
    fail(error instanceof ComptoirError ? error.message : (error as Error).message)
  }
  const live = await LiveMail.create({
    userDataDir: args.data,
    services,
    onStatus: (status) => {
      if (status.state === 'offline' && status.lastError)
        process.stderr.write(`comptoir mail:sync: offline: ${mailProblemInEnglish(status.lastError)}\n`)
    },
    onOutbox: () => undefined,
    // Without --once, one line per round; with it, the one line is printed below.
    ...(args.once ? {} : { onRound: (report: RoundReport) => process.stdout.write(line(report)) }),
  })
  const close = async () => {
    await live.stop()
    await services.store.close()
  }
  if (args.once) {
    const report = await live.engine.round()
    process.stdout.write(line(report))
    await close()
    return
  }
  live.start()
  const stop = async (signal: string) => {
    process.stderr.write(`comptoir mail:sync: ${signal}, stopping…\n`)
    await close()
    process.exit(0)
  }
  process.once('SIGTERM', () => void stop('SIGTERM'))
  process.once('SIGINT', () => void stop('SIGINT'))
}

await main()
