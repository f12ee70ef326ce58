/**
 * Links and e-mail addresses: linkify-it (with the full TLD list) finds the well-formed ones; two bounded
 * scanners find the disguised ones (`site[.]fr`, `site . fr`, `site dot com`, `name (at) host (dot) com`,
 * `prénom arobase free point fr`). Every scan is linear or bounded per separator.
 */
import { LinkifyIt } from 'linkify-it'
import tlds from 'tlds'
import type { MessageId } from './messages'
import type { Span } from './text'

export interface LinkHit extends Span {
  host: string
  /** A marketplace or carrier domain: reported as `info`. */
  allowed: boolean
  message: MessageId
  /** The host is a social network or messaging app (also reported as contact-social). */
  social: boolean
}

// ---------------------------------------------------------------------------------------------------
// Domain lists

/** Marketplace domains (subdomains included, e.g. sellercentral.amazon.fr, track.amazon.fr). */
export const MARKETPLACE_DOMAINS: readonly string[] = [
  ...[
    'fr',
    'com',
    'co.uk',
    'de',
    'it',
    'es',
    'nl',
    'se',
    'pl',
    'com.be',
    'ie',
    'ca',
    'com.mx',
    'com.br',
    'co.jp',
    'com.au',
    'in',
    'sg',
    'ae',
    'sa',
    'com.tr',
    'eg',
    'cn',
  ].map((tld) => `amazon.${tld}`),
  'amzn.to',
  'amzn.eu',
  'amzn.com',
  'a.co',
  'media-amazon.com',
  'ssl-images-amazon.com',
]

/** Carrier tracking sites. */
export const CARRIER_DOMAINS: readonly string[] = [
  'laposte.fr',
  'colissimo.fr',
  'colissimo.com',
  'chronopost.fr',
  'chronopost.com',
  'ups.com',
  'dhl.com',
  'dhl.fr',
  'dhl.de',
  'dhl.co.uk',
  'dhlparcel.nl',
  'dhlparcel.fr',
  'fedex.com',
  'tnt.com',
  'tnt.fr',
  'mondialrelay.fr',
  'mondialrelay.com',
  'mondialrelay.be',
  'mondialrelay.es',
  'dpd.fr',
  'dpd.com',
  'dpd.co.uk',
  'dpd.de',
  'dpd.be',
  'gls-france.com',
  'gls-group.eu',
  'gls-group.com',
  'gls-pakete.de',
  'gls-info.nl',
  'colisprive.com',
  'colisprive.fr',
  'relaiscolis.com',
  'royalmail.com',
  'parcelforce.com',
  'evri.com',
  'hermesworld.com',
  'myhermes.de',
  'usps.com',
  'canadapost.ca',
  'canadapost-postescanada.ca',
  'postnl.nl',
  'postnl.com',
  'bpost.be',
  'deutschepost.de',
  'correos.es',
  'poste.it',
  'seur.com',
  'geodis.com',
  'dbschenker.com',
  'post.ch',
  'swisspost.ch',
]

const SHORTENERS = new Set([
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'tiny.cc',
  'lnkd.in',
  't.ly',
  'rb.gy',
  'v.gd',
  's.id',
  'shorte.st',
  'adf.ly',
  'bl.ink',
  'short.io',
  'lc.cx',
  'urlz.fr',
  'tinu.be',
  'snip.ly',
  'qrco.de',
])

const SOCIAL_DOMAINS: readonly string[] = [
  'facebook.com',
  'fb.com',
  'fb.me',
  'm.me',
  'messenger.com',
  'instagram.com',
  'instagr.am',
  'wa.me',
  'whatsapp.com',
  't.me',
  'telegram.me',
  'telegram.org',
  'tiktok.com',
  'twitter.com',
  'x.com',
  'snapchat.com',
  'linkedin.com',
  'pinterest.com',
  'pinterest.fr',
  'discord.gg',
  'discord.com',
  'signal.me',
  'signal.group',
  'viber.com',
  'skype.com',
]

/** Brand names that look-alike domains borrow. Long ones match anywhere in the host, short ones as a part. */
const BRANDS_ANYWHERE = [
  'amazon',
  'sellercentral',
  'colissimo',
  'laposte',
  'chronopost',
  'fedex',
  'mondialrelay',
]
const BRANDS_PART = new Set(['amzn', 'dhl', 'ups', 'dpd', 'gls', 'tnt', 'usps'])

/** TLDs that are also common file extensions ("notice.zip", "readme.md"). */
const FILE_EXTENSIONS = new Set(['zip', 'mov', 'md', 'py', 'ai', 'ps', 'rs', 'sh'])
/** TLDs accepted after a spaced or spelled-out dot ("site . fr", "site point com"). */
const COMMON_TLDS = new Set(
  'fr com net org eu io co uk be ch ca info biz xyz shop store online site app me tv es it nl lu shop club pro'.split(
    ' ',
  ),
)
const ALL_TLDS = new Set(tlds)
/** Mail providers written without their TLD ("jean.dupont@gmail"). */
const MAIL_PROVIDERS = new Set(
  'gmail hotmail yahoo outlook live icloud orange free sfr laposte wanadoo protonmail proton gmx aol msn yandex neuf bbox numericable'.split(
    ' ',
  ),
)
const STOPWORDS = new Set(
  'le la les un une des au du de ce mon ton son bon en the a an this that my your our is at to on in of us me you it nous moi vous'.split(
    ' ',
  ),
)

function domainIn(host: string, list: readonly string[]): boolean {
  for (const d of list) if (host === d || host.endsWith('.' + d)) return true
  return false
}

function classify(host: string, hasAuth: boolean): { allowed: boolean; message: MessageId; social: boolean } {
  const social = domainIn(host, SOCIAL_DOMAINS)
  if (!hasAuth && (domainIn(host, MARKETPLACE_DOMAINS) || domainIn(host, CARRIER_DOMAINS))) {
    return { allowed: true, message: 'link-allowed', social: false }
  }
  if (hasAuth || isLookalike(host)) return { allowed: false, message: 'link-lookalike', social }
  if (SHORTENERS.has(host)) return { allowed: false, message: 'link-shortener', social }
  return { allowed: false, message: 'link', social }
}

function isLookalike(host: string): boolean {
  for (const b of BRANDS_ANYWHERE) if (host.includes(b)) return true
  for (const part of host.split(/[.-]/)) if (BRANDS_PART.has(part)) return true
  return false
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
  const CANDIDATE = /[\p{L}\p{N}]\.[\p{L}\p{N}]|@|:\/\//gu
  let guard = 0
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    let start = m.index
    let end = m.index + m[0].length
    while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--
    while (end < text.length && !/\s/.test(text.charAt(end))) end++
    CANDIDATE.lastIndex = end
    if (++guard > 50_000) break
    // every link or address has letters (a scheme or a TLD)
    if (!/\p{L}\p{L}/u.test(text.slice(start, end))) continue
    const last = out[out.length - 1]
    if (last && start <= last.end + 64) last.end = Math.max(last.end, end)
    else out.push({ start, end })
  }
  return out
}

function linkifyHits(text: string, links: LinkHit[], emails: Span[]): void {
  const lk = getLinkify()
  for (const w of linkWindows(text)) {
    const part = text.slice(w.start, w.end)
    if (!lk.test(part)) continue
    for (const m of lk.match(part) ?? [])
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
  if (schema === 'mailto:' || (schema === '' && raw.includes('@') && !raw.includes('/'))) {
    const addr = raw.replace(/^mailto:/i, '')
    const local = addr.slice(0, addr.indexOf('@'))
    if (/^(www\.|https?)/i.test(local)) {
      // "www.amazon.fr@other.net": a link whose real host is after the "@"
      const host = addr.slice(addr.indexOf('@') + 1).toLowerCase()
      links.push({ start, end, host, allowed: false, message: 'link-lookalike', social: false })
    } else emails.push({ start, end })
    return
  }
  const a = authorityOf(raw)
  if (schema === '') {
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
// Disguised dots and at-signs

/** A dot written otherwise: [.] (.) {.} [dot] (point), " . ", " .", ". ", " dot ", " point ". */
const DOT_SEP =
  / ?[[({] ?(?:\.|dot|point) ?[\])}] ?| \. ?|\. (?=[a-z])| (?:dot|point) |\u00a0(?:\.|dot|point)\u00a0/giy
const DOT_SEP_SEARCH = new RegExp(DOT_SEP.source, 'gi')
/** An at-sign written otherwise: (at) [at] {@} (arobase), " at ", " arobase ", " @ ", "@". */
const AT_SEP = / ?[[({] ?(?:at|a|@|arobase|arrobase) ?[\])}] ?| (?:at|arobase|arrobase|chez) | ?@ ?/gi

const LABEL_CHAR = /[A-Za-z0-9-]/

function readLabel(text: string, from: number): number {
  let i = from
  while (i < text.length && i - from < 63 && LABEL_CHAR.test(text.charAt(i))) i++
  return i
}

interface Chain {
  labels: string[]
  end: number
  /** Every separator was bracketed or a real dot (a deliberate disguise), none spelled or spaced. */
  bracketOnly: boolean
  disguised: boolean
}

/**
 * Reads `label (sep label)*` from `from`, where sep is a real dot or a disguised one. Bounded to 10 labels.
 */
function readChain(text: string, from: number): Chain {
  const labels: string[] = []
  let pos = from
  let end = from
  let bracketOnly = true
  let disguised = false
  for (let n = 0; n < 10; n++) {
    const labelEnd = readLabel(text, pos)
    if (labelEnd === pos) break
    labels.push(text.slice(pos, labelEnd))
    end = labelEnd
    pos = labelEnd
    if (text.charAt(pos) === '.' && LABEL_CHAR.test(text.charAt(pos + 1))) {
      pos++
      continue
    }
    DOT_SEP.lastIndex = pos
    const m = DOT_SEP.exec(text)
    if (!m || !LABEL_CHAR.test(text.charAt(pos + m[0].length))) break
    disguised = true
    if (!/^ ?[[({]/.test(m[0])) bracketOnly = false
    pos += m[0].length
  }
  return { labels, end, bracketOnly, disguised }
}

function tldOk(label: string, strict: boolean): boolean {
  // spaced or spelled dots: common TLDs, in lower case or all capitals ("site . fr", "SITE . FR")
  if (strict)
    return (
      COMMON_TLDS.has(label) ||
      (label.length > 1 && label === label.toUpperCase() && COMMON_TLDS.has(label.toLowerCase()))
    )
  return ALL_TLDS.has(label.toLowerCase())
}

/** Start of the run of [A-Za-z0-9.-] ending at `end` (at most 253 characters back). */
function scanBackHost(text: string, end: number): number {
  let i = end
  while (i > 0 && end - i < 253 && /[A-Za-z0-9.-]/.test(text.charAt(i - 1))) i--
  while (i < end && /[.-]/.test(text.charAt(i))) i++
  return i
}

function disguisedLinks(text: string, links: LinkHit[]): void {
  DOT_SEP_SEARCH.lastIndex = 0
  let guard = 0
  for (let m = DOT_SEP_SEARCH.exec(text); m !== null; m = DOT_SEP_SEARCH.exec(text)) {
    if (++guard > 2_000) break
    const sepStart = m.index
    const left = scanBackHost(text, sepStart)
    if (left === sepStart) continue
    const leftHost = text.slice(left, sepStart)
    if (!/[A-Za-z]/.test(leftHost)) continue
    const chain = readChain(text, left)
    if (!chain.disguised || chain.labels.length < 2 || chain.end <= sepStart) continue
    const tld = chain.labels[chain.labels.length - 1] as string
    if (!tldOk(tld, !chain.bracketOnly)) continue
    const first = chain.labels[0]?.toLowerCase() ?? ''
    if (!chain.bracketOnly && STOPWORDS.has(first) && chain.labels.length === 2) continue
    let end = chain.end
    if (text.charAt(end) === '/')
      while (end < text.length && end - chain.end < 2000 && !/\s/.test(text.charAt(end))) end++
    const host = chain.labels.join('.').toLowerCase()
    const c = classify(host, false)
    links.push({
      start: left,
      end,
      host,
      ...c,
      message: c.allowed ? c.message : c.message === 'link' ? 'link-disguised' : c.message,
    })
    DOT_SEP_SEARCH.lastIndex = Math.max(DOT_SEP_SEARCH.lastIndex, end)
  }
}

/** Disguised dots as they may stand before a local-part label, longest first. */
const DOT_FORMS: readonly string[] = (() => {
  const forms = new Set<string>([' dot ', ' point ', ' . ', '.'])
  for (const core of ['.', 'dot', 'point'])
    for (const [open, close] of ['()', '[]', '{}'])
      for (const inner of ['', ' '])
        for (const outer of ['', ' ']) forms.add(`${outer}${open}${inner}${core}${inner}${close}${outer}`)
  return [...forms].sort((a, b) => b.length - a.length)
})()

/** Checks for a disguised dot ending at `end`; returns its start, or -1. */
function dotSepBefore(text: string, end: number): number {
  const tail = text.slice(Math.max(0, end - 11), end).toLowerCase()
  for (const f of DOT_FORMS) if (tail.endsWith(f)) return end - f.length
  return -1
}

/**
 * `ambiguous` receives the domain of "word at domain dot com" when the word may be prose ("instructions
 * at gadgetworld dot co dot uk"): the domain is then reported as a link too.
 */
function obfuscatedEmails(text: string, emails: Span[], ambiguous: Span[]): void {
  AT_SEP.lastIndex = 0
  let guard = 0
  for (let m = AT_SEP.exec(text); m !== null; m = AT_SEP.exec(text)) {
    if (++guard > 2_000) break
    const sep = m[0]
    const sepStart = m.index
    const sepEnd = sepStart + sep.length
    const plainAt = sep === '@'
    const wordAt = /^ (at|arobase|arrobase|chez) $/i.test(sep)
    // local part: labels joined by real or disguised dots, read backwards (at most 5)
    let localStart = sepStart
    for (let n = 0; n < 5; n++) {
      let i = localStart
      while (i > 0 && localStart - i < 64 && /[A-Za-z0-9_%+-]/.test(text.charAt(i - 1))) i--
      if (i === localStart) break
      localStart = i
      const dot = dotSepBefore(text, localStart)
      if (dot < 0 || !/[A-Za-z0-9]/.test(text.charAt(dot - 1))) break
      localStart = dot
    }
    if (localStart === sepStart) continue
    const local = text.slice(localStart, sepStart)
    const chain = readChain(text, sepEnd)
    if (chain.labels.length === 0) continue
    const tld = chain.labels[chain.labels.length - 1] as string
    const provider = MAIL_PROVIDERS.has((chain.labels[0] ?? '').toLowerCase())
    let ok: boolean
    if (wordAt) {
      // " at " is an English word: demand a dotted domain ending in a common TLD, and a plausible name
      const firstLocal = local.split(/[^A-Za-z0-9]/)[0]?.toLowerCase() ?? ''
      // and, unless the dots are disguised too, a mail provider ("download the app at www.x.io" is a link)
      ok =
        chain.labels.length >= 2 &&
        tldOk(tld, true) &&
        !STOPWORDS.has(firstLocal) &&
        (chain.disguised || provider)
    } else if (plainAt && !chain.disguised) {
      // a plain address is linkify's; here only "name@gmail" (provider without TLD)
      ok = chain.labels.length === 1 && provider
    } else {
      const strict = chain.disguised && !chain.bracketOnly
      ok = (chain.labels.length >= 2 && tldOk(tld, strict)) || (chain.labels.length === 1 && provider)
    }
    if (!ok) continue
    emails.push({ start: localStart, end: chain.end })
    if (wordAt && !provider && /^[A-Za-z]+$/.test(local)) ambiguous.push({ start: sepEnd, end: chain.end })
    AT_SEP.lastIndex = Math.max(AT_SEP.lastIndex, chain.end)
  }
}

// ---------------------------------------------------------------------------------------------------

export interface LinkScan {
  links: LinkHit[]
  emails: Span[]
}

/** Finds links and e-mail addresses. E-mails win over links that overlap them; overlapping links merge. */
export function scanLinks(text: string): LinkScan {
  const links: LinkHit[] = []
  const rawEmails: Span[] = []
  const ambiguous: Span[] = []
  linkifyHits(text, links, rawEmails)
  if (/@|\b(?:at|arobase|arrobase|chez)\b|[[({] ?a ?[\])}]/i.test(text))
    obfuscatedEmails(text, rawEmails, ambiguous)
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
