/**
 * Reply templates and their placeholders. Filling is pure: the values come from the thread (buyer,
 * order, carrier, tracking) and the mailbox owner (seller name). A placeholder without a value is left
 * as written, so the seller sees at once what is still to be filled in before sending.
 */
import { carrierDisplayName } from '../orders/carriers'
import type { ThreadDetail } from '../model/mailbox'

export const PLACEHOLDERS = [
  'buyer_name',
  'order_number',
  'tracking_number',
  'carrier',
  'seller_name',
] as const
export type Placeholder = (typeof PLACEHOLDERS)[number]

export type PlaceholderValues = Partial<Record<Placeholder, string | null>>

export const TEMPLATE_LANGUAGES = ['fr', 'en'] as const
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number]

/** Who a starter template speaks for: a buyer is never offered a seller's replies, nor the reverse. */
export const TEMPLATE_AUDIENCES = ['seller', 'buyer'] as const
export type TemplateAudience = (typeof TEMPLATE_AUDIENCES)[number]

export interface ReplyTemplate {
  id: string
  name: string
  language: TemplateLanguage
  body: string
  /** Starter templates only; the owner's own templates (no audience) are offered to them whatever the role. */
  audience?: TemplateAudience
  createdAt: string
  updatedAt: string
}

export interface TemplateInput {
  name: string
  language: TemplateLanguage
  body: string
}

export type StarterTemplate = TemplateInput & { audience: TemplateAudience }

export interface FilledTemplate {
  text: string
  /** Placeholders the thread had no value for (left in the text as `{{name}}`). */
  missing: Placeholder[]
  /** `{{…}}` names that are not placeholders at all (probably typos), left as written. */
  unknown: string[]
}

/** `{{ buyer_name }}`, spaces inside the braces tolerated. */
const PLACEHOLDER_PATTERN = /\{\{\s*([a-zA-Z_]+)\s*\}\}/g

const isPlaceholder = (name: string): name is Placeholder =>
  (PLACEHOLDERS as readonly string[]).includes(name)

/** Placeholders a template uses, each once, in order of first use. */
export function placeholdersIn(body: string): string[] {
  const names: string[] = []
  for (const match of body.matchAll(PLACEHOLDER_PATTERN)) {
    const name = match[1]!.toLowerCase()
    if (!names.includes(name)) names.push(name)
  }
  return names
}

export function fillTemplate(body: string, values: PlaceholderValues): FilledTemplate {
  const missing = new Set<Placeholder>()
  const unknown = new Set<string>()
  const text = body.replace(PLACEHOLDER_PATTERN, (whole, raw: string) => {
    const name = raw.toLowerCase()
    if (!isPlaceholder(name)) {
      unknown.add(raw)
      return whole
    }
    const value = values[name]?.trim()
    if (!value) {
      missing.add(name)
      return `{{${name}}}`
    }
    return value
  })
  return { text, missing: [...missing], unknown: [...unknown] }
}

/** The values a thread offers: the buyer's name, the order, its carrier and tracking number. */
export function placeholderValuesOf(detail: ThreadDetail, sellerName: string | null): PlaceholderValues {
  const { thread, order } = detail
  return {
    buyer_name: thread.contact.displayName,
    order_number: thread.orderNumber ?? order?.orderNumber ?? null,
    tracking_number: order?.trackingNumber ?? null,
    carrier: order?.carrier ? carrierDisplayName(order.carrier) : null,
    seller_name: sellerName,
  }
}
