import { describe, expect, it } from 'vitest'
import {
  MAX_EXTERNAL_URL_LENGTH,
  downloadAllowed,
  externalHttpsUrl,
  externalLinkPrompt,
  navigationVerdict,
  networkRequestAllowed,
  windowOpenVerdict,
} from './navigation'
import { trustedOrigins } from './origin'

const appOnly = trustedOrigins(null)
const withDev = trustedOrigins('http://localhost:5173')
const ATTACHMENT = `app://comptoir/attachments/${'0f'.repeat(32)}`

describe('links out of the app', () => {
  it('offers only plain https URLs, normalised', () => {
    expect(externalHttpsUrl('https://www.laposte.fr/outils/suivre-vos-envois?code=1')).toBe(
      'https://www.laposte.fr/outils/suivre-vos-envois?code=1',
    )
    expect(externalHttpsUrl('HTTPS://Example.COM')).toBe('https://example.com/')
    expect(externalHttpsUrl('https://exämple.com/')).toBe('https://xn--exmple-cua.com/')
    for (const url of [
      'http://example.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'mailto:a@b.fr',
      'https://paypal.com@evil.example/',
      'https://user:pw@example.com/',
      'app://comptoir/index.html',
      'nonsense',
      `https://example.com/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`,
    ])
      expect(externalHttpsUrl(url)).toBeNull()
  })

  it('asks in French and English, showing the real address', () => {
    const prompt = externalLinkPrompt('https://xn--exmple-cua.com/suivi')
    expect(prompt.message).toMatch(/Ouvrir ce lien/)
    expect(prompt.message).toMatch(/Open this link/)
    expect(prompt.detail).toContain('https://xn--exmple-cua.com/suivi')
    expect(prompt.detail).toContain('xn--exmple-cua.com')
    expect(prompt.buttons[prompt.cancelId]).toMatch(/Annuler/)
    expect(prompt.defaultId).toBe(prompt.cancelId)
  })
})

describe('navigation', () => {
  it('allows pages of the app only', () => {
    expect(navigationVerdict('app://comptoir/index.html', appOnly)).toEqual({ action: 'allow' })
    expect(navigationVerdict('app://comptoir/index.html#/thread/1', appOnly)).toEqual({ action: 'allow' })
    expect(navigationVerdict('http://localhost:5173/', withDev)).toEqual({ action: 'allow' })
  })

  it('never shows an attachment or a blob as a page', () => {
    expect(navigationVerdict(ATTACHMENT, appOnly)).toEqual({ action: 'block' })
    expect(navigationVerdict('blob:app://comptoir/5e1a', appOnly)).toEqual({ action: 'block' })
  })

  it('blocks the rest, offering https to the system browser', () => {
    expect(navigationVerdict('https://example.com/a', appOnly)).toEqual({
      action: 'external',
      url: 'https://example.com/a',
    })
    for (const url of ['http://example.com/', 'file:///etc/passwd', 'app://evil/', 'data:text/html,x'])
      expect(navigationVerdict(url, appOnly)).toEqual({ action: 'block' })
    expect(navigationVerdict('http://localhost:5173/', appOnly)).toEqual({ action: 'block' })
  })

  it('turns window.open into a download, an external offer, or nothing', () => {
    expect(windowOpenVerdict(ATTACHMENT)).toEqual({ action: 'download', url: ATTACHMENT })
    expect(windowOpenVerdict('https://example.com/')).toEqual({
      action: 'external',
      url: 'https://example.com/',
    })
    for (const url of ['app://comptoir/index.html', 'about:blank', 'http://example.com/', ''])
      expect(windowOpenVerdict(url)).toEqual({ action: 'block' })
  })

  it('downloads only attachments and blobs of our own pages', () => {
    expect(downloadAllowed(ATTACHMENT, appOnly)).toBe(true)
    expect(downloadAllowed('blob:app://comptoir/5e1a', appOnly)).toBe(true)
    expect(downloadAllowed('blob:https://evil.example/5e1a', appOnly)).toBe(false)
    expect(downloadAllowed('https://example.com/setup.exe', appOnly)).toBe(false)
    expect(downloadAllowed('app://comptoir/index.html', appOnly)).toBe(false)
  })

  it('lets no network or file request through, except the dev server in dev', () => {
    for (const url of ['https://example.com/x.js', 'http://example.com/', 'wss://x/', 'file:///etc/passwd'])
      expect(networkRequestAllowed(url, withDev)).toBe(false)
    expect(networkRequestAllowed('http://localhost:5173/src/main.tsx', appOnly)).toBe(false)
    expect(networkRequestAllowed('http://localhost:5173/src/main.tsx', withDev)).toBe(true)
    expect(networkRequestAllowed('ws://localhost:5173/', withDev)).toBe(true)
    expect(networkRequestAllowed('http://localhost:5174/', withDev)).toBe(false)
    expect(networkRequestAllowed('not a url', withDev)).toBe(false)
  })
})
