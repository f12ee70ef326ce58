/**
 * `electron-vite build` → out/main (ESM, the package is "type": "module"), out/preload (CommonJS, the
 * only format a sandboxed preload can load; everything bundled in, since it may not require packages)
 * and out/renderer (also what `npm run web` serves).
 *
 * Main bundles its dependencies too: left external, Node's ESM loader would have to import them as
 * they are, and some cannot be (`tlds` is a bare JSON module, which needs an import attribute; CommonJS
 * named exports depend on static detection). Bundled, the bundler does that interop once, at build time.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

const root = path.dirname(fileURLToPath(import.meta.url))
const at = (file: string) => path.join(root, file)

export default defineConfig({
  main: {
    build: {
      outDir: at('out/main'),
      externalizeDeps: false,
      // playwright-core prints PDFs in the web harness and the CLI only; the desktop prints with
      // Electron's printToPDF, so the 9 MB driver stays out of the desktop bundle.
      rolldownOptions: {
        input: { index: at('electron/main/shell/index.ts') },
        external: ['playwright-core'],
      },
    },
  },
  preload: {
    build: {
      outDir: at('out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: at('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: at('renderer'),
    plugins: [react()],
    build: {
      outDir: at('out/renderer'),
      rolldownOptions: { input: { index: at('renderer/index.html') } },
    },
  },
})
