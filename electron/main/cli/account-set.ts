/**
 * `npm run --silent account:set -- --data DIR --imap HOST:PORT --smtp HOST:PORT
 *  [--security tls|starttls|none] --user USER --from ADDRESS [--days N]` (contract: ../shared/CONTRACTS.md).
 * The password comes from COMPTOIR_MAIL_PASSWORD only (an argument would show in `ps` and the shell
 * history) and goes to a file readable by its owner only (0600); the note on stderr says so. Last
 * line on stdout: {"account": {"user", "from", "imap", "smtp"}}. Exit 2 with one sentence otherwise.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ComptoirError } from '../../../shared/ipc/result'
import {
  DEFAULT_SYNC_DAYS,
  MAIL_SECURITIES,
  isMailAddress,
  parseEndpoint,
  summarizeAccount,
} from '../../../shared/model/account'
import type { MailAccount, MailSecurity } from '../../../shared/model/account'
import { AccountStore, secretStoreFor } from '../services/mail/account-store'
import { SECRET_NOTES_IN_ENGLISH } from '../services/mail/problem-words'

const USAGE =
  'usage: COMPTOIR_MAIL_PASSWORD=… npm run --silent account:set -- --data DIR --imap HOST:PORT --smtp HOST:PORT [--security tls|starttls|none] --user USER --from ADDRESS [--days N]'

function fail(sentence: string): never {
  process.stderr.write(`comptoir account:set: ${sentence}\n`)
  process.exit(2)
}

function parse(argv: string[]): { data: string; account: MailAccount } {
  let values
  try {
    values = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        imap: { type: 'string' },
        smtp: { type: 'string' },
        security: { type: 'string', default: 'tls' },
        user: { type: 'string' },
        from: { type: 'string' },
        days: { type: 'string' },
        password: { type: 'string' },
      },
      strict: true,
    }).values
  } catch (error) {
    fail(`${(error as Error).message}. ${USAGE}`)
  }
  if (values.password !== undefined)
    fail(
      'the password is never given as an argument (it would show in the process list); set COMPTOIR_MAIL_PASSWORD instead.',
    )
  for (const name of ['data', 'imap', 'smtp', 'user', 'from'] as const)
    if (!values[name]) fail(`--${name} is required. ${USAGE}`)
  const imap = parseEndpoint(values.imap!)
  if (!imap) fail(`--imap must be HOST:PORT (got "${values.imap}").`)
  const smtp = parseEndpoint(values.smtp!)
  if (!smtp) fail(`--smtp must be HOST:PORT (got "${values.smtp}").`)
  if (!(MAIL_SECURITIES as readonly string[]).includes(values.security!))
    fail(`--security must be tls, starttls or none (got "${values.security}").`)
  if (!isMailAddress(values.from!)) fail(`--from must be an e-mail address (got "${values.from}").`)
  const days = values.days === undefined ? DEFAULT_SYNC_DAYS : Number(values.days)
  if (!Number.isInteger(days) || days < 1 || days > 3650)
    fail('--days must be a whole number of days, 1 to 3650.')
  return {
    data: path.resolve(values.data!),
    account: {
      imap,
      smtp,
      security: values.security as MailSecurity,
      user: values.user!,
      from: values.from!.trim(),
      auth: 'password',
      syncDays: days,
    },
  }
}

async function main(): Promise<void> {
  const { data, account } = parse(process.argv.slice(2))
  const password = process.env.COMPTOIR_MAIL_PASSWORD
  if (!password)
    fail(
      'set the password in the environment variable COMPTOIR_MAIL_PASSWORD (it is never read from an argument).',
    )
  const secrets = secretStoreFor(data)
  const accounts = new AccountStore(data, secrets)
  try {
    await accounts.save(account, password)
  } catch (error) {
    fail(
      error instanceof ComptoirError
        ? error.message
        : `the account could not be saved: ${(error as Error).message}`,
    )
  }
  const note = (await secrets.protection()).note
  process.stderr.write(
    `comptoir account:set: ${SECRET_NOTES_IN_ENGLISH[note]} (${path.join(data, 'mail', 'password')})\n`,
  )
  if (account.security === 'none')
    process.stderr.write(
      'comptoir account:set: security "none" sends the password in clear: for local test servers only.\n',
    )
  process.stdout.write(`${JSON.stringify({ account: summarizeAccount(account) })}\n`)
}

await main()
