/**
 * One writer at a time. The lock file holds the owner's pid and host; it is created with `link`, which
 * fails if the file exists and never exposes a half-written lock. A lock left by a dead process on
 * this machine is stale and taken over; any other holder makes `open` fail with STORE_LOCKED.
 */
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ComptoirError } from '../../../../shared/ipc/result'
import { LOCK_FILE } from './layout'

interface LockOwner {
  pid: number
  hostname: string
  since: string
}

/** Locks this process holds: a lock naming our own pid but not listed here was left by an earlier
 * process that had the same pid (common in containers), so it is stale. */
const heldHere = new Set<string>()

export interface StoreLock {
  release(): Promise<void>
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function readOwner(lockPath: string): Promise<LockOwner | null> {
  try {
    return JSON.parse(await readFile(lockPath, 'utf8')) as LockOwner
  } catch {
    return null
  }
}

function lockedError(storeDir: string, owner: LockOwner | null): ComptoirError {
  const who = owner ? `process ${owner.pid} on ${owner.hostname}, since ${owner.since}` : 'another process'
  return new ComptoirError(
    'STORE_LOCKED',
    `The mailbox in ${storeDir} is already open in another Comptoir instance (${who}). ` +
      'Close the other window or instance, then try again.',
  )
}

export async function acquireStoreLock(storeDir: string, now: Date): Promise<StoreLock> {
  const lockPath = path.join(storeDir, LOCK_FILE)
  const me: LockOwner = { pid: process.pid, hostname: os.hostname(), since: now.toISOString() }
  // Not named *.tmp: the lock holder's start-up sweep of temp files must not delete it.
  const candidate = `${lockPath}.candidate-${process.pid}-${Date.now()}`
  await writeFile(candidate, JSON.stringify(me))
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(candidate, lockPath)
        heldHere.add(lockPath)
        return { release: () => releaseLock(lockPath) }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      }
      const owner = await readOwner(lockPath)
      const stale =
        owner !== null &&
        owner.hostname === me.hostname &&
        (owner.pid === process.pid ? !heldHere.has(lockPath) : !isAlive(owner.pid))
      if (!stale) throw lockedError(storeDir, owner)
      await takeOverStale(lockPath, owner)
    }
    throw lockedError(storeDir, await readOwner(lockPath))
  } finally {
    await rm(candidate, { force: true })
  }
}

/** Moves the stale lock away, checking it is still the one judged stale (another opener may race us). */
async function takeOverStale(lockPath: string, stale: LockOwner): Promise<void> {
  const moved = `${lockPath}.stale-${process.pid}`
  try {
    await rename(lockPath, moved)
  } catch {
    return // someone else moved it first; the next attempt decides
  }
  const owner = await readOwner(moved)
  if (owner && owner.pid !== stale.pid) {
    // We moved a fresh lock of a racing opener: put it back (link fails if a third one got in).
    await link(moved, lockPath).catch(() => undefined)
  }
  await rm(moved, { force: true })
}

async function releaseLock(lockPath: string): Promise<void> {
  if (!heldHere.delete(lockPath)) return
  const owner = await readOwner(lockPath)
  if (owner?.pid === process.pid) await rm(lockPath, { force: true })
}
