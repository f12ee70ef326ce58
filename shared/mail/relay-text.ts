/**
 * The buyer's own words out of the marketplace's wrapper. Two templates are known (no specification
 * exists; these follow public parsers):
 * - the older plain one: the text between a "Begin message" and an "End message" line (in the
 *   storefront's language), then a footer with a "no response needed" link and a [commMgrTok:…] token;
 * - the newer HTML one ("You have received a message"): the text in the one `<pre>` block.
 * A mail in neither template keeps its whole text up to the first known footer line.
 */

const BEGIN_LINE =
  /^[\s*=_-]*(?:begin message|début du message|debut du message|nachricht beginnen|beginn der nachricht|inizio messaggio|inicio del mensaje|comienzo del mensaje|begin bericht|początek wiadomości)[\s*:=_-]*$/im
const END_LINE =
  /^[\s*=_-]*(?:end message|fin du message|nachricht beenden|ende der nachricht|fine messaggio|fin del mensaje|einde bericht|koniec wiadomości)[\s*:=_-]*$/im

/** Lines where Amazon's footer starts, in any of its languages: everything from there is dropped. */
const FOOTER_START = [
  /\[commMgrTok:[^\]]*\]/i,
  /^\s*(?:was this email helpful|cet e-mail vous a-t-il été utile|war diese e-mail hilfreich)/im,
  /^\s*(?:to respond to this (?:customer|buyer)|pour répondre à ce client|um diesem kunden zu antworten)/im,
  /^\s*(?:if you believe this message is suspicious|si vous pensez que ce message est suspect)/im,
  /^\s*(?:copyright|©)\s*\d{4}.*amazon/im,
  /^\s*(?:mark as no response needed|marquer comme ne nécessitant pas de réponse|keine antwort erforderlich)/im,
]

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  ecirc: 'ê',
  ocirc: 'ô',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
}

/** Decodes the character references a `<pre>` block may hold (numeric ones and the common names). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[ref.toLowerCase()] ?? whole
  })
}

function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** The text of the first `<pre>` block of the HTML template, or null. */
export function textOfPreBlock(html: string): string | null {
  const match = /<pre\b[^>]*>([\s\S]*?)<\/pre\s*>/i.exec(html)
  if (!match) return null
  const inner = match[1]!
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|div)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
  return normalise(decodeEntities(inner))
}

/** The text between the Begin and End lines of the older template, or null. */
export function textBetweenMarkers(text: string): string | null {
  const begin = BEGIN_LINE.exec(text)
  if (!begin) return null
  const rest = text.slice(begin.index + begin[0].length)
  const end = END_LINE.exec(rest)
  return normalise(end ? rest.slice(0, end.index) : cutFooter(rest))
}

/** The text up to the first footer line. */
export function cutFooter(text: string): string {
  let end = text.length
  for (const marker of FOOTER_START) {
    const match = marker.exec(text)
    if (match && match.index < end) end = match.index
  }
  return normalise(text.slice(0, end))
}

export type RelayTemplate = 'plain' | 'html' | 'none'

/** The buyer's text and which template held it. */
export function extractBuyerText(
  text: string,
  html: string | null,
): { text: string; template: RelayTemplate } {
  const between = textBetweenMarkers(text)
  if (between !== null) return { text: between, template: 'plain' }
  if (html) {
    const pre = textOfPreBlock(html)
    if (pre !== null) return { text: pre, template: 'html' }
  }
  return { text: cutFooter(text), template: 'none' }
}
