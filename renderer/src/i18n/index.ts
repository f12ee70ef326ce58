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

export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso))
}

export function formatListTime(iso: string, language: Language, now = new Date()): string {
  const date = new Date(iso)
  const sameDay = date.toDateString() === now.toDateString()
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB'
  return new Intl.DateTimeFormat(
    locale,
    sameDay ? { timeStyle: 'short' } : { day: 'numeric', month: 'short' },
  ).format(date)
}

/** "3 h 20 min" / "2 d 4 h": coarse durations for the wait indicator. */
export function formatDuration(ms: number, language: Language): string {
  const minutes = Math.max(0, Math.round(ms / 60_000))
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const mins = minutes % 60
  const unit = (value: number, u: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
      style: 'unit',
      unit: u,
      unitDisplay: 'narrow',
    }).format(value)
  if (days > 0) return [unit(days, 'day'), hours ? unit(hours, 'hour') : ''].filter(Boolean).join(' ')
  if (hours > 0) return [unit(hours, 'hour'), mins ? unit(mins, 'minute') : ''].filter(Boolean).join(' ')
  return unit(mins, 'minute')
}

/** "840 ko" / "1,2 Mo" (decimal units, as the 10 MB message limit is read). */
export function formatSize(bytes: number, language: Language): string {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(1, bytes / 1000), 'kilobyte']
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'unit',
    unit,
    maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
  }).format(value)
}

export { i18next }

/** An exact decimal string ("103.80") as money in the app's language; Intl reads the string exactly. */
export function formatMoney(amount: string, currency: string | undefined, language: Language): string {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB'
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: currency ?? 'EUR' }).format(
      amount as `${number}`,
    )
  } catch {
    return `${amount} ${currency ?? ''}`.trim() // an unknown currency code: shown as written
  }
}

/** A day ("2026-11-24", or the day of an instant) in the app's language. */
export function formatDay(isoDay: string, language: Language): string {
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(isoDay)
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    // A bare day is no instant: read at UTC midnight and shown as that same day anywhere.
    ...(dayOnly ? { timeZone: 'UTC' } : {}),
  }).format(new Date(isoDay))
}
