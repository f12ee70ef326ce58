/**
 * A mailbox given in two halves: the provider named in one sentence, the name in the next ("Our support
 * inbox is a Gmail one. The username is brightnest.support", "C'est une adresse Gmail, l'identifiant est
 * atelier.lina"). The name is an e-mail address (not a link, even when it ends like a TLD).
 */
import type { Span } from './text'

const NAME_GIVEN =
  /\b(?:user ?name|login|identifiant|nom d['’]utilisateur|benutzername|mailbox)\s+(?:is|est|ist|lautet|c['’]est)?\s*:?\s*[«"“„']?([a-z0-9][a-z0-9._-]{2,63}[a-z0-9])\b/giu
// providers whose name is not also an everyday word (unlike free, orange)
const PROVIDER =
  /\b(?:gmail|hotmail|yahoo|outlook|icloud|gmx|protonmail|proton|aol|yandex|laposte|wanadoo)\b/i

export function findNamedMailboxes(text: string): Span[] {
  if (!PROVIDER.test(text)) return []
  const out: Span[] = []
  NAME_GIVEN.lastIndex = 0
  for (let m = NAME_GIVEN.exec(text); m !== null; m = NAME_GIVEN.exec(text)) {
    const name = m[1] ?? ''
    const start = m.index + m[0].length - name.length
    // the provider near the name: within 200 characters before it
    if (!PROVIDER.test(text.slice(Math.max(0, m.index - 200), start))) continue
    // a name written like one: letters with a dot, dash or underscore, or with digits
    if (!/[._-]|\d/.test(name)) continue
    out.push({ start, end: start + name.length })
  }
  return out
}
