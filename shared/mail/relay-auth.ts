/**
 * Does a mail that claims to come from the marketplace really come from it? Its display name and
 * From address are free text for a phisher; what the receiving server recorded is not. We read the
 * receiving side's verdicts (Authentication-Results, Received-SPF), the signing domain (DKIM-Signature
 * d=) and the bounce address (Return-Path). A mail with no such header at all (some exports strip
 * them) cannot be judged and is given the benefit of the doubt; one header that contradicts the
 * claim is enough to call it a pretender.
 */
import type { SpoofWarning } from '../model/mail-import'
import { domainOf, isMarketplaceMailDomain } from './relay-domains'

export type MailHeaders = Record<string, string | string[] | undefined>

export function headerValues(headers: MailHeaders, name: string): string[] {
  const value = headers[name.toLowerCase()]
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

/** Domains named by `key=` pairs (header.d=, header.i=@x, smtp.mailfrom=…) in an auth header. */
function domainsAfter(text: string, keys: RegExp): string[] {
  const found: string[] = []
  const pattern = new RegExp(`(?:${keys.source})=([^;\\s]+)`, 'gi')
  for (const match of text.matchAll(pattern)) {
    const value = match[1]!.replace(/^["<]|[">]$/g, '')
    found.push(value.includes('@') ? domainOf(value) : value.toLowerCase())
  }
  return found
}

/** The reasons (as data) why the mail's own headers contradict its claimed origin; [] if none. */
export function authenticityProblems(headers: MailHeaders): SpoofWarning[] {
  const problems: SpoofWarning[] = []
  for (const result of headerValues(headers, 'authentication-results')) {
    const verdicts = [...result.matchAll(/\b(spf|dkim|dmarc)=(\w+)/gi)].map((m) => [
      m[1]!.toLowerCase(),
      m[2]!.toLowerCase(),
    ])
    for (const [method, verdict] of verdicts) {
      if (verdict === 'fail' || verdict === 'softfail' || verdict === 'permerror') {
        problems.push({ kind: 'auth-result', method: method!, verdict: verdict! })
      }
    }
    const signers = domainsAfter(result, /header\.d|header\.i/)
    const passedDkim = verdicts.some(([method, verdict]) => method === 'dkim' && verdict === 'pass')
    if (passedDkim && signers.length > 0 && !signers.some(isMarketplaceMailDomain)) {
      problems.push({ kind: 'dkim-verified-other', signer: signers[0]! })
    }
  }
  for (const spf of headerValues(headers, 'received-spf')) {
    const verdict = /^\s*(\w+)/.exec(spf)?.[1]?.toLowerCase()
    if (verdict === 'fail' || verdict === 'softfail') {
      problems.push({ kind: 'spf-fail', verdict })
    }
  }
  for (const signature of headerValues(headers, 'dkim-signature')) {
    const signer = /(?:^|;)\s*d=([^;\s]+)/i.exec(signature)?.[1]?.toLowerCase()
    if (signer && !isMarketplaceMailDomain(signer)) {
      problems.push({ kind: 'dkim-signed-other', signer })
    }
  }
  for (const returnPath of headerValues(headers, 'return-path')) {
    const address = /<([^>]*)>/.exec(returnPath)?.[1] ?? returnPath.trim()
    const domain = domainOf(address)
    if (domain && !isMarketplaceMailDomain(domain)) {
      problems.push({ kind: 'return-path-other', domain })
    }
  }
  return dedupe(problems)
}

function dedupe(problems: SpoofWarning[]): SpoofWarning[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const key = JSON.stringify(p)
    return !seen.has(key) && (seen.add(key), true)
  })
}
