/**
 * Opening an IMAP session for an account, and saying in words (FR / EN) what failed: the host could
 * not be found, nobody listens, TLS failed, the server refused the login.
 */
import { ImapFlow } from 'imapflow'
import type { MailProblem, MailServer } from '../../../../shared/model/mail-status'
import type { MailAccount } from '../../../../shared/model/account'
import { formatEndpoint } from '../../../../shared/model/account'

export function createImapClient(account: MailAccount, password: string): ImapFlow {
  return new ImapFlow({
    host: account.imap.host,
    port: account.imap.port,
    secure: account.security === 'tls',
    // STARTTLS chosen: required (a server that does not offer it is refused, the password never
    // crosses in clear); `none`: never upgraded (local test servers).
    doSTARTTLS: account.security === 'starttls' ? true : account.security === 'none' ? false : undefined,
    auth: { user: account.user, pass: password },
    logger: false,
    emitLogs: false,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 5 * 60_000,
    // IDLE is driven by the engine (it waits for new mail itself), never started behind its back.
    disableAutoIdle: true,
    maxIdleTime: 4 * 60_000,
    qresync: false,
  })
}

/** What went wrong talking to a mail server, as data (worded by the renderer and the CLIs). Never the password. */
export function describeMailError(
  error: unknown,
  server: { kind: 'IMAP' | 'SMTP'; endpoint: string },
): MailProblem {
  const e = error as {
    code?: string
    message?: string
    authenticationFailed?: boolean
    responseCode?: number
    response?: string
    serverResponseCode?: string
    responseText?: string
  }
  const where: MailServer = { protocol: server.kind, endpoint: server.endpoint }
  // nodemailer reports socket failures as ESOCKET/ECONNECTION with the system code in the message.
  const systemCode = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|EPIPE)\b/.exec(
    e?.message ?? '',
  )?.[1]
  const code = systemCode ?? e?.code ?? ''
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { kind: 'host-not-found', server: where }
  if (code === 'ECONNREFUSED') return { kind: 'connection-refused', server: where }
  if (
    code === 'ETIMEDOUT' ||
    code === 'ETIMEOUT' ||
    code === 'CONNECT_TIMEOUT' ||
    code === 'GREETING_TIMEOUT'
  )
    return { kind: 'timed-out', server: where }
  if (
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    code === 'NoConnection' ||
    code === 'ClosedAfterConnectTLS' ||
    code === 'ClosedAfterConnectText'
  )
    return { kind: 'connection-cut', server: where }
  if (/certificate|self.signed|SSL|TLS|wrong version number/i.test(`${code} ${e?.message ?? ''}`))
    return { kind: 'tls-failed', server: where }
  if (e?.authenticationFailed || code === 'EAUTH' || code === 'AUTHENTICATIONFAILED')
    return { kind: 'auth-failed', server: where }
  if (e?.responseCode && e.responseCode >= 500)
    return {
      kind: 'message-refused',
      server: where,
      responseCode: e.responseCode,
      response: (e.response ?? '').slice(0, 200),
    }
  const detail = (e?.responseText ?? e?.message ?? String(error)).slice(0, 200)
  return { kind: 'server-error', server: where, detail }
}

export function imapEndpoint(account: MailAccount): { kind: 'IMAP'; endpoint: string } {
  return { kind: 'IMAP', endpoint: formatEndpoint(account.imap) }
}
