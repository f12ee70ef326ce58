/**
 * Where the benchmark's stores live, and how bytes and cache flushes reaching the disk are counted.
 *
 * Counting what a program hands to write() under-counts what the disk receives (journal, metadata,
 * whole blocks: about 2.5× for the partitioned store), and /proc/self/io over-counts on this kernel.
 * So, as root, the benchmark creates an ext4 file system on a loop device of its own and reads the
 * device's counters (/sys/block/loopN/stat: sectors written, flush requests) around each change: what
 * the file system really sent to its disk. Without root or loop devices (CI), it falls back to a
 * temporary folder and says so ("io_method": "write-calls"): bytes are then the store's own count.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { log } from './stats'

export type IoMethod = 'ext4-loop' | 'write-calls'

export interface BenchVolume {
  /** A folder on the volume, empty, for the benchmark's stores. */
  dir: string
  method: IoMethod
  /** The loop device's name (`loop3`) when `method` is ext4-loop. */
  device: string | null
  release(): Promise<void>
}

export interface DeviceCounters {
  writeSectors: number
  writeRequests: number
  flushes: number
}

export interface IoDelta {
  bytes: number
  writes: number
  flushes: number
}

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()

/**
 * An ext4 loop volume of `sizeBytes` (sparse) when running as root with loop devices, else a plain
 * temporary folder. Direct I/O on the loop device keeps the host's page cache out of the way, and
 * "write back" makes the device accept the flushes fsync sends (a write-through device drops them,
 * and they could not be counted).
 */
export async function prepareVolume(sizeBytes: number, wanted: boolean): Promise<BenchVolume> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'comptoir-bench-'))
  const plain = (): BenchVolume => ({
    dir: base,
    method: 'write-calls',
    device: null,
    release: () => rm(base, { recursive: true, force: true }),
  })
  if (!wanted || process.getuid?.() !== 0 || !existsSync('/dev/loop-control')) return plain()
  const image = path.join(base, 'volume.img')
  const mountPoint = path.join(base, 'mnt')
  let device: string | null = null
  try {
    run('truncate', ['-s', String(sizeBytes), image])
    run('mkfs.ext4', ['-q', '-F', '-E', 'lazy_itable_init=0,lazy_journal_init=0', image])
    device = run('losetup', ['--find', '--show', '--direct-io=on', image])
    const name = path.basename(device)
    writeFileSync(`/sys/block/${name}/queue/write_cache`, 'write back')
    run('mkdir', ['-p', mountPoint])
    run('mount', [device, mountPoint])
    const loopDevice = device
    return {
      dir: mountPoint,
      method: 'ext4-loop',
      device: name,
      release: async () => {
        try {
          run('umount', [mountPoint])
        } catch {
          // Still busy (a child killed with the run): detach now, the kernel frees it when unused.
          run('umount', ['-l', mountPoint])
        } finally {
          run('losetup', ['-d', loopDevice])
          await rm(base, { recursive: true, force: true })
        }
      },
    }
  } catch (error) {
    log(`no ext4 loop volume (${(error as Error).message.split('\n')[0]}); counting write() calls instead`)
    if (device) {
      try {
        run('losetup', ['-d', device])
      } catch {
        // already gone
      }
    }
    return plain()
  }
}

/** The device's write counters (fields of Documentation/block/stat.rst: 7 sectors written, 16 flushes). */
export function readCounters(device: string): DeviceCounters {
  const fields = readFileSync(`/sys/block/${device}/stat`, 'utf8').trim().split(/\s+/).map(Number)
  return { writeRequests: fields[4] ?? 0, writeSectors: fields[6] ?? 0, flushes: fields[15] ?? 0 }
}

export function delta(before: DeviceCounters, after: DeviceCounters): IoDelta {
  return {
    bytes: (after.writeSectors - before.writeSectors) * 512,
    writes: after.writeRequests - before.writeRequests,
    flushes: after.flushes - before.flushes,
  }
}

/** Writes back every dirty page now, so that it does not land inside a measured change. */
export function syncAll(): void {
  try {
    run('sync', [])
  } catch {
    // best effort
  }
}

/** Empties the kernel's page cache (root only) so that an open reads from the disk; false if not allowed. */
export function dropPageCaches(): boolean {
  try {
    syncAll()
    writeFileSync('/proc/sys/vm/drop_caches', '3')
    return true
  } catch {
    return false
  }
}
