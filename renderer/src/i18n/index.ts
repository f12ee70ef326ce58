/** i18next set up once; French first. Dates and numbers go through Intl with the same language. */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { fr } from './fr'

export type Language = 'fr' | 'en'

/** Resolves once the dictionaries are loaded; main.tsx renders only after it (no flash of the wrong language). */
export const i18nReady = i18next.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: 'fr',
  fallbackLng: 'fr',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
})

export function setLanguage(language: Language): void {
  void i18next.changeLanguage(language)
  document.documentElement.lang = language
}

// Formatting never throws: a date or amount that stored data got wrong shows as "unknown", and the
// rest of the screen renders (Intl throws a RangeError on an invalid date or currency code).
export const localeOf = (language: Language) => (language === 'fr' ? 'fr-FR' : 'en-GB')
const UNKNOWN_DATE: Record<Language, string> = { fr: 'date inconnue', en: 'unknown date' }
const UNKNOWN_VALUE = '—'

/** A Date for an ISO string or a time in ms, or null when it does not name a real instant. */
export function validDate(value: unknown): Date | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

export function formatDateTime(iso: unknown, language: Language): string {
  const date = validDate(iso)
  if (!date) return UNKNOWN_DATE[language]
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

export function formatListTime(iso: unknown, language: Language, now = new Date()): string {
  const date = validDate(iso)
  if (!date) return UNKNOWN_DATE[language]
  const sameDay = date.toDateString() === now.toDateString()
  return new Intl.DateTimeFormat(
    localeOf(language),
    sameDay ? { timeStyle: 'short' } : { day: 'numeric', month: 'short' },
  ).format(date)
}

const NBSP = '\u00a0'
/** Units written one way in each language (French: "j" for days), always after a no-break space. */
const DURATION_UNITS: Record<Language, { day: string; hour: string; minute: string }> = {
  fr: { day: 'j', hour: 'h', minute: 'min' },
  en: { day: 'd', hour: 'h', minute: 'min' },
}

/**
 * The one way durations are written, everywhere (wait, reply clock, dashboard): "1 h 04 min",
 * "45 min", "2 j 4 h" / "2 d 4 h". Minutes after hours take two digits, as on a clock. With
 * `maxHours`, hours are not folded into days below that many (the reply clock counts "30 h").
 * Rounded down, so a countdown never shows more time than is left.
 */
export function formatDuration(ms: number, language: Language, options: { maxHours?: number } = {}): string {
  if (!Number.isFinite(ms)) return UNKNOWN_VALUE
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60_000))
  const totalHours = Math.floor(minutes / 60)
  const foldDays = totalHours >= (options.maxHours ?? 24)
  const days = foldDays ? Math.floor(minutes / 1440) : 0
  const hours = foldDays ? Math.floor((minutes % 1440) / 60) : totalHours
  const mins = minutes % 60
  const u = DURATION_UNITS[language]
  const part = (value: number | string, unit: string) => `${value}${NBSP}${unit}`
  if (days > 0) return hours ? `${part(days, u.day)} ${part(hours, u.hour)}` : part(days, u.day)
  if (hours > 0)
    return mins
      ? `${part(hours, u.hour)} ${part(String(mins).padStart(2, '0'), u.minute)}`
      : part(hours, u.hour)
  return part(mins, u.minute)
}

/** "840 ko" / "1,2 Mo" (decimal units, as the 10 MB message limit is read). */
export function formatSize(bytes: number, language: Language): string {
  if (!Number.isFinite(bytes) || bytes < 0) return UNKNOWN_VALUE
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, bytes / 1000), 'kilobyte']
  return new Intl.NumberFormat(localeOf(language), {
    style: 'unit',
    unit,
    maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
  }).format(value)
}

/**
 * Money in the app's language, never throwing on bad stored data. `amount` is an exact decimal string
 * ("103.80", from the order reports: Intl reads the string exactly, no float on the way) or integer
 * cents (the demo's orders). An unknown currency code shows the amount with the code as written;
 * anything that is not an amount shows "—".
 */
export function formatMoney(amount: unknown, currency: unknown, language: Language): string {
  const value =
    typeof amount === 'string' && /^-?\d+(\.\d+)?$/.test(amount)
      ? (amount as `${number}`)
      : typeof amount === 'number' && Number.isFinite(amount)
        ? amount / 100
        : null
  if (value === null) return UNKNOWN_VALUE
  const code = typeof currency === 'string' && currency ? currency : 'EUR'
  try {
    return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency: code }).format(value)
  } catch {
    const shown = new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 2 }).format(value)
    return `${shown} ${code.slice(0, 12)}`.trim()
  }
}

export { i18next }

/** A day ("2026-11-24", or the day of an instant) in the app's language. */
export function formatDay(isoDay: unknown, language: Language): string {
  const date = validDate(isoDay)
  if (!date) return UNKNOWN_DATE[language]
  const dayOnly = typeof isoDay === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(isoDay)
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'medium',
    // A bare day is no instant: read at UTC midnight and shown as that same day anywhere.
    ...(dayOnly ? { timeZone: 'UTC' } : {}),
  }).format(date)
}
