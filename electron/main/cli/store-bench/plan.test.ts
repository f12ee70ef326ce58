import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MailboxStore } from '../../services/store'
import { syntheticMailbox } from '../../services/store/synthetic-mailbox'
import { CHANGE_KINDS, buildPlan, verifyChange } from './plan'
import { openStorePeer } from './store-peer'

let dir: string | null = null
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
  dir = null
})

describe('the benchmark workload', () => {
  it('plans every kind of change on threads no other change touches', () => {
    const plan = buildPlan(syntheticMailbox(2000), 20)
    expect(plan.changes).toHaveLength(CHANGE_KINDS.length * 5)
    for (const kind of CHANGE_KINDS) expect(plan.changes.filter((c) => c.kind === kind)).toHaveLength(5)
    const threads = [...plan.changes, ...plan.sends, ...plan.sustained.ticker.slice(0, 10)].map(
      (c) => c.threadId,
    )
    expect(plan.sustained.arrivals.every((a) => !threads.includes(a.threadId))).toBe(true)
    expect(new Set(threads).size).toBe(threads.length)
  })

  it('changes the store with each planned change (the peer checks it and would throw)', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'comptoir-bench-plan-'))
    const snapshot = syntheticMailbox(2000)
    const plan = buildPlan(snapshot, 5)
    const store = await MailboxStore.open(dir)
    await store.importSnapshot(snapshot)
    await store.close()
    const peer = await openStorePeer(dir)
    try {
      for (const change of plan.changes) {
        const before = peer.state(change.threadId)
        await peer.apply(change)
        expect(() => verifyChange(change, before, peer.state(change.threadId))).not.toThrow()
      }
    } finally {
      await peer.close()
    }
  })
})
