import { describe, expect, it } from 'vitest'
import { shellAllowances } from './build-mode'

const RENDERER_URL = 'http://localhost:5173/'

describe('development allowances of the desktop shell', () => {
  it('opens DevTools and trusts the dev server only in an unpackaged development build', () => {
    expect(shellAllowances({ devBuild: true, isPackaged: false }, RENDERER_URL)).toEqual({
      devTools: true,
      devServerOrigin: 'http://localhost:5173',
    })
  })

  it('a production build run unpackaged (npm start) allows neither, even with ELECTRON_RENDERER_URL set', () => {
    expect(shellAllowances({ devBuild: false, isPackaged: false }, RENDERER_URL)).toEqual({
      devTools: false,
      devServerOrigin: null,
    })
  })

  it('a packaged app allows neither, whatever the build says', () => {
    for (const devBuild of [true, false]) {
      expect(shellAllowances({ devBuild, isPackaged: true }, RENDERER_URL)).toEqual({
        devTools: false,
        devServerOrigin: null,
      })
    }
  })

  it('still trusts only a loopback http dev server in development', () => {
    const dev = { devBuild: true, isPackaged: false }
    expect(shellAllowances(dev, 'http://example.com:5173/').devServerOrigin).toBeNull()
    expect(shellAllowances(dev, undefined)).toEqual({ devTools: true, devServerOrigin: null })
  })
})
