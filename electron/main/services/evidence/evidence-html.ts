/**
 * The one printable page of an evidence PDF: the order, every message with its date, time and
 * direction, every attachment (name, type, size, SHA-256) with images inline. It is self-contained:
 * the font and the images are data: URLs and a CSP forbids anything else, so printing it needs no
 * network, in Chromium (CLI, web harness, tests) as in Electron's printToPDF (desktop).
 */
import type { AttachmentRef, Message, Order, ThreadDetail } from '../../../../shared/model/mailbox'
import { formatDateTime, formatPrice, formatSize, wordsFor } from './evidence-strings'
import type { EvidenceLanguage, EvidenceWords } from './evidence-strings'

export const EVIDENCE_CSP =
  "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

export interface EvidenceDocument {
  lang: EvidenceLanguage
  generatedAt: string
  threads: ThreadDetail[]
  ownerName: string
  /** data: URLs of the image attachments, by attachment id. */
  images: Map<string, string>
  /** @font-face sources (data: URLs) for the regular and bold faces. */
  fonts: { regular: string; bold: string }
  timeZone?: string
}

const IMAGE_TYPES = new Set(['jpg', 'png', 'gif'])
export const isImage = (a: AttachmentRef) => IMAGE_TYPES.has(a.type)

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )
}

/** Where the order came from: the report's sales channel (Amazon.fr…), else the relay's domain. */
export function marketplaceOf(order: Order | null, relayAddress: string): string {
  return order?.salesChannel ?? relayAddress.split('@')[1] ?? ''
}

function orderSection(detail: ThreadDetail, w: EvidenceWords, lang: EvidenceLanguage, tz?: string): string {
  const { order } = detail
  if (!order) return `<p class="muted">${w.noOrder}</p>`
  const items = order.items
    .map(
      (i) =>
        `<li>${i.quantity} × ${escapeHtml(i.title)}${i.asin ? ` (ASIN ${escapeHtml(i.asin)})` : ''}${
          i.priceCents !== undefined && i.currency ? ` — ${formatPrice(i.priceCents, i.currency, lang)}` : ''
        }</li>`,
    )
    .join('')
  const rows: [string, string][] = [
    [w.orderNumber, escapeHtml(order.orderNumber)],
    [w.marketplace, escapeHtml(marketplaceOf(order, detail.thread.contact.relayAddress))],
    [w.orderedAt, formatDateTime(order.orderedAt, lang, tz)],
    [w.status, escapeHtml(w.statuses[order.status] ?? order.status)],
    [w.carrier, escapeHtml(order.carrier ?? w.none)],
    [w.tracking, escapeHtml(order.trackingNumber ?? w.none)],
    ...(order.totals
      ? [[w.total, formatPrice(order.totals.total, order.totals.currency, lang)] as [string, string]]
      : []),
    ...(order.shipments ?? [])
      .filter((parcel) => parcel.trackingNumber && parcel.trackingNumber !== order.trackingNumber)
      .map(
        (parcel) =>
          [w.tracking, escapeHtml(`${parcel.carrier ?? ''} ${parcel.trackingNumber ?? ''}`.trim())] as [
            string,
            string,
          ],
      ),
  ]
  return `<table class="facts">${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}
    <tr><th>${w.items}</th><td><ul>${items}</ul></td></tr></table>`
}

/**
 * Chromium may break a line after a hyphen, and pdftotext then drops that hyphen ("405-1234567-\n765"
 * reads back "405-1234567765"): short words holding a hyphen are kept whole, so the body reads back
 * verbatim. The characters are unchanged; only line breaks move.
 */
export function bodyHtml(body: string): string {
  return escapeHtml(body).replace(/[^\s-]*-[^\s]*/g, (word) =>
    word.length <= 48 ? `<span class="whole">${word}</span>` : word,
  )
}

function attachmentList(message: Message, doc: EvidenceDocument, w: EvidenceWords): string {
  if (message.attachments.length === 0) return ''
  const rows = message.attachments
    .map(
      (
        a,
      ) => `<li><span class="whole">${escapeHtml(a.name)}</span> — ${a.type} — ${formatSize(a.bytes, doc.lang)}
        <div class="hash">SHA-256${w.colon}${a.id}</div></li>`,
    )
    .join('')
  const images = message.attachments
    .filter((a) => isImage(a) && doc.images.has(a.id))
    .map(
      (a) =>
        `<figure><img src="${doc.images.get(a.id)}" alt="${escapeHtml(a.name)}"><figcaption>${escapeHtml(a.name)}</figcaption></figure>`,
    )
    .join('')
  return `<h4>${w.attachments}</h4><ul class="files">${rows}</ul>${images}`
}

function messageSection(detail: ThreadDetail, message: Message, doc: EvidenceDocument, w: EvidenceWords) {
  const inbound = message.direction === 'in'
  const counterpart = `${detail.thread.contact.displayName} &lt;${escapeHtml(detail.thread.contact.relayAddress)}&gt;`
  const owner = escapeHtml(doc.ownerName)
  return `<section class="message ${inbound ? 'in' : 'out'}">
    <h3>${inbound ? w.received : w.sent} — ${formatDateTime(message.sentAt, doc.lang, doc.timeZone)}</h3>
    <p class="meta">${w.from}${w.colon}${inbound ? counterpart : owner} · ${w.to}${w.colon}${inbound ? owner : counterpart}</p>
    <div class="body">${bodyHtml(message.body)}</div>
    ${attachmentList(message, doc, w)}
  </section>`
}

export function renderEvidenceHtml(doc: EvidenceDocument): string {
  const w = wordsFor(doc.lang)
  const threads = doc.threads
    .map(
      (detail) => `<article>
      <h2>${w.thread}${w.colon}${escapeHtml(detail.thread.subject)}</h2>
      <p class="meta">${w.counterpart}${w.colon}${escapeHtml(detail.thread.contact.displayName)} &lt;${escapeHtml(
        detail.thread.contact.relayAddress,
      )}&gt; · ${w.messages}${w.colon}${detail.messages.length}</p>
      <h3>${w.order}</h3>${orderSection(detail, w, doc.lang, doc.timeZone)}
      ${detail.messages.map((m) => messageSection(detail, m, doc, w)).join('')}
    </article>`,
    )
    .join('')
  return `<!doctype html><html lang="${doc.lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EVIDENCE_CSP}">
<title>${w.title}</title>
<style>
@font-face { font-family: 'Evidence Sans'; src: url(${doc.fonts.regular}) format('truetype'); font-weight: normal; }
@font-face { font-family: 'Evidence Sans'; src: url(${doc.fonts.bold}) format('truetype'); font-weight: bold; }
html { font-family: 'Evidence Sans'; font-size: 10pt; color: #111; font-variant-ligatures: none; }
h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 14pt 0 4pt; }
h3 { font-size: 11pt; margin: 10pt 0 3pt; } h4 { font-size: 10pt; margin: 6pt 0 2pt; }
article + article { break-before: page; }
.meta, .muted { color: #444; margin: 0 0 4pt; }
.message { border-left: 3pt solid #8ab4f8; padding: 2pt 0 2pt 8pt; margin: 8pt 0; break-inside: auto; }
.message.out { border-left-color: #81c995; }
.body { white-space: pre-wrap; overflow-wrap: anywhere; }
table { border-collapse: collapse; } th, td { text-align: left; vertical-align: top; padding: 1pt 6pt 1pt 0; }
.files li { margin-bottom: 3pt; break-inside: avoid; } .whole { white-space: nowrap; }
.hash { font-size: 7.5pt; color: #333; white-space: nowrap; }
figure { margin: 6pt 0; break-inside: avoid; } img { max-width: 100%; max-height: 200mm; }
figcaption { font-size: 8pt; color: #444; } ul { margin: 0; padding-left: 12pt; }
</style></head><body>
<h1>${w.title}</h1>
<p class="meta">${w.generated} ${formatDateTime(doc.generatedAt, doc.lang, doc.timeZone)}</p>
${threads}
<p class="muted">${w.embeddedNote}</p>
</body></html>`
}

/** The footer Chromium draws on every page ("page n / N"); it cannot load fonts, so it uses the default. */
export function footerTemplate(lang: EvidenceLanguage): string {
  const w = wordsFor(lang)
  return `<div style="font-size:8pt;width:100%;text-align:center;color:#444">${w.page} <span class="pageNumber"></span> / <span class="totalPages"></span></div>`
}
