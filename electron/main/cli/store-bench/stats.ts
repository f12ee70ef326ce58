/** Small statistics and timing helpers shared by every part of the store benchmark. */

export const round = (n: number) => Math.round(n * 100) / 100

/** The q-quantile (nearest rank) of the samples, rounded to 0.01. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return 0
  const sorted = [...samples].sort((a, b) => a - b)
  return round(sorted[Math.max(0, Math.ceil(sorted.length * q) - 1)]!)
}

export const p50 = (samples: readonly number[]) => quantile(samples, 0.5)
export const p95 = (samples: readonly number[]) => quantile(samples, 0.95)
export const max = (samples: readonly number[]) => round(samples.reduce((a, b) => Math.max(a, b), 0))

export const log = (message: string) => process.stderr.write(`${message}\n`)

export async function timed(work: () => unknown): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)))
