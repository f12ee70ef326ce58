import { describe, expect, it } from 'vitest'
import { FuseV1Options, FuseVersion } from '@electron/fuses'
import { FUSE_CONFIG, electronBinaryOf } from './fuses.mjs'

describe('Electron fuses flipped when packaging', () => {
  it('sets every fuse of the V1 wire, as intended', () => {
    expect(FUSE_CONFIG.version).toBe(FuseVersion.V1)
    // A fuse added by a future Electron must be decided, not left at its default.
    expect(FUSE_CONFIG.strictlyRequireAllFuses).toBe(true)
    const intended: Record<string, boolean> = {
      RunAsNode: false, // ELECTRON_RUN_AS_NODE would turn the app into a plain Node for anyone
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false, // NODE_OPTIONS could preload code
      EnableNodeCliInspectArguments: false, // --inspect would open a debugger port
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false, // the app is served from app://, never file://
    }
    const config = FUSE_CONFIG as unknown as Record<number, boolean>
    for (const [name, value] of Object.entries(intended)) {
      expect({ name, value: config[FuseV1Options[name as keyof typeof FuseV1Options]] }).toEqual({
        name,
        value,
      })
    }
    const numericKeys = Object.keys(FUSE_CONFIG).filter((key) => /^\d+$/.test(key))
    expect(numericKeys).toHaveLength(Object.keys(intended).length)
  })

  it('finds the Electron binary of a packed app on each platform (electron-builder afterPack)', () => {
    expect(
      electronBinaryOf({
        appOutDir: '/o',
        electronPlatformName: 'linux',
        packager: { executableName: 'comptoir', appInfo: { productFilename: 'Comptoir' } },
      }),
    ).toBe('/o/comptoir')
    expect(
      electronBinaryOf({
        appOutDir: 'C:/o',
        electronPlatformName: 'win32',
        packager: { executableName: 'comptoir', appInfo: { productFilename: 'Comptoir' } },
      }),
    ).toBe('C:/o/Comptoir.exe')
    expect(
      electronBinaryOf({
        appOutDir: '/o',
        electronPlatformName: 'darwin',
        packager: { executableName: 'comptoir', appInfo: { productFilename: 'Comptoir' } },
      }),
    ).toBe('/o/Comptoir.app')
  })
})
