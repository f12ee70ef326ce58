import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { EventName, Events } from '../../../shared/ipc/contract'
import { createReplyTools } from './reply-tools'
import { MailboxStore } from './store'
import { day, fixtureSnapshot } from './store/store-fixtures'

let dir: string
let store: MailboxStore
let events: [EventName, unknown][]
let tools: Awaited<ReturnType<typeof createReplyTools>>

async function setUp(demo: boolean) {
  store = await MailboxStore.open(path.join(dir, 'store'), { now: () => new Date(day(7)) })
  await store.importSnapshot(fixtureSnapshot())
  tools = await createReplyTools({
    store,
    userDataDir: dir,
    demo,
    now: () => Date.parse(day(7)),
    emit: <E extends EventName>(event: E, payload: Events[E]) => void events.push([event, payload]),
  })
  store.onChange((change) => change.newMessage && tools.announce(change.newMessage))
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-reply-tools-'))
  events = []
})
afterEach(async () => {
  await store.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('reply tools', () => {
  it('computes the dashboard from the store', async () => {
    await setUp(false)
    const metrics = await tools.handlers['dashboard:metrics']({ days: 30, timeZone: 'Europe/Paris' })
    expect(metrics.overdueNow).toBe(3)
    expect(metrics.receivedPerDay).toHaveLength(30)
    expect(() => tools.handlers['dashboard:metrics']({ days: 7, timeZone: 'Mars/Olympus' })).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST' }),
    )
  })

  it('fills a template from the thread, its order and the seller', async () => {
    await setUp(false)
    const template = await tools.handlers['templates:create']({
      name: 'Suivi',
      language: 'fr',
      body: 'Bonjour {{buyer_name}}, commande {{order_number}} : {{carrier}} {{tracking_number}}. {{seller_name}}',
    })
    expect(await tools.handlers['templates:fill'](template.id, 't1')).toEqual({
      text: 'Bonjour Hélène Dupré, commande 405-1234567-1234567 : Colissimo 6A12345678901. Boutique Test',
      missing: [],
      unknown: [],
    })
    expect((await tools.handlers['templates:fill'](template.id, 't3')).missing).toEqual([
      'order_number',
      'carrier',
      'tracking_number',
    ])
  })

  it('announces a simulated inbound message, but never from a blocked sender', async () => {
    await setUp(true)
    const { threadId } = await tools.handlers['demo:simulateInbound']({ threadId: 't2' })
    expect(events).toEqual([
      [
        'notification:show',
        expect.objectContaining({ threadId, contactName: 'John Smith', subject: 'Refund request' }),
      ],
    ])
    expect((events[0]![1] as Events['notification:show']).preview).toMatch(/^Hello/)
    await store.blockContact('c1', true)
    await tools.handlers['demo:simulateInbound']({ threadId: 't1', body: 'Encore moi' })
    expect(events).toHaveLength(1)
    tools.handlers['notifications:setSettings']({ enabled: false })
    await tools.handlers['demo:simulateInbound']({ threadId: 't2' })
    expect(events).toHaveLength(1)
  })

  it('refuses simulated messages outside demo mode', async () => {
    await setUp(false)
    await expect(tools.handlers['demo:simulateInbound']({})).rejects.toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    )
  })
})
