import { describe, expect, it } from 'vitest'
import { secureWebPreferences } from './web-preferences'

describe('app window webPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs', false)

  it('isolates and sandboxes the page, with web security on', () => {
    const on = ['contextIsolation', 'sandbox', 'webSecurity'] as const
    expect(on.map((key) => prefs[key])).toEqual([true, true, true])
    expect(prefs.preload).toBe('/app/out/preload/index.cjs')
  })

  it('turns off Node.js everywhere, webview, insecure content and DevTools when asked', () => {
    const off = Object.entries(prefs).filter(([key]) =>
      /^(nodeIntegration|webviewTag|allowRunningInsecureContent|experimentalFeatures|devTools)/.test(key),
    )
    expect(off.map(([key]) => key)).toHaveLength(7)
    for (const [key, value] of off) expect(value, key).toBe(false)
    expect(prefs).not.toHaveProperty('partition')
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(secureWebPreferences('/p', true).devTools).toBe(true)
  })
})
