/**
 * mboxrd, as Thunderbird and mutt read it: each mail starts with a From_ line ("From sender asctime"),
 * its line ends are LF (CRLF and lone CR made LF, the same for every mail), every body line matching
 * /^>*From / gets one more ">" (reversible, unlike mboxo), and a blank line separates mails.
 */
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** C's asctime in UTC: "Wed Dec  2 04:12:18 2026" (day of month padded with a space). */
export function asctime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0')
  return `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${String(date.getUTCDate()).padStart(2, ' ')} ${two(
    date.getUTCHours(),
  )}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} ${date.getUTCFullYear()}`
}

/** The envelope sender of a From_ line: one token, no spaces (MAILER-DAEMON when unknown). */
export function envelopeSender(address: string | null | undefined): string {
  const token = (address ?? '').trim().replace(/\s+/g, '')
  return token === '' ? 'MAILER-DAEMON' : token
}

/** One mail as an mboxrd record (From_ line, quoted body, trailing blank line). Latin-1 keeps bytes. */
export function mboxrdRecord(mail: Uint8Array, sender: string, date: Date): Buffer {
  const text = Buffer.from(mail.buffer, mail.byteOffset, mail.byteLength)
    .toString('latin1')
    .replace(/\r\n?/g, '\n')
    .replace(/^(>*From )/gm, '>$1')
  const body = text.endsWith('\n') ? text : `${text}\n`
  return Buffer.from(`From ${envelopeSender(sender)} ${asctime(date)}\n${body}\n`, 'latin1')
}
