import { describe, expect, it } from 'vitest'
import {
  printPageUrl,
  printRequestAllowed,
  printToPdfOptions,
  printWindowPreferences,
} from './print-decisions'

describe('the hidden print window', () => {
  it('runs no script, is sandboxed and has its own session', () => {
    const prefs = printWindowPreferences()
    expect(prefs).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
      partition: 'comptoir-print',
    })
    expect(prefs.preload).toBeUndefined()
  })

  it('loads nothing but data: URLs', () => {
    expect(printRequestAllowed('data:image/png;base64,AAAA')).toBe(true)
    for (const url of [
      'https://tracker.example/pixel.png',
      'http://127.0.0.1/x',
      'file:///etc/passwd',
      'app://comptoir/',
    ])
      expect(printRequestAllowed(url)).toBe(false)
  })

  it('prints a tagged A4 PDF with "page n / N" in the language asked', () => {
    const fr = printToPdfOptions('fr')
    expect(fr).toMatchObject({ pageSize: 'A4', displayHeaderFooter: true, generateTaggedPDF: true })
    expect(fr.footerTemplate).toContain(
      'page <span class="pageNumber"></span> / <span class="totalPages"></span>',
    )
  })

  it('hands the page over as a data: URL that keeps every character', () => {
    const url = printPageUrl('<p>Łódź İstanbul Straße «é»</p>')
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true)
    expect(Buffer.from(url.split(',')[1]!, 'base64').toString('utf8')).toBe('<p>Łódź İstanbul Straße «é»</p>')
  })
})
