/**
 * Everything measured runs in a child process of its own, holding only what it measures: RSS is then
 * the peer's, a cold open is a new process, and neither the generator's garbage nor another peer's
 * memory distorts a figure. A child prints one JSON object on stdout.
 */
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { measureBaselines } from './baseline'
import { measurePeer } from './measure'
import type { BenchPlan } from './plan'
import { sqliteFirstPage, openSqlitePeer } from './sqlite-peer'
import { openStorePeer, storeFirstPage } from './store-peer'
import { loadSqlite } from './sqlite-schema'
import { round } from './stats'

export type PeerName = 'store' | 'sqlite'

export const CHILD_FLAG = '--bench-child'

async function coldOpen(peer: PeerName, location: string) {
  // Loading code is the process's start, not the open: the native module loads before the clock, as
  // the store's modules do (imported above).
  if (peer === 'sqlite') loadSqlite()
  const start = performance.now()
  const opened = peer === 'store' ? await storeFirstPage(location) : sqliteFirstPage(location)
  const end = performance.now()
  const rss = process.memoryUsage().rss
  // The store's bodies may still be on their way (an early open): when they are all read, and the RSS then.
  if ('loaded' in opened) await opened.loaded
  const loaded = performance.now()
  const loadedRss = process.memoryUsage().rss
  await opened.close()
  return {
    open_to_first_page_ms: round(end - start),
    // performance.now() counts from the process's start: Node and module loading included.
    process_start_to_first_page_ms: round(end),
    rss_mb: round(rss / 2 ** 20),
    open_to_everything_read_ms: round(loaded - start),
    everything_read_rss_mb: round(loadedRss / 2 ** 20),
    first_page: opened.ids,
  }
}

const readPlan = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as BenchPlan
const deviceArg = (value: string | undefined) => (value && value !== '-' ? value : null)

/** The child's side: `--bench-child MODE ARGS…`. */
export async function childMain(args: string[]): Promise<void> {
  const [mode, ...rest] = args
  let result: unknown
  if (mode === 'cold-open') {
    result = await coldOpen(rest[0] as PeerName, rest[1]!)
  } else if (mode === 'measure') {
    const [peerName, location, planFile, device] = rest
    const plan = await readPlan(planFile!)
    const peer = peerName === 'store' ? await openStorePeer(location!) : openSqlitePeer(location!)
    result = await measurePeer(peer, plan, deviceArg(device))
    await peer.close()
  } else if (mode === 'baseline') {
    const [dir, planFile, runs, device] = rest
    result = await measureBaselines(dir!, await readPlan(planFile!), Number(runs), deviceArg(device))
  } else {
    throw new Error(`unknown bench child mode ${mode}`)
  }
  process.stdout.write(JSON.stringify(result))
}

/** The parent's side: runs `script --bench-child ARGS…` under the same loader (tsx) and parses its JSON. */
export function runChild<T>(script: string, args: string[]): Promise<T> {
  const argv = [...process.execArgv, '--expose-gc', '--max-old-space-size=8192', script, CHILD_FLAG, ...args]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) resolve(JSON.parse(out) as T)
      else reject(new Error(`bench child "${args[0]} ${args[1] ?? ''}" exited with code ${code}`))
    })
  })
}
