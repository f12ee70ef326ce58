// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { sanitizeHtml } from './sanitize'

describe('the single DOMPurify wrapper', () => {
  it('removes scripts, event handlers and javascript: links', () => {
    const clean = sanitizeHtml(
      '<p onclick="steal()">Bonjour<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">clic</a></p>',
    )
    expect(clean).not.toMatch(/script|onerror|onclick|javascript:|<img/i)
    expect(clean).toContain('Bonjour')
  })

  it('shows the real target of a link next to its text', () => {
    const clean = sanitizeHtml(
      '<a href="https://amaz0n-refund.example/login" target="_blank">www.amazon.fr</a>',
    )
    expect(clean).toContain('⟨https://amaz0n-refund.example/login⟩')
    expect(clean).toContain('rel="noopener noreferrer"')
    expect(clean).not.toContain('target=')
  })

  it('drops forms, iframes and styles that could imitate the app', () => {
    const clean = sanitizeHtml(
      '<form action="https://x"><input name=p></form><iframe src="https://x"></iframe><style>*{}</style><b>ok</b>',
    )
    expect(clean).toBe('<b>ok</b>')
  })
})
