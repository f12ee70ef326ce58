/**
 * Mail problems in English for the command-line tools and logs (the app words them itself, in the
 * user's language, from renderer/src/i18n). Kept to the same sentences as the English UI.
 */
import type { MailProblem, SecretNote } from '../../../../shared/model/mail-status'

export function mailProblemInEnglish(problem: MailProblem): string {
  if (problem.kind === 'no-account') return 'No mail account is set up.'
  if (problem.kind === 'refused') return `Refused (${problem.details.reason}).`
  if (problem.kind === 'failed') return problem.detail
  const where = `${problem.server.protocol} ${problem.server.endpoint}`
  switch (problem.kind) {
    case 'host-not-found':
      return `Server ${where} not found (unknown host name).`
    case 'connection-refused':
      return `No server listens on ${where} (connection refused).`
    case 'timed-out':
      return `Server ${where} does not answer (timed out).`
    case 'connection-cut':
      return `The connection to ${where} was cut.`
    case 'tls-failed':
      return `TLS failed with ${where}: check the chosen security (TLS, STARTTLS) and the port.`
    case 'auth-failed':
      return `Server ${where} refused the user name or password.`
    case 'message-refused':
      return `Server ${where} refused the message (${problem.responseCode}): ${problem.response}`.trim()
    case 'server-error':
      return `Error with ${where}: ${problem.detail}`
  }
}

export const SECRET_NOTES_IN_ENGLISH: Record<SecretNote, string> = {
  'owner-only-file': 'The password is kept in a file readable by you only (mode 0600), not encrypted.',
  keychain: "The password is encrypted by the system's keychain.",
  'basic-text':
    'Your Linux session offers no keyring (basic_text backend): the password is encrypted with a fixed key, which protects it little. Install gnome-keyring or KWallet.',
}
