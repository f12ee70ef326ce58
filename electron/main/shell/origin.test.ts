import { describe, expect, it } from 'vitest'
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  attachmentIdOf,
  devServerOrigin,
  isTrustedSender,
  isTrustedUrl,
  originOf,
  trustedOrigins,
} from './origin'

const ID = 'a'.repeat(64)
const appOnly = trustedOrigins(null)

describe('origins', () => {
  it('gives the custom scheme an origin (Node would say "null")', () => {
    expect(originOf(APP_ENTRY_URL)).toBe(APP_ORIGIN)
    expect(originOf('app://comptoir/assets/x.js?v=1#top')).toBe(APP_ORIGIN)
    expect(originOf('https://example.com:8443/a')).toBe('https://example.com:8443')
    expect(originOf('blob:app://comptoir/1f0e')).toBe(APP_ORIGIN)
  })

  it('refuses what has no origin or hides one behind credentials', () => {
    for (const url of ['', 'not a url', 'about:blank', 'data:text/html,x', 'file:///etc/passwd'])
      expect(originOf(url)).toBeNull()
    expect(originOf('app://user:pw@comptoir/')).toBeNull()
  })

  it('trusts only the app origin, exactly', () => {
    expect(isTrustedUrl(APP_ENTRY_URL, appOnly)).toBe(true)
    for (const url of [
      'app://comptoir.evil/index.html',
      'app://evil/index.html',
      'app://comptoir:8080/',
      'https://comptoir/',
      'http://localhost:5173/',
      'file:///index.html',
    ])
      expect(isTrustedUrl(url, appOnly)).toBe(false)
  })

  it('recognises attachment URLs by exact id only', () => {
    expect(attachmentIdOf(`app://comptoir/attachments/${ID}`)).toBe(ID)
    expect(attachmentIdOf(`app://comptoir/attachments/${ID}?download=1`)).toBe(ID)
    expect(attachmentIdOf(`app://comptoir/attachments/${ID.toUpperCase()}`)).toBeNull()
    expect(attachmentIdOf(`app://comptoir/attachments/${ID}/x`)).toBeNull()
    expect(attachmentIdOf(`app://comptoir/attachments/${'a'.repeat(63)}`)).toBeNull()
    expect(attachmentIdOf(`app://other/attachments/${ID}`)).toBeNull()
    expect(attachmentIdOf(`https://comptoir/attachments/${ID}`)).toBeNull()
    expect(attachmentIdOf(`blob:app://comptoir/attachments/${ID}`)).toBeNull()
  })

  it('trusts the dev server only unpackaged and on loopback http', () => {
    expect(devServerOrigin('http://localhost:5173/')).toBe('http://localhost:5173')
    expect(devServerOrigin('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173')
    expect(devServerOrigin('http://[::1]:5173')).toBe('http://[::1]:5173')
    expect(devServerOrigin(undefined)).toBeNull()
    expect(devServerOrigin('http://example.com:5173/')).toBeNull()
    expect(devServerOrigin('https://localhost:5173/')).toBeNull()
    expect(devServerOrigin('http://a@localhost:5173/')).toBeNull()
    expect(devServerOrigin('nonsense')).toBeNull()
    expect(trustedOrigins('http://localhost:5173')).toEqual([APP_ORIGIN, 'http://localhost:5173'])
  })
})

describe('IPC senders', () => {
  const good = { fromAppWindow: true, frameUrl: APP_ENTRY_URL, isMainFrame: true }

  it('accepts the app window top frame on the app origin', () => {
    expect(isTrustedSender(good, appOnly)).toBe(true)
  })

  it('refuses any other webContents, frame or origin', () => {
    expect(isTrustedSender({ ...good, fromAppWindow: false }, appOnly)).toBe(false)
    expect(isTrustedSender({ ...good, isMainFrame: false }, appOnly)).toBe(false)
    expect(isTrustedSender({ ...good, frameUrl: null }, appOnly)).toBe(false)
    expect(isTrustedSender({ ...good, frameUrl: undefined }, appOnly)).toBe(false)
    expect(isTrustedSender({ ...good, frameUrl: 'https://evil.example/' }, appOnly)).toBe(false)
    expect(isTrustedSender({ ...good, frameUrl: 'blob:app://comptoir/x' }, appOnly)).toBe(false)
    expect(isTrustedSender({ ...good, frameUrl: 'http://localhost:5173/' }, appOnly)).toBe(false)
    expect(
      isTrustedSender(
        { ...good, frameUrl: 'http://localhost:5173/' },
        trustedOrigins('http://localhost:5173'),
      ),
    ).toBe(true)
  })
})
