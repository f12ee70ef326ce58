/**
 * `npm run --silent attachment:check -- FILE...` (contract in ../shared/CONTRACTS.md): the listed files
 * are the attachments of one message, judged by the same `validateAttachments` the app uses.
 * stdout: one JSON line per file, then one for the message. Exit 0 unless the check could not run.
 */
import type { Bilingual } from '../../../shared/model/attachments'
import { fileReason, messageReason, validateAttachments } from '../services/attachments'

const USAGE = 'usage: npm run --silent attachment:check -- FILE...\n'

function reasonFields(reason: Bilingual | null): {
  reason: string | null
  reason_fr: string | null
  reason_en: string | null
} {
  return {
    reason: reason ? `${reason.fr} / ${reason.en}` : null,
    reason_fr: reason?.fr ?? null,
    reason_en: reason?.en ?? null,
  }
}

function write(text: string): Promise<void> {
  return new Promise((resolve, reject) =>
    process.stdout.write(text, (error) => (error ? reject(error) : resolve())),
  )
}

async function main(argv: string[]): Promise<number> {
  const separator = argv.indexOf('--')
  const options = separator === -1 ? argv : argv.slice(0, separator)
  if (options.includes('--help') || options.includes('-h')) {
    process.stderr.write(USAGE)
    return 0
  }
  const files = separator === -1 ? argv : [...argv.slice(0, separator), ...argv.slice(separator + 1)]
  if (files.length === 0) {
    process.stderr.write(USAGE)
    return 2
  }
  const check = await validateAttachments(files.map((file) => ({ name: file, source: file })))
  const lines = check.files.map((verdict) =>
    JSON.stringify({
      file: verdict.file,
      accepted: verdict.accepted,
      type: verdict.type,
      ...reasonFields(verdict.refusal ? fileReason(verdict.file, verdict.refusal) : null),
      code: verdict.code,
      bytes: verdict.bytes,
    }),
  )
  const { message } = check
  lines.push(
    JSON.stringify({
      message: {
        bytes: message.bytes,
        accepted: message.accepted,
        ...reasonFields(messageReason(message)),
        code: message.code,
      },
    }),
  )
  await write(lines.join('\n') + '\n')
  return 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `attachment:check: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exitCode = 1
  },
)
