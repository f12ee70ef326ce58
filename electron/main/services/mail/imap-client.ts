/**
 * Opening an IMAP session for an account, and saying in words (FR / EN) what failed: the host could
 * not be found, nobody listens, TLS failed, the server refused the login.
 */
import { ImapFlow } from 'imapflow'
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

export interface Words {
  fr: string
  en: string
}

/** What went wrong talking to a mail server, in the user's words. Never contains the password. */
export function describeMailError(
  error: unknown,
  server: { kind: 'IMAP' | 'SMTP'; endpoint: string },
): Words {
  const e = error as {
    code?: string
    message?: string
    authenticationFailed?: boolean
    responseCode?: number
    response?: string
    serverResponseCode?: string
    responseText?: string
  }
  const where = `${server.kind} ${server.endpoint}`
  // nodemailer reports socket failures as ESOCKET/ECONNECTION with the system code in the message.
  const systemCode = /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|EPIPE)\b/.exec(
    e?.message ?? '',
  )?.[1]
  const code = systemCode ?? e?.code ?? ''
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return {
      fr: `Serveur ${where} introuvable (nom d'hôte inconnu).`,
      en: `Server ${where} not found (unknown host name).`,
    }
  if (code === 'ECONNREFUSED')
    return {
      fr: `Aucun serveur n'écoute sur ${where} (connexion refusée).`,
      en: `No server listens on ${where} (connection refused).`,
    }
  if (
    code === 'ETIMEDOUT' ||
    code === 'ETIMEOUT' ||
    code === 'CONNECT_TIMEOUT' ||
    code === 'GREETING_TIMEOUT'
  )
    return {
      fr: `Le serveur ${where} ne répond pas (délai dépassé).`,
      en: `Server ${where} does not answer (timed out).`,
    }
  if (
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    code === 'NoConnection' ||
    code === 'ClosedAfterConnectTLS' ||
    code === 'ClosedAfterConnectText'
  )
    return { fr: `La connexion à ${where} a été coupée.`, en: `The connection to ${where} was cut.` }
  if (/certificate|self.signed|SSL|TLS|wrong version number/i.test(`${code} ${e?.message ?? ''}`))
    return {
      fr: `Échec TLS avec ${where} : vérifiez la sécurité choisie (TLS, STARTTLS) et le port.`,
      en: `TLS failed with ${where}: check the chosen security (TLS, STARTTLS) and the port.`,
    }
  if (e?.authenticationFailed || code === 'EAUTH' || code === 'AUTHENTICATIONFAILED')
    return {
      fr: `Le serveur ${where} a refusé l'identifiant ou le mot de passe.`,
      en: `Server ${where} refused the user name or password.`,
    }
  if (e?.responseCode && e.responseCode >= 500)
    return {
      fr: `Le serveur ${where} a refusé le message (${e.responseCode}) : ${e.response ?? ''}`.trim(),
      en: `Server ${where} refused the message (${e.responseCode}): ${e.response ?? ''}`.trim(),
    }
  const detail = (e?.responseText ?? e?.message ?? String(error)).slice(0, 200)
  return { fr: `Erreur avec ${where} : ${detail}`, en: `Error with ${where}: ${detail}` }
}

export function imapEndpoint(account: MailAccount): { kind: 'IMAP'; endpoint: string } {
  return { kind: 'IMAP', endpoint: formatEndpoint(account.imap) }
}
