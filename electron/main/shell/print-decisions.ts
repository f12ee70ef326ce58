/**
 * What the hidden print window is allowed to be, and how it prints (pure; `import type` only, so it
 * is unit-tested without Electron): no preload, no script, sandboxed, its own in-memory session, and
 * every request refused except the page itself (a data: URL) — a remote image in a message is never
 * fetched. printToPDF writes a tagged PDF with "page n / N" in the footer, as Chromium does for the CLI.
 */
import type { PrintToPDFOptions, WebPreferences } from 'electron'
import { footerTemplate } from '../services/evidence/evidence-html'
import type { EvidenceLanguage } from '../services/evidence/evidence-strings'

export const PRINT_PARTITION = 'comptoir-print'

export function printWindowPreferences(): WebPreferences {
  return {
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    images: true,
    devTools: false,
    spellcheck: false,
    partition: PRINT_PARTITION,
  }
}

/** Only the page itself loads: a data: URL for the document, data: URLs for its fonts and images. */
export function printRequestAllowed(url: string): boolean {
  return url.startsWith('data:')
}

export function printToPdfOptions(lang: EvidenceLanguage): PrintToPDFOptions {
  const mm = (n: number) => n / 25.4
  return {
    pageSize: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footerTemplate(lang),
    margins: { top: mm(15), bottom: mm(18), left: mm(15), right: mm(15) },
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  }
}

/** The page as a data: URL (loadURL of a string never touches the disk or the network). */
export function printPageUrl(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`
}
