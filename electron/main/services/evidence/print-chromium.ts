/**
 * Prints the evidence page with headless Chromium (CLI, web harness, tests): Debian's /usr/bin/chromium
 * driven by playwright-core. Every request is aborted (the page is self-contained, data: URLs only),
 * so a remote image in a message is never fetched.
 */
import { chromium } from 'playwright-core'
import { footerTemplate } from './evidence-html'
import type { EvidenceLanguage } from './evidence-strings'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export type PrintHtml = (html: string, lang: EvidenceLanguage) => Promise<Uint8Array>

export interface ChromiumPrintOptions {
  executablePath?: string
  /** Called with the URL of every request the page tried (tests assert there is none). */
  onRequest?: (url: string) => void
}

export function chromiumPrinter(options: ChromiumPrintOptions = {}): PrintHtml {
  return async (html, lang) => {
    const browser = await chromium.launch({
      executablePath: options.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    })
    try {
      // JavaScript stays on: Chromium fills "page n / N" in the footer with it. The page itself runs
      // none: its CSP allows no script.
      const context = await browser.newContext({ offline: true })
      await context.route('**/*', async (route) => {
        options.onRequest?.(route.request().url())
        await route.abort('blockedbyclient')
      })
      const page = await context.newPage()
      await page.setContent(html, { waitUntil: 'load' })
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(lang),
        margin: { top: '15mm', bottom: '18mm', left: '15mm', right: '15mm' },
        tagged: true,
        outline: true,
      })
    } finally {
      await browser.close()
    }
  }
}
