/**
 * The mail account of a store: where new buyer messages are read (IMAP) and replies leave (SMTP).
 * Pure data and parsing; the password is never part of it (it lives in a secret store).
 */

export const MAIL_SECURITIES = ['tls', 'starttls', 'none'] as const
/** `tls`: TLS from the first byte; `starttls`: upgrade required; `none`: plain, for local tests only. */
export type MailSecurity = (typeof MAIL_SECURITIES)[number]

/** How the account proves who it is. Only `password` (an app password) exists today; OAuth2 later. */
export const MAIL_AUTH_KINDS = ['password'] as const
export type MailAuthKind = (typeof MAIL_AUTH_KINDS)[number]

export interface MailEndpoint {
  host: string
  port: number
}

export interface MailAccount {
  imap: MailEndpoint
  smtp: MailEndpoint
  security: MailSecurity
  user: string
  /** The address replies are sent from (registered with the marketplace). */
  from: string
  auth: MailAuthKind
  /** First sync reaches back this many days. */
  syncDays: number
}

export const DEFAULT_SYNC_DAYS = 30

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$|^\d{1,3}(?:\.\d{1,3}){3}$|^\[[0-9A-Fa-f:.]+\]$/
const ADDRESS = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$|^[^\s@<>()",;]+@localhost$/

/** `HOST:PORT` → endpoint, or null when either part is not valid. */
export function parseEndpoint(text: string): MailEndpoint | null {
  const match = /^(.+):(\d{1,5})$/.exec(text.trim())
  if (!match) return null
  const port = Number(match[2])
  if (port < 1 || port > 65535 || !HOST.test(match[1]!)) return null
  return { host: match[1]!.replace(/^\[|\]$/g, ''), port }
}

export function formatEndpoint(endpoint: MailEndpoint): string {
  return endpoint.host.includes(':')
    ? `[${endpoint.host}]:${endpoint.port}`
    : `${endpoint.host}:${endpoint.port}`
}

export function isMailAddress(text: string): boolean {
  return ADDRESS.test(text.trim())
}

/** What a summary of the account may show (no secret, ever). */
export interface AccountSummary {
  user: string
  from: string
  imap: string
  smtp: string
}

export function summarizeAccount(account: MailAccount): AccountSummary {
  return {
    user: account.user,
    from: account.from,
    imap: formatEndpoint(account.imap),
    smtp: formatEndpoint(account.smtp),
  }
}
