import { describe, expect, it } from 'vitest'
import { FALLBACK_FILE_NAME, MAX_FILE_NAME_BYTES, sanitizeFileName } from './file-name'

const utf8 = (text: string): number => new TextEncoder().encode(text).byteLength

describe('sanitizeFileName', () => {
  it.each([
    ['facture.pdf', 'facture.pdf'],
    ['Reçu n°42 — colis abîmé 📦.pdf', 'Reçu n°42 — colis abîmé 📦.pdf'],
    ['写真.jpg', '写真.jpg'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\vendeur\\Documents\\facture.docx', 'facture.docx'],
    ['dossier/', FALLBACK_FILE_NAME],
    ['invoice\u202efdp.exe', 'invoicefdp.exe'],
    ['a\u0000b\u0007c\u009f\r\n.txt', 'abc.txt'],
    ['zero\u200bwidth.txt', 'zerowidth.txt'],
    ['que?stion:<>|"*.txt', 'que_stion______.txt'],
    ['.htaccess', 'piece-jointe.htaccess'], // the part after the dot still says the type,
    ['..', FALLBACK_FILE_NAME],
    ['...pdf', 'piece-jointe.pdf'],
    ['  espaces   multiples  .pdf  ', 'espaces multiples .pdf'],
    ['fin.pdf...', 'fin.pdf'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['com1.tar.gz', '_com1.tar.gz'],
    ['LPT9 .txt', '_LPT9 .txt'],
    ['console.txt', 'console.txt'],
    ['', FALLBACK_FILE_NAME],
    ['\u0001\u0002', FALLBACK_FILE_NAME],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected)
  })

  it('normalises to NFC', () => {
    expect(sanitizeFileName('Cafe\u0301.txt')).toBe('Café.txt')
    expect(sanitizeFileName('Cafe\u0301.txt')).toHaveLength(8)
  })

  it('bounds the UTF-8 length, keeping the extension and whole characters', () => {
    const long = `${'é'.repeat(50)}👨‍👩‍👧${'a'.repeat(300)}.docx`
    const clean = sanitizeFileName(long)
    expect(utf8(clean)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES)
    expect(clean.endsWith('.docx')).toBe(true)
    expect(clean.startsWith(`${'é'.repeat(50)}👨‍👩‍👧aaa`)).toBe(true)
    expect(clean).not.toMatch(/\uFFFD/)
    // The family emoji is kept whole or dropped whole, never split into its parts.
    expect(clean.includes('👨') === clean.includes('👨‍👩‍👧')).toBe(true)
    expect(utf8(sanitizeFileName('x'.repeat(1000)))).toBe(MAX_FILE_NAME_BYTES)
  })

  it('never returns a path separator, a control character or an empty name', () => {
    const samples = ['/', '\\', '\u0000', 'a/b\\c', '. .', '\u202e', 'a'.repeat(5000) + '/']
    for (const sample of samples) {
      const clean = sanitizeFileName(sample)
      expect(clean.length).toBeGreaterThan(0)
      expect(
        [...clean].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 0x20 || c === '\u007f'),
      ).toBe(false)
    }
  })
})

describe('names that are only dots and an extension', () => {
  it('keep their extension ("..png" stays a PNG name)', () => {
    expect(sanitizeFileName('..png')).toBe('piece-jointe.png')
    expect(sanitizeFileName('.pdf')).toBe('piece-jointe.pdf')
    expect(sanitizeFileName('...facture.pdf')).toBe('facture.pdf')
  })
})
