/**
 * What only a developer's run may do: open DevTools and trust the `electron-vite dev` server named by
 * ELECTRON_RENDERER_URL. Both need a development build (`import.meta.env.DEV`, false in every
 * `electron-vite build`) AND an unpackaged app: `npm start` runs a production build unpackaged, and an
 * environment variable set by anyone must never give a packaged or production app a second origin.
 * Pure, so the decision is unit-tested; index.ts gathers the facts.
 */
import { devServerOrigin } from './origin'

export interface BuildFacts {
  /** `import.meta.env.DEV`: true only in `electron-vite dev`. */
  devBuild: boolean
  /** `app.isPackaged`. */
  isPackaged: boolean
}

export interface ShellAllowances {
  devTools: boolean
  /** The dev server origin to trust besides app://comptoir, or null. */
  devServerOrigin: string | null
}

export function isDevelopmentRun(facts: BuildFacts): boolean {
  return facts.devBuild && !facts.isPackaged
}

export function shellAllowances(facts: BuildFacts, rendererUrl: string | undefined): ShellAllowances {
  const development = isDevelopmentRun(facts)
  return {
    devTools: development,
    devServerOrigin: development ? devServerOrigin(rendererUrl) : null,
  }
}
