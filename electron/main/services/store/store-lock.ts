/**
 * One writer at a time. The lock file names its owner: pid, host, and — where the system tells — the
 * boot it ran in and its start time, so a pid reused by another process (after a reboot, or just
 * later) is not mistaken for the owner. The file is written and fsynced under a temporary name, then
 * created with `link`, which fails if a lock exists and never exposes a half-written one.
 *
 * A lock is stale (taken over) when it cannot belong to a running Comptoir: empty or unreadable (a
 * power cut before the content reached the disk — a live owner's lock is always complete), from
 * another boot, or naming a process that is dead or started at another time. Anything else is a live
 * writer and `open` fails with STORE_LOCKED, naming it and the way out (close it, or end that
 * process), which never lets two writers in.
 */
import { readFileSync } from 'node:fs'
import { link, readFile, rename, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { ComptoirError } from '../../../../shared/ipc/result'
import { reasonError } from '../../../../shared/ipc/error-details'
import { syncFolder, writeAndSync } from '../durable-write'
import { LOCK_FILE } from './layout'

interface LockOwner {
  pid: number
  hostname: string
  since: string
  /** /proc/sys/kernel/random/boot_id, where the system has one. */
  bootId?: string
  /** The process start time in clock ticks since boot (/proc/<pid>/stat field 22). */
  startTime?: number
}

/** Locks this process holds: a lock naming our own pid but not listed here was left by an earlier
 * process that had the same pid (common in containers), so it is stale. */
const heldHere = new Set<string>()

export interface StoreLock {
  release(): Promise<void>
}

function readSmall(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

export function currentBootId(): string | undefined {
  return readSmall('/proc/sys/kernel/random/boot_id')?.trim() || undefined
}

/** The start time of a process (Linux), undefined where /proc is not there or the pid is gone. */
export function processStartTime(pid: number): number | undefined {
  const stat = readSmall(`/proc/${pid}/stat`)
  if (!stat) return undefined
  // Field 2 (the command name) may hold spaces and parentheses: count fields after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const start = Number(fields[19])
  return Number.isFinite(start) ? start : undefined
}

/** Whether a process with this pid runs on this machine (also used to judge staging folders left behind). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>
    if (typeof value?.pid !== 'number' || typeof value.hostname !== 'string') return null
    return value as LockOwner
  } catch {
    return null
  }
}

async function readLock(lockPath: string): Promise<{ text: string; owner: LockOwner | null } | null> {
  try {
    const text = await readFile(lockPath, 'utf8')
    return { text, owner: parseOwner(text) }
  } catch {
    return null
  }
}

/** Whether the lock's owner is certainly gone: then taking it over cannot let two writers in. */
export function isStale(owner: LockOwner | null, lockPath: string, me: LockOwner): boolean {
  if (owner === null) return true // empty or cut short: its writer died before the content was durable
  if (owner.hostname !== me.hostname) return false // another machine (shared folder): cannot tell
  if (owner.bootId && me.bootId && owner.bootId !== me.bootId) return true
  if (owner.pid === process.pid) return !heldHere.has(lockPath)
  if (!isAlive(owner.pid)) return true
  const started = processStartTime(owner.pid)
  return owner.startTime !== undefined && started !== undefined && started !== owner.startTime
}

function lockedError(storeDir: string, owner: LockOwner | null): ComptoirError {
  const who = owner ? `process ${owner.pid} on ${owner.hostname}, since ${owner.since}` : 'another process'
  const otherMachine = owner !== null && owner.hostname !== os.hostname()
  const wayOut = otherMachine
    ? `Close Comptoir on ${owner.hostname}, then try again.`
    : `Close the other window or instance, then try again; if it no longer responds, end process ${owner?.pid ?? ''} and try again.`
  return reasonError(
    'STORE_LOCKED',
    `The mailbox in ${storeDir} is already open in another Comptoir instance (${who}). ${wayOut}`,
    {
      reason: 'store-locked',
      pid: owner?.pid ?? null,
      host: owner?.hostname ?? null,
      otherMachine,
      since: owner?.since ?? null,
    },
  )
}

export async function acquireStoreLock(storeDir: string, now: Date): Promise<StoreLock> {
  const lockPath = path.join(storeDir, LOCK_FILE)
  const bootId = currentBootId()
  const startTime = processStartTime(process.pid)
  const me: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    since: now.toISOString(),
    ...(bootId ? { bootId } : {}),
    ...(startTime !== undefined ? { startTime } : {}),
  }
  // Not named *.tmp: the lock holder's start-up sweep of temp files must not delete it.
  const candidate = `${lockPath}.candidate-${process.pid}-${Date.now()}`
  await writeAndSync(candidate, JSON.stringify(me)) // 'wx': a candidate of ours is never shared
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(candidate, lockPath)
        await syncFolder(storeDir)
        heldHere.add(lockPath)
        return { release: () => releaseLock(lockPath) }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
      const found = await readLock(lockPath)
      if (found === null) continue // released meanwhile: try again
      if (!isStale(found.owner, lockPath, me)) throw lockedError(storeDir, found.owner)
      await takeOverStale(lockPath, found.text)
    }
    throw lockedError(storeDir, (await readLock(lockPath))?.owner ?? null)
  } finally {
    await rm(candidate, { force: true })
  }
}

/** Moves the stale lock away, checking it is still the one judged stale (another opener may race us). */
async function takeOverStale(lockPath: string, staleText: string): Promise<void> {
  const moved = `${lockPath}.stale-${process.pid}`
  try {
    await rename(lockPath, moved)
  } catch {
    return // someone else moved it first; the next attempt decides
  }
  const found = await readLock(moved)
  if (found && found.text !== staleText) {
    // We moved a fresh lock of a racing opener: put it back (link fails if a third one got in).
    await link(moved, lockPath).catch(() => undefined)
  }
  await rm(moved, { force: true })
}

async function releaseLock(lockPath: string): Promise<void> {
  if (!heldHere.delete(lockPath)) return
  const found = await readLock(lockPath)
  if (found?.owner?.pid === process.pid) await rm(lockPath, { force: true })
}
