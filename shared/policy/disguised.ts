/**
 * Disguised links and e-mail addresses: bounded scanners for dots and at-signs written otherwise
 * (`site[.]fr`, `site . fr`, `site dot com`, `name (at) host (dot) com`, `prénom arobase free point fr`).
 * Every scan is linear or bounded per separator.
 */
import { ALL_TLDS, COMMON_TLDS, MAIL_PROVIDERS, classify } from './link-domains'
import type { LinkHit } from './links'
import type { Span } from './text'

/**
 * Short words that read as prose, not as a host or a mailbox name, before a spaced or spelled dot or
 * " at ".
 */
const STOPWORDS = new Set(
  'le la les un une des au du de ce mon ton son bon en the a an this that my your our is at to on in of us me you it nous moi vous'.split(
    ' ',
  ),
)

/** A dot written otherwise: [.] (.) {.} [dot] (point), " . ", " .", ". ", " dot ", " point ", "_dot_". */
const DOT_SEP =
  / ?[[({] ?(?:\.|dot|point|punkt) ?[\])}] ?| \. ?|\. (?=[a-z])| (?:dot|point|punkt) |\u00a0(?:\.|dot|point|punkt)\u00a0|_(?:dot|point|punkt)_/giy
const DOT_SEP_SEARCH = new RegExp(DOT_SEP.source, 'gi')
/** An at-sign written otherwise: (at) [at] {@} (arobase) (chez), German "ät" and "Klammeraffe", " at ", " arobase ", " @ ", "@". */
const AT_SEP =
  / ?[[({] ?(?:at|a|@|ät|arobase|arrobase|chez) ?[\])}] ?| (?:at|ät|aet|arobase|arrobase|chez|klammeraffe|affenschwanz) | ?@ ?|\r?\n[ \t]{0,4}@|_(?:at|ät|arobase)_(?=[a-z0-9])/gi

/** Networks whose name stands before an "@handle" ("Instagram @shop.uk", "IG @shop"). */
const NETWORK_NAMES = new Set(
  'instagram insta ig tiktok twitter x snapchat snap threads facebook fb telegram pinterest youtube bluesky'.split(
    ' ',
  ),
)

/** Words saying that an e-mail address follows. */
const MAIL_TOPIC = /mail|courriel|adresse|address|[ée]cri|write|schreib/i

/** Words that introduce an "@handle" after a space ("c'est @…", "is @…", "unter @…"). */
const HANDLE_INTRO = new Set(
  'est is ist sind are sur on auf chez at via unter as comme als page compte account konto profil profile nous us uns moi me mich follow suivez suivre folgen folgt abonnez'.split(
    ' ',
  ),
)

const LABEL_CHAR = /[A-Za-z0-9-]/
/** Mailbox names that make "returns at shop.co.uk" an address rather than a place. */
const MAILBOX_WORDS = new Set(
  'returns return retours retour info infos contact support sales service services hello orders order kontakt shop admin team help office mail sav commandes commande care enquiries billing accounts bonjour hallo service-client customerservice kundenservice kundendienst'.split(
    ' ',
  ),
)

function readLabel(text: string, from: number): number {
  let i = from
  while (i < text.length && i - from < 63 && LABEL_CHAR.test(text.charAt(i))) i++
  return i
}

interface Chain {
  labels: string[]
  /** End of each label. */
  ends: number[]
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
  const ends: number[] = []
  let pos = from
  let end = from
  let bracketOnly = true
  let disguised = false
  for (let n = 0; n < 10; n++) {
    const labelEnd = readLabel(text, pos)
    if (labelEnd === pos) break
    labels.push(text.slice(pos, labelEnd))
    ends.push(labelEnd)
    end = labelEnd
    pos = labelEnd
    if (text.charAt(pos) === '.' && LABEL_CHAR.test(text.charAt(pos + 1))) {
      pos++
      continue
    }
    DOT_SEP.lastIndex = pos
    const m = DOT_SEP.exec(text)
    if (!m || !LABEL_CHAR.test(text.charAt(pos + m[0].length))) break
    // "Nr. DE 287 330 415", "Reg. No": a real full stop then a capital starts a word, not a TLD
    if (m[0].startsWith('.') && /[A-Z]/.test(text.charAt(pos + m[0].length))) break
    disguised = true
    if (!/^ ?[[({]/.test(m[0])) bracketOnly = false
    pos += m[0].length
  }
  return { labels, ends, end, bracketOnly, disguised }
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

/**
 * A web address read from words (spelled out, spoken, its letters spaced): a marketplace or carrier host
 * keeps its own message, any other is a disguised link.
 */
function pushReadLink(links: LinkHit[], start: number, end: number, host: string): void {
  const c = classify(host, false)
  links.push({ start, end, host, ...c, message: c.allowed ? c.message : 'link-disguised' })
}

/**
 * A web address spelled out: "tapez lamaisondulin suivi de .fr", "type homeshop followed by dot com",
 * "homeshop gefolgt von Punkt de", « theiere-et-compagnie » puis « .fr ». The name is one word of letters,
 * digits or dashes, in quotation marks or not.
 */
const SPELLED_ADDRESS =
  /\b([a-z0-9][a-z0-9-]{2,40})(?:\s{0,2}[»"”“'’])?\s{1,3}(?:,\s{0,2})?(?:suivi(?:e)? de|followed by|then|puis|gefolgt von|und dann|plus|and then)\s{1,3}[«"“„'‘]?\s{0,2}(?:\.|dot\s{1,3}|point\s{1,3}|punkt\s{1,3})(fr|com|de|net|org|eu|co\.uk|co uk|uk|be|ch|shop|store|io|info|biz|at|it|es)\b/giu

/** The joining words of a spelled-out address; the full expression only runs around them. */
const SPELLED_JOIN = /suivi|followed|then|puis|gefolgt|dann|plus/gi

function spelledAddresses(text: string, links: LinkHit[]): void {
  SPELLED_JOIN.lastIndex = 0
  let searchedTo = 0
  for (let j = SPELLED_JOIN.exec(text); j !== null; j = SPELLED_JOIN.exec(text)) {
    // the name (at most 41 characters and a few spaces) stands just before the joining words
    const from = Math.max(searchedTo, j.index - 48)
    const to = Math.min(text.length, j.index + 40)
    SPELLED_JOIN.lastIndex = Math.max(SPELLED_JOIN.lastIndex, to)
    searchedTo = to
    spelledAddressesIn(text, from, to, links)
  }
}

function spelledAddressesIn(text: string, from: number, to: number, links: LinkHit[]): void {
  const part = text.slice(from, to)
  SPELLED_ADDRESS.lastIndex = 0
  for (let m = SPELLED_ADDRESS.exec(part); m !== null; m = SPELLED_ADDRESS.exec(part)) {
    // a name cut by the window's start is not a word of its own
    if (m.index === 0 && from > 0 && /[a-z0-9-]/i.test(text.charAt(from - 1))) continue
    const name = (m[1] ?? '').toLowerCase()
    if (STOPWORDS.has(name)) continue
    const host = `${name}.${(m[2] ?? '').toLowerCase().replace(' ', '.')}`
    pushReadLink(links, from + m.index, from + m.index + m[0].length, host)
  }
}

/**
 * A web address with its letters spaced out: "w w w . deco-zen . f r", "W W W dot shop dot c o m". The
 * spaced "w w w" says an address follows; the extension may be spaced too.
 */
const SPACED_WWW =
  /(?<![\p{L}\p{N}])[wW] [wW] [wW]\s{0,2}(?:\.|dot|point|punkt)\s{0,2}([a-z0-9](?: ?[a-z0-9-]){1,40})\s{0,2}(?:\.|dot|point|punkt)\s{0,2}((?:[a-z] ?){1,3}[a-z])(?![\p{L}\p{N}])/giu

/** "www maisonlea com", "WWW deco-zen fr": the dots left out, the "www" saying an address follows. */
const BARE_WWW = /(?<![\p{L}\p{N}.])www\s{1,2}([a-z0-9][a-z0-9-]{1,40})\s{1,2}([a-z]{2,4})(?![\p{L}\p{N}])/giu

/** "github com slash tekbridge slash …": a host and its extension said as words, then a path said "slash". */
const SPOKEN_PATH =
  /(?<![\p{L}\p{N}.@])([a-z0-9][a-z0-9-]{1,40}) ((?:co )?[a-z]{2,4}) slash [a-z0-9][a-z0-9._-]*(?: slash [a-z0-9][a-z0-9._-]*){0,6}/giu

/**
 * "hoppr dot bike slash sizing": a spelled dot followed by a path said "slash" is an address whatever its
 * extension (any TLD, not only the common ones a spelled dot alone needs).
 */
const SPOKEN_DOT_PATH =
  /(?<![\p{L}\p{N}.@])([a-z0-9][a-z0-9-]{1,40}) (?:dot|point|punkt) ([a-z]{2,12}) slash [a-z0-9][a-z0-9._-]*(?: slash [a-z0-9][a-z0-9._-]*){0,6}/giu

function spokenPaths(text: string, links: LinkHit[]): void {
  if (!/ slash /i.test(text)) return
  SPOKEN_DOT_PATH.lastIndex = 0
  for (let m = SPOKEN_DOT_PATH.exec(text); m !== null; m = SPOKEN_DOT_PATH.exec(text)) {
    const tld = (m[2] ?? '').toLowerCase()
    if (!ALL_TLDS.has(tld)) continue
    pushReadLink(links, m.index, m.index + m[0].length, `${(m[1] ?? '').toLowerCase()}.${tld}`)
  }
  SPOKEN_PATH.lastIndex = 0
  for (let m = SPOKEN_PATH.exec(text); m !== null; m = SPOKEN_PATH.exec(text)) {
    const tld = (m[2] ?? '').toLowerCase().replace(' ', '.')
    if (!COMMON_TLDS.has(tld.replace(/^co\./, ''))) continue
    pushReadLink(links, m.index, m.index + m[0].length, `${(m[1] ?? '').toLowerCase()}.${tld}`)
  }
}

function spacedWww(text: string, links: LinkHit[]): void {
  spokenPaths(text, links)
  if (/www\s/i.test(text)) {
    BARE_WWW.lastIndex = 0
    for (let m = BARE_WWW.exec(text); m !== null; m = BARE_WWW.exec(text)) {
      const tld = (m[2] ?? '').toLowerCase()
      if (!COMMON_TLDS.has(tld)) continue
      pushReadLink(links, m.index, m.index + m[0].length, `${(m[1] ?? '').toLowerCase()}.${tld}`)
    }
  }
  if (!/[wW] [wW] [wW]/.test(text)) return
  SPACED_WWW.lastIndex = 0
  for (let m = SPACED_WWW.exec(text); m !== null; m = SPACED_WWW.exec(text)) {
    const tld = (m[2] ?? '').replace(/ /g, '').toLowerCase()
    if (!COMMON_TLDS.has(tld)) continue
    const host = `${(m[1] ?? '').replace(/ /g, '').toLowerCase()}.${tld}`
    pushReadLink(links, m.index, m.index + m[0].length, host)
  }
}

export function disguisedLinks(text: string, links: LinkHit[]): void {
  spelledAddresses(text, links)
  spacedWww(text, links)
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
    if (text.charAt(end) === '/') {
      while (end < text.length && end - chain.end < 2000 && !/\s/.test(text.charAt(end))) end++
      // the sentence's own punctuation after the path is not part of the address
      while (end > chain.end + 1 && /[.,;:!?)»"'”’]/.test(text.charAt(end - 1))) end--
    }
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
  const forms = new Set<string>([' dot ', ' point ', ' punkt ', ' . ', '.'])
  for (const core of ['.', 'dot', 'point', 'punkt'])
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
export function obfuscatedEmails(text: string, emails: Span[], ambiguous: Span[]): void {
  AT_SEP.lastIndex = 0
  let guard = 0
  for (let m = AT_SEP.exec(text); m !== null; m = AT_SEP.exec(text)) {
    if (++guard > 2_000) break
    const sep = m[0]
    const sepStart = m.index
    const sepEnd = sepStart + sep.length
    const plainAt = sep === '@'
    // " at " and " chez " are also prose words; " arobase ", " ät " only ever stand for an at-sign
    const wordAt = /^ (at|chez) $/i.test(sep)
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
    // "Instagram @fuelnation.uk": a network's name before a handle, not a mailbox (the handle is social)
    // "c'est @maison.cosy", "is @shop.uk", "auf @laden": a word then " @name" introduces a handle
    if (sep === ' @' && (NETWORK_NAMES.has(local.toLowerCase()) || HANDLE_INTRO.has(local.toLowerCase())))
      continue
    // an address broken over two lines ("nadia.benali\n@gmail.com"): only a mailbox at a provider, or
    // where mail is the topic; a line opening on "@name" is otherwise a handle
    const brokenLine = sep.includes('\n')
    if (brokenLine && NETWORK_NAMES.has(local.toLowerCase())) continue
    const chain = readChain(text, sepEnd)
    // "… @ 163 . com . Merci": a spaced dot may also end the sentence: a capitalised word is not a label
    while (chain.labels.length > 2 && /^[A-Z][a-z]/.test(chain.labels[chain.labels.length - 1] as string)) {
      chain.labels.pop()
      chain.ends.pop()
      chain.end = chain.ends[chain.ends.length - 1] as number
    }
    if (chain.labels.length === 0) continue
    const tld = chain.labels[chain.labels.length - 1] as string
    const provider = MAIL_PROVIDERS.has((chain.labels[0] ?? '').toLowerCase())
    let ok: boolean
    if (wordAt) {
      // " at " is an English word: demand a dotted domain ending in a common TLD, and a plausible name
      const firstLocal = local.split(/[^A-Za-z0-9]/)[0]?.toLowerCase() ?? ''
      // and, unless the dots are disguised too, a mail provider ("download the app at www.x.io" is a link)
      ok =
        !STOPWORDS.has(firstLocal) &&
        ((chain.labels.length >= 2 &&
          tldOk(tld, true) &&
          (chain.disguised || provider || MAILBOX_WORDS.has(local.toLowerCase()) || /[._]/.test(local))) ||
          // "jdupont at gmail": a provider alone, when the name looks like a mailbox or mail is the topic
          (chain.labels.length === 1 &&
            provider &&
            // a name joined by a spoken dot ("mike dot hollis at gmail") is a mailbox too
            (/[._\d\s]/.test(local) ||
              MAIL_TOPIC.test(text.slice(Math.max(0, localStart - 40), localStart)))))
    } else if (plainAt && !chain.disguised) {
      // a plain address is linkify's; here only "name@gmail" (provider without TLD)
      ok = chain.labels.length === 1 && provider
    } else {
      const strict = chain.disguised && !chain.bracketOnly
      ok = (chain.labels.length >= 2 && tldOk(tld, strict)) || (chain.labels.length === 1 && provider)
    }
    // "visit our shop at lampes-et-co.fr": a place named with a possessive, then a written web address, is the
    // shop's site (a link), not a mailbox called "shop"
    const before = text.slice(Math.max(0, localStart - 12), localStart).toLowerCase()
    if (
      wordAt &&
      !chain.disguised &&
      /\b(?:our|my|your|notre|nos|mon|ma|votre|unsere?[mnrs]?|meine?[mnrs]?)\s+$/.test(before)
    )
      ok = false
    // "… at shop [dot] co [dot] uk/sizes": a path follows, so it is a web address (disguisedLinks finds it)
    if (brokenLine && !provider && !MAIL_TOPIC.test(text.slice(Math.max(0, localStart - 40), localStart)))
      ok = false
    if (!ok || text.charAt(chain.end) === '/') continue
    emails.push({ start: localStart, end: chain.end })
    // "returns at shop.co.uk" may be a place (its link is kept); "orders at shop dot com", its dots spelled, names
    // a mailbox: no link is kept inside it
    const spelledMailbox = chain.disguised && MAILBOX_WORDS.has(local.toLowerCase())
    if (wordAt && !provider && /^[A-Za-z]+$/.test(local) && !spelledMailbox)
      ambiguous.push({ start: sepEnd, end: chain.end })
    AT_SEP.lastIndex = Math.max(AT_SEP.lastIndex, chain.end)
  }
}

/** The at-sign then joining words; the name before and the extension after are read around it. */
const DESCRIBED_AT = /@\s{0,2}(?:puis|suivi d[eu]|followed by|then|gefolgt von|und dann|dann)\s/gi
const DESCRIBED_REST =
  /[^\n@]{0,60}?(?:\.|\bdot\s|\bpoint\s|\bpunkt\s)\s{0,2}(?:fr|com|de|net|org|eu|co\.uk|uk|be|ch|shop|store|io|at|it|es)(?![\p{L}\p{N}])/iuy

/**
 * A mailbox whose domain is described instead of written: "compta@ puis le nom de notre boutique .fr",
 * "orders@ followed by our shop name dot com". The name and at-sign, then joining words, then an extension.
 */
export function describedDomainEmails(text: string, emails: Span[]): void {
  if (!text.includes('@')) return
  DESCRIBED_AT.lastIndex = 0
  for (let m = DESCRIBED_AT.exec(text); m !== null; m = DESCRIBED_AT.exec(text)) {
    let start = m.index
    while (start > 0 && m.index - start < 41 && /[A-Za-z0-9._-]/.test(text.charAt(start - 1))) start--
    while (start < m.index && /[._-]/.test(text.charAt(start))) start++
    if (m.index - start < 2 || /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) continue
    DESCRIBED_REST.lastIndex = m.index + m[0].length
    const rest = DESCRIBED_REST.exec(text)
    if (rest) emails.push({ start, end: DESCRIBED_REST.lastIndex })
  }
}

/**
 * A mailbox named by its provider, then the name alone: "mon gmail c'est nadia.benali75", "my hotmail is
 * j_smith88", "meine GMX-Adresse: k.weber". The name must look like a mailbox name (a digit, a dot or an
 * underscore), so "mon gmail est plein" is prose.
 */
const PROVIDER_NAMED =
  /\b(?:mon|ma|my|mein|meine|meinem|meiner|sur|on|auf|an|per|via|par)\s{1,3}(?:adresse\s{1,3})?(gmail|hotmail|outlook|yahoo|icloud|gmx|orange|laposte|wanadoo|protonmail|proton|aol|msn|t-online)(?:-?adresse)?\b\s{0,3}(?:,\s{0,2})?(?:c'est|c’est|est|is|ist|lautet|:|=|-)?\s{0,3}(?:it's\s{1,3}|le\s{1,3})?([a-z][a-z0-9._-]{2,40}[a-z0-9])/giu

const PROVIDER_DOMAIN =
  /(?<![\p{L}\p{N}._@-])([a-z][a-z0-9._-]{2,40}[a-z0-9])(?:\s{1,2}|,?\s{1,2}(?:bei|at|chez|auf|sur|on|an)\s{1,2})(?:gmail|hotmail|outlook|yahoo|icloud|gmx|orange|laposte|wanadoo|protonmail|proton|aol|msn|live|free|web)\.(?:com|fr|de|net|co\.uk|be|ch|it|es|me|at)\b/giu

/** Where a provider is named; the full expression only runs around these places. */
const PROVIDER_WORD =
  /gmail|hotmail|outlook|yahoo|icloud|gmx|orange|laposte|wanadoo|proton|aol|msn|t-online|web\.de|live\.(?:com|fr|de)|free\.fr/gi

export function providerNamedEmails(text: string, emails: Span[]): void {
  PROVIDER_WORD.lastIndex = 0
  let guard = 0
  for (let p = PROVIDER_WORD.exec(text); p !== null && ++guard <= 2_000; p = PROVIDER_WORD.exec(text)) {
    // a name (at most 42 characters) or "mon adresse " before the provider, "-adresse c'est " and a name after it
    // (windows may overlap: a match found twice is merged with itself later)
    const from = Math.max(0, p.index - 48)
    const to = Math.min(text.length, p.index + 90)
    const part = text.slice(from, to)
    // "ahmed.store88 gmail.com": the at-sign left out, the provider's domain after the name
    PROVIDER_DOMAIN.lastIndex = 0
    for (let m = PROVIDER_DOMAIN.exec(part); m !== null; m = PROVIDER_DOMAIN.exec(part))
      if (/[0-9._]/.test(m[1] ?? ''))
        emails.push({ start: from + m.index, end: from + m.index + m[0].length })
    PROVIDER_NAMED.lastIndex = 0
    for (let m = PROVIDER_NAMED.exec(part); m !== null; m = PROVIDER_NAMED.exec(part)) {
      const name = m[2] ?? ''
      if (!/[0-9._]/.test(name)) continue
      const start = from + m.index + m[0].indexOf(m[1] ?? '')
      emails.push({ start, end: from + m.index + m[0].length })
    }
  }
}
