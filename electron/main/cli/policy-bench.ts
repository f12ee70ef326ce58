/**
 * `npm run policy:bench` — times the policy checker: a realistic 4,000-character message (median and p95
 * over many runs) and 100,000-character adversarial inputs (long digit runs, repeated dots and at-signs,
 * disguised separators, phrase-heavy text). `--json` prints one JSON object instead of the table.
 */
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { checkPolicy } from '../../../shared/policy/index'
import { message } from './policy-bench-message'

function repeat(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length)
}

/** Deterministic pseudo-random text over an alphabet (xorshift). */
function noise(alphabet: string, length: number, seed: number): string {
  let x = seed
  let s = ''
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    s += alphabet.charAt((x >>> 0) % alphabet.length)
  }
  return s
}

const N = 100_000
const ADVERSARIAL: Array<[string, string]> = [
  ['digits', repeat('0123456789', N)],
  ['zeros and spaces', repeat('0 ', N)],
  ['phone-like groups', repeat('06 12 34 56 78 ', N)],
  ['plus and digits', repeat('+33 6', N)],
  ['dots', repeat('.', N)],
  ['at-signs', repeat('@', N)],
  ['a.', repeat('a.', N)],
  ['a@', repeat('a@', N)],
  ['a@b.', repeat('a@b.', N)],
  ['www.', repeat('www.', N)],
  ['http://', repeat('http://', N)],
  ['x (at) y (dot) ', repeat('x (at) y (dot) ', N)],
  ['a . b . ', repeat('a . b . ', N)],
  ['card-like groups', repeat('4242 ', N)],
  ['IBAN-like', repeat('FR76 3000 ', N)],
  ['random digits/punct', noise('0123456789 .-+()@', N, 7)],
  ['random letters/punct', noise('abc .@[]()-0', N, 11)],
  ['phrases', repeat('laissez-nous 5 étoiles si vous êtes satisfait, code promo, suivez-nous ', N)],
  ['capitals and emoji', repeat('PROMO ⭐ ', N)],
  ['no spaces', repeat('a', N)],
]

function stats(times: number[]): { median: number; p95: number; max: number } {
  const s = [...times].sort((a, b) => a - b)
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? 0 }
}

/**
 * Times `runs` checks of `text`: wall-clock time, and CPU time of this process (user + system), which a
 * shared, loaded machine disturbs much less than the wall clock.
 */
function time(text: string, runs: number): { wall: number[]; cpu: number[] } {
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    checkPolicy(text)
    wall.push(performance.now() - t0)
    const c = process.cpuUsage(c0)
    cpu.push((c.user + c.system) / 1000)
  }
  return { wall, cpu }
}

const round = (n: number): number => Math.round(n * 1000) / 1000

const t0 = performance.now()
checkPolicy('Bonjour, appelez le 06 12 34 56 78 ou voir site.fr')
const firstCall = performance.now() - t0

const msg = message(4000)
time(msg, 50) // warm-up
const typicalRuns = time(msg, 1000)
const typical = stats(typicalRuns.wall)
const typicalCpu = stats(typicalRuns.cpu)
const adversarial = ADVERSARIAL.map(([name, text]) => {
  time(text, 1)
  const r = time(text, 5)
  const wall = stats(r.wall)
  const cpu = stats(r.cpu)
  return {
    name,
    chars: text.length,
    median_ms: round(wall.median),
    max_ms: round(wall.max),
    cpu_median_ms: round(cpu.median),
    cpu_max_ms: round(cpu.max),
  }
})
const worst = adversarial.reduce((a, b) => (b.median_ms > a.median_ms ? b : a))
const load = os.loadavg()[0] ?? 0
const result = {
  node: process.version,
  cpus: os.cpus().length,
  load_average_1min: round(load),
  first_call_ms: round(firstCall),
  message_4000_median_ms: round(typical.median),
  message_4000_p95_ms: round(typical.p95),
  message_4000_cpu_median_ms: round(typicalCpu.median),
  adversarial_100k_worst_median_ms: worst.median_ms,
  adversarial_100k_worst_case: worst.name,
  adversarial_100k_max_ms: Math.max(...adversarial.map((a) => a.max_ms)),
  adversarial_100k_cpu_max_ms: Math.max(...adversarial.map((a) => a.cpu_max_ms)),
  adversarial,
}

if (process.argv.includes('--json')) {
  process.stdout.write(JSON.stringify(result) + '\n')
} else {
  const lines = [
    `policy checker bench (node ${process.version}, ${result.cpus} cores, load average ${result.load_average_1min})`,
    `first call (compiles the phrase rules): ${result.first_call_ms} ms`,
    `4,000-char message (1,000 runs): median ${result.message_4000_median_ms} ms, p95 ${result.message_4000_p95_ms} ms; CPU median ${result.message_4000_cpu_median_ms} ms`,
    `100,000-char adversarial inputs (5 runs each after one warm-up; wall median / max, CPU median / max):`,
    ...adversarial.map(
      (a) =>
        `  ${a.name.padEnd(22)} ${String(a.median_ms).padStart(8)} / ${String(a.max_ms).padEnd(8)} ms   cpu ${String(a.cpu_median_ms).padStart(8)} / ${a.cpu_max_ms} ms`,
    ),
    `worst median: ${worst.name} ${worst.median_ms} ms; worst single run ${result.adversarial_100k_max_ms} ms (CPU ${result.adversarial_100k_cpu_max_ms} ms)`,
  ]
  process.stdout.write(lines.join('\n') + '\n')
}
