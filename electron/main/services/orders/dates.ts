/**
 * Report dates, kept with their offset. Seller Central writes ISO 8601 with an offset
 * ("2026-11-28T14:03:11+00:00"); older reports write "2026-11-28 14:03:11 PST". Both become ISO 8601
 * with the offset of the file; a date and time without any zone is refused rather than guessed.
 */

const ISO = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}:?\d{2})$/
const WITH_ZONE_NAME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)\s+([A-Z]{3,4})$/
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** The zone names Seller Central's older reports use, and their offsets. */
const ZONE_OFFSETS: Record<string, string> = {
  UTC: '+00:00',
  GMT: '+00:00',
  PST: '-08:00',
  PDT: '-07:00',
  CET: '+01:00',
  CEST: '+02:00',
  MEZ: '+01:00',
  MESZ: '+02:00',
  BST: '+01:00',
  WET: '+00:00',
  WEST: '+01:00',
  JST: '+09:00',
}

/** A refused date: what is wrong with it (the row's problem adds the column). */
export type DateProblem =
  | { code: 'impossible-date' | 'date-without-zone'; value: string }
  | { code: 'unknown-zone'; value: string; zone: string }
export type ReportDate = { ok: true; iso: string } | { ok: false; problem: DateProblem }

function normalizeOffset(offset: string): string {
  if (offset === 'Z') return 'Z'
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`
}

function checked(iso: string, raw: string): ReportDate {
  return Number.isNaN(Date.parse(iso))
    ? { ok: false, problem: { code: 'impossible-date', value: raw } }
    : { ok: true, iso }
}

/** `dateOnly` accepts a bare day (an estimated arrival is a day, not an instant). */
export function parseReportDate(raw: string, options: { dateOnly?: boolean } = {}): ReportDate {
  const text = raw.trim()
  const iso = ISO.exec(text)
  if (iso) return checked(`${iso[1]}T${iso[2]}${normalizeOffset(iso[3]!)}`, text)
  const named = WITH_ZONE_NAME.exec(text)
  if (named) {
    const offset = ZONE_OFFSETS[named[3]!]
    if (!offset) {
      return { ok: false, problem: { code: 'unknown-zone', value: text, zone: named[3]! } }
    }
    return checked(`${named[1]}T${named[2]}${offset}`, text)
  }
  if (DATE_ONLY.test(text) && options.dateOnly) return checked(text, text)
  return { ok: false, problem: { code: 'date-without-zone', value: text } }
}

/** Instants compared, whatever their offsets ("…T10:00+02:00" is before "…T09:00Z"). */
export function compareInstants(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b)
}
