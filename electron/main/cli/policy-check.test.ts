import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

/** Runs the CLI as `npm run --silent policy:check` does (tsx), with `input` on stdin. */
function runCli(input: string): { status: number | null; lines: unknown[]; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/main/cli/policy-check.ts'], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  })
  const lines = r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as unknown)
  return { status: r.status, lines, stderr: r.stderr }
}

describe('policy:check CLI', () => {
  it('writes one JSON line per input line, in order, and survives bad lines', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Appelez le 06 12 34 56 78', lang: 'fr' }),
      'not json',
      JSON.stringify({ id: 'b' }),
      JSON.stringify([1, 2]),
      '',
      JSON.stringify({ id: 7, text: 'Bonjour, le colis part demain.' }),
      JSON.stringify({ id: 'c', text: 'voir https://www.amazon.fr/returns' }),
    ].join('\r\n')
    const { status, lines } = runCli(input + '\n')
    expect(status).toBe(0)
    expect(lines).toEqual([
      {
        id: 'a',
        findings: [
          {
            rule: 'contact-phone',
            severity: 'error',
            start: 11,
            end: 25,
            message: expect.stringMatching(/téléphone/),
          },
        ],
      },
      { id: null, findings: [], error: expect.any(String) },
      { id: 'b', findings: [], error: expect.any(String) },
      { id: null, findings: [], error: expect.any(String) },
      { id: null, findings: [], error: 'empty line' },
      { id: 7, findings: [] },
      {
        id: 'c',
        findings: [
          { rule: 'external-link', severity: 'info', start: 5, end: 34, message: expect.any(String) },
        ],
      },
    ])
  })

  it('handles empty input', () => {
    const { status, lines } = runCli('')
    expect(status).toBe(0)
    expect(lines).toEqual([])
  })
})
