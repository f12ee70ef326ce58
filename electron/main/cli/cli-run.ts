/**
 * The shape every data command shares (backup, restore, export:pdf, export:mbox): parse the options,
 * run, print exactly one JSON line on stdout and exit 0; or print one clear sentence on stderr and
 * exit 2. Unknown options and missing values are refused before anything is touched.
 */
import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'

export class UsageError extends Error {}

export interface ParsedCli {
  values: Record<string, string | undefined>
  positionals: string[]
}

/** Options are all strings here (paths and ids). */
export function parseCliArgs(usage: string, names: string[], allowPositionals = false): ParsedCli {
  const options: NonNullable<ParseArgsConfig['options']> = {}
  for (const name of names) options[name] = { type: 'string' }
  try {
    const parsed = parseArgs({ args: process.argv.slice(2), options, strict: true, allowPositionals })
    return { values: parsed.values as Record<string, string | undefined>, positionals: parsed.positionals }
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${usage}`)
  }
}

export function runCli(name: string, main: () => Promise<unknown>): void {
  main().then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0))
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      process.stderr.write(`comptoir ${name}: ${message}\n`)
      process.exit(2)
    },
  )
}
