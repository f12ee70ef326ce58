/**
 * Calendar days in a given IANA time zone, computed with `Intl` only (no Node, no DOM), so the store
 * and the renderer bucket messages the same way. Days are not 24 hours long: the Europe/Paris day of
 * 2026-03-29 lasts 23 hours and that of 2026-10-25 lasts 25.
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone)
    return true
  } catch {
    return false
  }
}

export interface LocalTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

export function localTimeOf(ms: number, timeZone: string): LocalTime {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The local calendar date of an instant, as `YYYY-MM-DD`. */
export function localDateKey(ms: number, timeZone: string): string {
  const t = localTimeOf(ms, timeZone)
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`
}

/** `YYYY-MM-DD` moved by `days` calendar days (pure date arithmetic, no time zone involved). */
export function addDays(dateKey: string, days: number): string {
  const [year = 1970, month = 1, day = 1] = dateKey.split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day + days))
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/** Offset of `timeZone` from UTC at the instant `ms`, in milliseconds (+1 h in Paris in winter). */
function offsetAt(ms: number, timeZone: string): number {
  const t = localTimeOf(ms, timeZone)
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second)
  return asUtc - Math.floor(ms / 1000) * 1000
}

/**
 * The instant local midnight begins on `dateKey`. Two passes settle the offset when midnight is close
 * to a DST change (no zone we care about changes at midnight, but some do, e.g. America/Santiago).
 */
export function startOfLocalDay(dateKey: string, timeZone: string): number {
  const [year = 1970, month = 1, day = 1] = dateKey.split('-').map(Number)
  const naive = Date.UTC(year, month - 1, day)
  let guess = naive - offsetAt(naive, timeZone)
  guess = naive - offsetAt(guess, timeZone)
  return guess
}

/** The `count` local dates ending with the one holding `nowMs`, oldest first. */
export function lastLocalDays(nowMs: number, count: number, timeZone: string): string[] {
  const today = localDateKey(nowMs, timeZone)
  const days: string[] = []
  for (let back = count - 1; back >= 0; back--) days.push(addDays(today, -back))
  return days
}
