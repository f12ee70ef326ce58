import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const launcher = path.resolve('electron/launch.mjs')

function check(env: Record<string, string>, args = ['--check-electron']) {
  return spawnSync(process.execPath, [launcher, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  })
}

describe('npm start launcher', () => {
  it('explains a missing Electron binary in French and English, points to npm run web, exits 1', () => {
    const result = check({ ELECTRON_OVERRIDE_DIST_PATH: path.join(os.tmpdir(), 'no-such-electron-dir') })
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/binaire Electron n’est pas installé/)
    expect(result.stderr).toMatch(/Electron binary is not installed/)
    expect(result.stderr).toContain('node node_modules/electron/install.js')
    expect(result.stderr).toContain('npm run web')
  })

  it('finds an installed binary without downloading anything', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-electron-'))
    const pathFile = path.resolve('node_modules/electron/path.txt')
    const name = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : 'electron'
    fs.mkdirSync(path.dirname(path.join(dist, name)), { recursive: true })
    fs.writeFileSync(path.join(dist, name), '')
    try {
      const result = check({ ELECTRON_OVERRIDE_DIST_PATH: dist })
      expect(result.status).toBe(0)
      expect(result.stdout.trim()).toBe(path.join(dist, name))
    } finally {
      fs.rmSync(dist, { recursive: true, force: true })
    }
  })

  it('runs Electron’s own installer when the binary is missing, then starts it', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-electron-'))
    const pathFile = path.resolve('node_modules/electron/path.txt')
    const name = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : 'electron'
    const binary = path.join(dist, name)
    // A stand-in installer that "downloads" a binary which prints its arguments and exits 0.
    const installer = path.join(dist, 'install.cjs')
    fs.writeFileSync(
      installer,
      `const fs = require('fs'); fs.mkdirSync(${JSON.stringify(path.dirname(binary))}, {recursive: true});
       fs.writeFileSync(${JSON.stringify(binary)}, '#!/bin/sh\\necho started "$@"\\n', {mode: 0o755});
       console.error('downloading 100%')`,
    )
    try {
      const result = check(
        {
          ELECTRON_OVERRIDE_DIST_PATH: dist,
          COMPTOIR_ELECTRON_INSTALLER: installer,
          COMPTOIR_LAUNCH_NO_BUILD: '1',
        },
        ['--demo'],
      )
      expect(result.stderr).toContain('running its installer')
      expect(result.stderr).toContain('downloading 100%')
      expect(result.stderr).not.toContain('Electron binary is not installed')
      expect(result.stdout).toContain('started . --demo')
      expect(result.status).toBe(0)
    } finally {
      fs.rmSync(dist, { recursive: true, force: true })
    }
  })

  it('falls back to the explanation when the installer fails (no network)', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-electron-'))
    const installer = path.join(dist, 'install.cjs')
    fs.writeFileSync(installer, "console.error('getaddrinfo ENOTFOUND github.com'); process.exit(1)")
    try {
      const result = check({ ELECTRON_OVERRIDE_DIST_PATH: dist, COMPTOIR_ELECTRON_INSTALLER: installer }, [])
      expect(result.status).toBe(1)
      expect(result.stderr).toContain('ENOTFOUND')
      expect(result.stderr).toMatch(/Electron binary is not installed/)
      expect(result.stderr).toContain('npm run web')
    } finally {
      fs.rmSync(dist, { recursive: true, force: true })
    }
  })
})
