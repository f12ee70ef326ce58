/**
 * `npm run --silent policy:check` — reads JSON Lines `{"id", "text"}` on stdin and writes one JSON line
 * `{"id", "findings": [...]}` per input line, in order (see shared/CONTRACTS.md). A line that cannot be
 * read gives `{"id": …, "findings": [], "error": "…"}`; the command itself always exits 0.
 */
import { createInterface } from 'node:readline'
import { checkPolicy } from '../../../shared/policy/index'
import type { Finding } from '../../../shared/policy/index'

interface OutLine {
  id: unknown
  findings: Finding[]
  error?: string
}

export function checkLine(line: string): OutLine {
  let input: unknown
  try {
    input = JSON.parse(line)
  } catch {
    return { id: null, findings: [], error: 'invalid JSON' }
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { id: null, findings: [], error: 'expected a JSON object {"id", "text"}' }
  }
  const { id = null, text } = input as { id?: unknown; text?: unknown }
  if (typeof text !== 'string') return { id, findings: [], error: 'missing "text" string' }
  try {
    return { id, findings: checkPolicy(text) }
  } catch (err) {
    return { id, findings: [], error: `checker failed: ${err instanceof Error ? err.message : String(err)}` }
  }
}

async function main(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity })
  let buffer = ''
  for await (const rawLine of rl) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine
    buffer +=
      JSON.stringify(line.trim() === '' ? { id: null, findings: [], error: 'empty line' } : checkLine(line)) +
      '\n'
    if (buffer.length > 1 << 16) {
      process.stdout.write(buffer)
      buffer = ''
    }
  }
  process.stdout.write(buffer)
}

main().catch((err: unknown) => {
  process.stderr.write(`policy:check: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exitCode = 1
})
