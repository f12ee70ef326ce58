/**
 * Date and time fields in the app's language, not the browser's: a native <input type=date|time>
 * shows "mm/dd/yyyy" and "10:00 PM" from the browser's locale whatever the app speaks. React Aria's
 * fields are given the app's locale: "jj/mm/aaaa" and 22:00 in French, "dd/mm/yyyy" and 22:00 in
 * English (the app's English is en-GB, as every date it prints). Each part is a spin button: type the
 * digits (the next part follows), arrows step, Backspace clears.
 */
import { DateField, DateInput, DateSegment, I18nProvider, Label, TimeField } from 'react-aria-components'
import { Time, parseDate } from '@internationalized/date'
import type { CalendarDate } from '@internationalized/date'
import { localeOf } from '../../i18n'
import type { Language } from '../../i18n'

/** A stored "YYYY-MM-DD" as a date, or null when empty or not a real day. */
function dayValue(iso: string | undefined): CalendarDate | null {
  if (!iso) return null
  try {
    return parseDate(iso)
  } catch {
    return null
  }
}

/** A stored "HH:MM" as a time, or null. */
function timeValue(hhmm: string): Time | null {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm)
  return match ? new Time(Number(match[1]), Number(match[2])) : null
}

const pad = (n: number) => String(n).padStart(2, '0')

const segments = (
  <DateInput className="field-segments">
    {(segment) => <DateSegment segment={segment} className="field-segment" />}
  </DateInput>
)

interface FieldProps<V> {
  /** The field's name (shown for a day; read by screen readers for a time, whose words sit around it). */
  label: string
  value: V
  onChange: (value: string) => void
  language: Language
  testId: string
}

/** A day: `value` and `onChange` carry "YYYY-MM-DD" (empty when cleared). */
export function DayField({
  label,
  value,
  onChange,
  language,
  testId,
  className,
}: FieldProps<string | undefined> & { className?: string }) {
  return (
    <I18nProvider locale={localeOf(language)}>
      <DateField
        className={['localized-field', className].filter(Boolean).join(' ')}
        value={dayValue(value)}
        onChange={(day) => onChange(day ? day.toString() : '')}
        granularity="day"
        shouldForceLeadingZeros
        data-testid={testId}
        data-value={value ?? ''}
      >
        <Label>{label}</Label>
        {segments}
      </DateField>
    </I18nProvider>
  )
}

/** A time of day: `value` and `onChange` carry "HH:MM" (24 h). */
export function TimeOfDayField({
  label,
  value,
  onChange,
  language,
  testId,
  isDisabled,
}: FieldProps<string> & { isDisabled?: boolean }) {
  return (
    <I18nProvider locale={localeOf(language)}>
      <TimeField
        className="localized-field"
        aria-label={label}
        value={timeValue(value)}
        onChange={(time) => time && onChange(`${pad(time.hour)}:${pad(time.minute)}`)}
        hourCycle={24}
        shouldForceLeadingZeros
        isDisabled={isDisabled ?? false}
        data-testid={testId}
        data-value={value}
      >
        {segments}
      </TimeField>
    </I18nProvider>
  )
}
