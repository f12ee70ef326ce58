import { describe, expect, it } from 'vitest'
import path from 'node:path'
import { resolveInside } from './static'

describe('static files stay inside the renderer build', () => {
  const root = path.resolve('/srv/renderer')
  it('resolves normal paths', () => {
    expect(resolveInside(root, '/assets/app.js')).toBe(path.join(root, 'assets/app.js'))
  })
  it('never escapes the root', () => {
    for (const attempt of [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc/passwd',
      '/assets/../../x',
    ]) {
      const resolved = resolveInside(root, attempt)
      expect(resolved === null || resolved.startsWith(root + path.sep)).toBe(true)
    }
    expect(resolveInside(root, '/a%00b')).toBeNull()
    expect(resolveInside(root, '/%E0%A4%A')).toBeNull()
  })
})
