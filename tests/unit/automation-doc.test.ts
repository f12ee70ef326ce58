/**
 * Every test id written literally in the renderer is documented in docs/automation.md (the e2e spec
 * `automation-contract` checks the ids actually rendered, computed ones included, on the main screens;
 * this covers the screens it does not visit).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sources(full)
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [full] : []
  })
}

/** `data-testid="x"`, `testId="x"` / `addTestId="x"` props, and `entry('panel', 'x')` in the top bar. */
const LITERAL_IDS = [
  /data-testid="([a-z0-9-]+)"/g,
  /[tT]estId="([a-z0-9-]+)"/g,
  /entry\('[a-z]+', '([a-z0-9-]+)'\)/g,
]

describe('automation contract', () => {
  it('documents every literal data-testid of the renderer', () => {
    const doc = readFileSync('docs/automation.md', 'utf8')
    const ids = new Set<string>()
    for (const file of sources('renderer/src')) {
      const text = readFileSync(file, 'utf8')
      for (const pattern of LITERAL_IDS) for (const m of text.matchAll(pattern)) ids.add(m[1] ?? '')
    }
    expect(ids.size).toBeGreaterThan(80)
    expect([...ids].filter((id) => !doc.includes(`\`${id}\``))).toEqual([])
  })
})
