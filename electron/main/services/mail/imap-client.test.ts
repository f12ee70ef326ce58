import { describe, expect, it } from 'vitest'
import { describeMailError } from './imap-client'

const smtp = { kind: 'SMTP' as const, endpoint: 'smtp.example.fr:465' }

describe('describeMailError', () => {
  it('names what failed in both languages, whatever library reported it', () => {
    const refused = describeMailError(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ESOCKET' }),
      smtp,
    )
    expect(refused.fr).toBe("Aucun serveur n'écoute sur SMTP smtp.example.fr:465 (connexion refusée).")
    expect(refused.en).toBe('No server listens on SMTP smtp.example.fr:465 (connection refused).')
    expect(describeMailError({ code: 'ENOTFOUND' }, smtp).en).toMatch(/not found/)
    expect(describeMailError({ authenticationFailed: true }, smtp).fr).toMatch(
      /refusé l'identifiant ou le mot de passe/,
    )
    expect(describeMailError({ code: 'EAUTH', message: 'Invalid login: 535' }, smtp).en).toMatch(
      /refused the user name or password/,
    )
    expect(describeMailError({ responseCode: 550, response: '550 No' }, smtp).en).toMatch(
      /refused the message \(550\)/,
    )
  })
})
