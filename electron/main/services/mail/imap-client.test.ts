import { describe, expect, it } from 'vitest'
import { describeMailError } from './imap-client'
import { mailProblemInEnglish } from './problem-words'

const smtp = { kind: 'SMTP' as const, endpoint: 'smtp.example.fr:465' }
const server = { protocol: 'SMTP', endpoint: 'smtp.example.fr:465' }

describe('describeMailError', () => {
  it('names what failed as data, whatever library reported it (the app and the CLI word it)', () => {
    const refused = describeMailError(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ESOCKET' }),
      smtp,
    )
    expect(refused).toEqual({ kind: 'connection-refused', server })
    expect(mailProblemInEnglish(refused)).toBe(
      'No server listens on SMTP smtp.example.fr:465 (connection refused).',
    )
    expect(describeMailError({ code: 'ENOTFOUND' }, smtp)).toEqual({ kind: 'host-not-found', server })
    expect(describeMailError({ authenticationFailed: true }, smtp).kind).toBe('auth-failed')
    expect(describeMailError({ code: 'EAUTH', message: 'Invalid login: 535' }, smtp).kind).toBe('auth-failed')
    const rejected = describeMailError({ responseCode: 550, response: '550 No' }, smtp)
    expect(rejected).toEqual({ kind: 'message-refused', server, responseCode: 550, response: '550 No' })
    expect(mailProblemInEnglish(rejected)).toMatch(/refused the message \(550\)/)
  })
})
