/**
 * The single DOMPurify wrapper. No other code path may render untrusted HTML (lint forbids
 * dangerouslySetInnerHTML outside SafeHtml.tsx). Remote content is dropped (images would be tracking
 * beacons and the CSP refuses them anyway); links keep their real target visible next to their text.
 */
import DOMPurify from 'dompurify'

const purify = DOMPurify(window)

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A') {
    const href = node.getAttribute('href') ?? ''
    node.removeAttribute('target')
    node.setAttribute('rel', 'noopener noreferrer')
    node.setAttribute('title', href)
    node.setAttribute('data-external-href', href)
  }
})

export function sanitizeHtml(html: string): string {
  const fragment = purify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: [
      'style',
      'img',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'video',
      'audio',
      'iframe',
      'svg',
      'math',
    ],
    FORBID_ATTR: ['style', 'srcset'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    RETURN_DOM_FRAGMENT: true,
  })
  // Show where each link really goes: phishing links hide a foreign host behind a familiar text.
  for (const anchor of fragment.querySelectorAll('a[href]')) {
    const href = anchor.getAttribute('href') ?? ''
    const target = document.createElement('span')
    target.className = 'real-target'
    target.textContent = ` ⟨${href}⟩`
    anchor.after(target)
  }
  const container = document.createElement('div')
  container.append(fragment)
  return container.innerHTML
}
