/**
 * The layering is a lint rule, and this proves it fires: code placed where it may not run fails lint.
 * Each case lints a snippet as if it lived at the given path, with the project's real config.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

describe('layering enforced by ESLint', () => {
  it("fails `import ... from 'electron'` in shared/", async () => {
    expect(
      await ruleIds('shared/model/x.ts', "import { app } from 'electron'\nexport const a = app\n"),
    ).toContain('@typescript-eslint/no-restricted-imports')
  })

  it('fails Node built-ins and DOM globals in shared/', async () => {
    expect(await ruleIds('shared/model/x.ts', "import fs from 'node:fs'\nexport const a = fs\n")).toContain(
      '@typescript-eslint/no-restricted-imports',
    )
    expect(await ruleIds('shared/model/x.ts', "import path from 'path'\nexport const a = path\n")).toContain(
      '@typescript-eslint/no-restricted-imports',
    )
    expect(await ruleIds('shared/model/x.ts', 'export const a = document.title\n')).toContain(
      'no-restricted-globals',
    )
  })

  it('fails electron in main services but allows it in the shell', async () => {
    const code = "import { app } from 'electron'\nexport const a = app\n"
    expect(await ruleIds('electron/main/services/x.ts', code)).toContain(
      '@typescript-eslint/no-restricted-imports',
    )
    expect(await ruleIds('electron/main/shell/x.ts', code)).not.toContain(
      '@typescript-eslint/no-restricted-imports',
    )
  })

  it('fails Node built-ins in the preload, which runs sandboxed', async () => {
    expect(
      await ruleIds('electron/preload/x.ts', "import fs from 'node:fs'\nexport const a = fs\n"),
    ).toContain('@typescript-eslint/no-restricted-imports')
    expect(
      await ruleIds(
        'electron/preload/x.ts',
        "import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer\n",
      ),
    ).not.toContain('@typescript-eslint/no-restricted-imports')
  })

  it('fails the Electron shell imported from services or the CLI', async () => {
    const code = "import { setupIpc } from '../shell/ipc'\nexport const a = setupIpc\n"
    expect(await ruleIds('electron/main/services/x.ts', code)).toContain(
      '@typescript-eslint/no-restricted-imports',
    )
    expect(await ruleIds('electron/main/cli/x.ts', code)).toContain(
      '@typescript-eslint/no-restricted-imports',
    )
  })

  it('fails electron/ code in the renderer but allows type-only imports', async () => {
    expect(
      await ruleIds(
        'renderer/src/x.ts',
        "import { createAppServices } from '../../electron/main/services/app'\nexport const a = createAppServices\n",
      ),
    ).toContain('@typescript-eslint/no-restricted-imports')
    expect(
      await ruleIds(
        'renderer/src/x.ts',
        "import type { AppServices } from '../../electron/main/services/app-types'\nexport type A = AppServices\n",
      ),
    ).not.toContain('@typescript-eslint/no-restricted-imports')
    expect(
      await ruleIds(
        'renderer/src/x.ts',
        "import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer\n",
      ),
    ).toContain('@typescript-eslint/no-restricted-imports')
  })

  it('allows pure code in shared/', async () => {
    expect(
      await ruleIds('shared/model/x.ts', "import { z } from 'zod'\nexport const a = z.string()\n"),
    ).toEqual([])
  })

  it('keeps untrusted HTML behind the single DOMPurify wrapper', async () => {
    const code =
      'export const A = ({ h }: { h: string }) => <div dangerouslySetInnerHTML={{ __html: h }} />\n'
    expect(await ruleIds('renderer/src/components/X.tsx', code)).toContain('no-restricted-syntax')
  })
})
