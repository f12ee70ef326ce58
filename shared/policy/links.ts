/**
 * Links and e-mail addresses: linkify-it (with the full TLD list) finds the well-formed ones, disguised.ts
 * the disguised ones (`site[.]fr`, `name (at) host (dot) com`), and link-domains.ts says which hosts are
 * allowed. Every scan is linear or bounded per separator.
 */
import { LinkifyIt } from 'linkify-it'
import tlds from 'tlds'
import { readAsAddresses, spacedLetterEmails } from './address-shadow'
import { describedDomainEmails, disguisedLinks, obfuscatedEmails, providerNamedEmails } from './disguised'
import { COMMON_TLDS, FILE_EXTENSIONS, classify } from './link-domains'
import type { MessageId } from './messages'
import type { Span } from './text'
import { isWordChar } from './text'

export { CARRIER_DOMAINS, MARKETPLACE_DOMAINS } from './link-domains'

export interface LinkHit extends Span {
  host: string
  /** A marketplace or carrier domain: reported as `info`. */
  allowed: boolean
  message: MessageId
  /** The host is a social network or messaging app (also reported as contact-social). */
  social: boolean
}

// ---------------------------------------------------------------------------------------------------
// linkify-it

let linkify: LinkifyIt | null = null
function getLinkify(): LinkifyIt {
  linkify ??= new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: false, urlAuth: true }).tlds(tlds)
  return linkify
}

interface Authority {
  host: string
  hasAuth: boolean
  hasPath: boolean
}

function authorityOf(raw: string): Authority {
  let s = raw.replace(/^[a-z][a-z0-9+.-]{0,20}:/i, '')
  if (s.startsWith('//')) s = s.slice(2)
  let cut = s.length
  for (const ch of ['/', '?', '#']) {
    const i = s.indexOf(ch)
    if (i >= 0 && i < cut) cut = i
  }
  const authority = s.slice(0, cut)
  const at = authority.lastIndexOf('@')
  const host = authority
    .slice(at + 1)
    .replace(/:\d*$/, '')
    .replace(/\.$/, '')
    .toLowerCase()
  return { host, hasAuth: at >= 0, hasPath: cut < s.length - 1 }
}

/**
 * Parts of the text worth giving to linkify: whitespace-delimited words holding "://", "@" or a dot between
 * two letters or digits, merged with their neighbours when close. Links contain no whitespace, so nothing
 * is lost, and ordinary prose (most of a message) is never run through linkify's large expressions.
 */
function linkWindows(text: string): Span[] {
  const out: Span[] = []
  // a plain search for the three characters, then a look at the neighbours: a Unicode class tried at
  // every position of the text cost as much as everything else the link scan does
  const CANDIDATE = /[.@:]/g
  let guard = 0
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const c = m[0]
    const at = m.index
    if (
      c === '.'
        ? !isWordChar(text, at - 1) || !isWordChar(text, at + 1)
        : c === ':' && !text.startsWith('//', at + 1)
    )
      continue
    let start = at
    let end = at + 1
    while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--
    while (end < text.length && !/\s/.test(text.charAt(end))) end++
    CANDIDATE.lastIndex = end
    if (++guard > 50_000) break
    // every link or address has letters (a scheme or a TLD)
    if (!/\p{L}\p{L}/u.test(text.slice(start, end))) continue
    const last = out[out.length - 1]
    // each word alone: linkify's cost grows with the prose between two candidates (a 1,000-character
    // window costs fifty times a word); past 256 windows (adversarial text) near ones are merged instead
    const near =
      last !== undefined && (start <= last.end + 1 || (out.length >= 256 && start <= last.end + 64))
    if (last && near) last.end = Math.max(last.end, end)
    else out.push({ start, end })
  }
  return out
}

function linkifyHits(text: string, links: LinkHit[], emails: Span[]): void {
  const lk = getLinkify()
  for (const w of linkWindows(text)) {
    // match() runs test() itself first: testing before matching would scan every window twice
    for (const m of lk.match(text.slice(w.start, w.end)) ?? [])
      linkifyHit(text, m.raw, w.start + m.index, w.start + m.lastIndex, m.schema, links, emails)
  }
}

function linkifyHit(
  text: string,
  raw: string,
  start: number,
  end: number,
  schema: string,
  links: LinkHit[],
  emails: Span[],
): void {
  const addr = raw.replace(/^mailto:/i, '')
  const local = addr.slice(0, addr.indexOf('@'))
  // "tiktok.com/@maison.cosy" is a profile page (a path holding an @), not a mailbox
  const profilePath = local.includes('/') && !/^mailto:/i.test(raw)
  if (!profilePath && (schema === 'mailto:' || (schema === '' && raw.includes('@') && !raw.includes('/')))) {
    if (/^(www\.|https?)/i.test(local)) {
      // "www.amazon.fr@other.net": a link whose real host is after the "@"
      const host = addr.slice(addr.indexOf('@') + 1).toLowerCase()
      links.push({ start, end, host, allowed: false, message: 'link-lookalike', social: false })
    } else emails.push({ start, end })
    return
  }
  const a = authorityOf(raw)
  if (schema === '' || profilePath) {
    if (text.charAt(start - 1) === '@') return // a social handle ("@julie.deco"), not a link
    const labels = a.host.split('.')
    const tldRaw =
      raw
        .split(/[/?#:]/)[0]
        ?.split('.')
        .pop() ?? ''
    const mixedCase = tldRaw !== tldRaw.toLowerCase() && tldRaw !== tldRaw.toUpperCase()
    const bare = !a.hasPath && !/^www\./i.test(raw)
    // "Bonjour.Je vous…", "M.Dupont": a missing space, not a link
    if (bare && mixedCase) return
    // "notice.zip", "readme.md": a file name
    if (bare && labels.length === 2 && FILE_EXTENSIONS.has(labels[1] ?? '')) return
  }
  links.push({ start, end, host: a.host, ...classify(a.host, a.hasAuth) })
}

// ---------------------------------------------------------------------------------------------------

export interface LinkScan {
  links: LinkHit[]
  emails: Span[]
}

/** Finds links and e-mail addresses. E-mails win over links that overlap them; overlapping links merge. */
export function scanLinks(written: string): LinkScan {
  const text = readAsAddresses(written)
  const links: LinkHit[] = []
  const rawEmails: Span[] = []
  const ambiguous: Span[] = []
  linkifyHits(text, links, rawEmails)
  if (
    /@|\b(?:at|arobase|arrobase|chez|klammeraffe|affenschwanz)\b| (?:ät|aet) |[[({] ?(?:a|ät|aet) ?[\])}]|_(?:at|ät|arobase)_/i.test(
      text,
    )
  )
    obfuscatedEmails(text, rawEmails, ambiguous)
  rawEmails.push(...spacedLetterEmails(text, COMMON_TLDS))
  describedDomainEmails(text, rawEmails)
  providerNamedEmails(text, rawEmails)
  disguisedLinks(text, links)
  const emails = mergeSpans(rawEmails)
  const kept = links.filter(
    (l) =>
      ambiguous.some((a) => a.start <= l.start && l.end <= a.end) ||
      !emails.some((e) => e.start < l.end && l.start < e.end),
  )
  kept.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: LinkHit[] = []
  for (const l of kept) {
    const last = merged[merged.length - 1]
    if (last && l.start < last.end) {
      last.end = Math.max(last.end, l.end)
      if (!l.allowed && last.allowed)
        Object.assign(last, { allowed: false, message: l.message, host: l.host })
      last.social ||= l.social
    } else merged.push({ ...l })
  }
  return { links: merged, emails }
}

export function mergeSpans<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: T[] = []
  for (const s of sorted) {
    const last = out[out.length - 1]
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end)
    else out.push({ ...s })
  }
  return out
}
