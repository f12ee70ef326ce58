import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_NOTIFICATION_SETTINGS } from '../../../../shared/model/notifications'
import type { NotificationSettings } from '../../../../shared/model/notifications'
import { decideNotification, inQuietHours } from './decide'
import { createFileNotificationSettings } from './settings-file'

const PARIS = 'Europe/Paris'
const waiting = { blocked: false, needsReply: true }
const settings = (patch: Partial<NotificationSettings> = {}): NotificationSettings => ({
  ...DEFAULT_NOTIFICATION_SETTINGS,
  ...patch,
})
const quiet = { enabled: true, start: '22:00', end: '07:00' }
// 2026-11-22 is in winter time: Paris = UTC+1.
const parisTime = (hhmm: string) => Date.parse(`2026-11-22T${hhmm}:00+01:00`)

describe('notification decision', () => {
  it('announces a message that needs a reply', () => {
    expect(decideNotification(waiting, settings(), parisTime('10:00'), PARIS)).toEqual({ notify: true })
  })

  it('never announces a blocked sender, even with everything on', () => {
    const all = settings({ onlyNeedsReply: false })
    expect(decideNotification({ blocked: true, needsReply: true }, all, parisTime('10:00'), PARIS)).toEqual({
      notify: false,
      reason: 'blocked',
    })
  })

  it('respects off and "only threads needing a reply"', () => {
    expect(decideNotification(waiting, settings({ enabled: false }), 0, PARIS)).toMatchObject({
      reason: 'disabled',
    })
    const done = { blocked: false, needsReply: false }
    expect(decideNotification(done, settings(), 0, PARIS)).toMatchObject({ reason: 'no-reply-needed' })
    expect(decideNotification(done, settings({ onlyNeedsReply: false }), 0, PARIS)).toEqual({ notify: true })
  })

  it('stays quiet in quiet hours that wrap past midnight, in local time', () => {
    const s = settings({ quietHours: quiet })
    expect(decideNotification(waiting, s, parisTime('23:30'), PARIS)).toMatchObject({ reason: 'quiet-hours' })
    expect(decideNotification(waiting, s, parisTime('06:59'), PARIS)).toMatchObject({ reason: 'quiet-hours' })
    expect(decideNotification(waiting, s, parisTime('07:00'), PARIS)).toEqual({ notify: true })
    expect(decideNotification(waiting, s, parisTime('21:59'), PARIS)).toEqual({ notify: true })
  })

  it('handles daytime ranges, empty ranges and summer time', () => {
    const lunch = { enabled: true, start: '12:00', end: '14:00' }
    expect(inQuietHours(lunch, parisTime('13:00'), PARIS)).toBe(true)
    expect(inQuietHours(lunch, parisTime('14:00'), PARIS)).toBe(false)
    expect(inQuietHours({ ...lunch, end: '12:00' }, parisTime('12:00'), PARIS)).toBe(false)
    expect(inQuietHours({ ...lunch, enabled: false }, parisTime('13:00'), PARIS)).toBe(false)
    // 12:30 in Paris on 1 July is 10:30 UTC (UTC+2).
    expect(inQuietHours(lunch, Date.parse('2026-07-01T10:30:00Z'), PARIS)).toBe(true)
  })
})

describe('notification settings file', () => {
  it('starts from defaults, merges patches, survives reopening and ignores invalid values', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-notif-'))
    const file = path.join(dir, 'notifications.json')
    const backend = createFileNotificationSettings(file)
    expect(backend.get()).toEqual(DEFAULT_NOTIFICATION_SETTINGS)
    backend.set({ quietHours: { enabled: true, start: '21:30' } })
    expect(createFileNotificationSettings(file).get().quietHours).toEqual({
      enabled: true,
      start: '21:30',
      end: '07:00',
    })
    fs.writeFileSync(file, JSON.stringify({ enabled: 'yes', quietHours: { start: '25:00' } }))
    expect(createFileNotificationSettings(file).get()).toEqual(DEFAULT_NOTIFICATION_SETTINGS)
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
