/**
 * `npx tsx electron/main/cli/policy-compare.ts OTHER_CHECKOUT` — times this checkout's policy checker and
 * another checkout's (e.g. /work/main) in one process, alternating 40 batches of 50 checks of the
 * 4,000-character bench message, so that both see the same load. Prints the median and the fastest check
 * of each: on a shared, loaded machine the fastest check is the steadiest figure.
 */
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { checkPolicy } from '../../../shared/policy/index'
import { message } from './policy-bench-message'

type Check = (text: string) => unknown

const other = process.argv[2]
if (!other) {
  console.error('usage: policy-compare.ts OTHER_CHECKOUT')
  process.exit(2)
}
const url = pathToFileURL(path.resolve(other, 'shared/policy/index.ts')).href
const theirs = ((await import(url)) as { checkPolicy: Check }).checkPolicy
const ours: Check = checkPolicy
const text = message(4000)
for (let i = 0; i < 100; i++) {
  theirs(text)
  ours(text)
}
const times: Record<'theirs' | 'ours', number[]> = { theirs: [], ours: [] }
for (let batch = 0; batch < 40; batch++)
  for (const [name, check] of [
    ['theirs', theirs],
    ['ours', ours],
  ] as const)
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now()
      check(text)
      times[name].push(performance.now() - t0)
    }
const median = (t: number[]): string => ([...t].sort((a, b) => a - b)[t.length >> 1] ?? 0).toFixed(3)
const fastest = (t: number[]): string => Math.min(...t).toFixed(3)
console.log(
  `load ${(os.loadavg()[0] ?? 0).toFixed(1)}; 4,000 characters, ms: ${other} median ${median(times.theirs)} fastest ${fastest(times.theirs)}; this checkout median ${median(times.ours)} fastest ${fastest(times.ours)}`,
)
