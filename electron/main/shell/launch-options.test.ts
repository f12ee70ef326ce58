import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseLaunchOptions, pickSystemLanguage } from './launch-options'

const cwd = path.resolve('/home/vendeur')

describe('launch options', () => {
  it('defaults to Electron’s user-data folder and no demo', () => {
    expect(parseLaunchOptions(['/usr/bin/electron', '.'], {}, cwd)).toEqual({
      userDataDir: null,
      demo: false,
    })
  })

  it('reads COMPTOIR_USER_DATA, resolved against the working folder', () => {
    expect(parseLaunchOptions(['electron', '.'], { COMPTOIR_USER_DATA: 'data' }, cwd).userDataDir).toBe(
      path.join(cwd, 'data'),
    )
    expect(parseLaunchOptions(['electron'], { COMPTOIR_USER_DATA: '  ' }, cwd).userDataDir).toBeNull()
  })

  it('prefers --user-data-dir, in both spellings', () => {
    const env = { COMPTOIR_USER_DATA: '/from/env' }
    const tmp = path.resolve('/tmp/x')
    expect(parseLaunchOptions(['e', '.', `--user-data-dir=${tmp}`], env, cwd).userDataDir).toBe(tmp)
    expect(parseLaunchOptions(['e', '.', '--user-data-dir', tmp, '--demo'], env, cwd)).toEqual({
      userDataDir: tmp,
      demo: true,
    })
    expect(parseLaunchOptions(['e', '--user-data-dir', '--demo'], {}, cwd)).toEqual({
      userDataDir: null,
      demo: true,
    })
  })

  it('picks French or English from the system languages, French first', () => {
    expect(pickSystemLanguage(['en-GB', 'fr-FR'])).toBe('en')
    expect(pickSystemLanguage(['de-DE', 'fr_CA'])).toBe('fr')
    expect(pickSystemLanguage(['de-DE'])).toBe('fr')
    expect(pickSystemLanguage([])).toBe('fr')
    expect(pickSystemLanguage(['EN'])).toBe('en')
  })
})
