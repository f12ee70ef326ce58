import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { DashboardMetrics } from '../../../../shared/model/reply-metrics'
import type { Language } from '../../i18n'

const locale = (language: Language) => (language === 'fr' ? 'fr-FR' : 'en-GB')
const ACCENT = '#1f5fbf'
const GOOD = '#2e7d32'
const LATE = '#b3261e'

export const formatPercent = (share: number, language: Language) =>
  new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0 }).format(share)

/** `YYYY-MM-DD` (a local date already) shown as "22 nov." / "22 Nov". */
function formatDay(date: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`))
}

/** A titled chart box, sized by its container (recharts draws the SVG inside). */
function ChartCard(props: { title: string; testId: string; wide?: boolean; children: ReactElement }) {
  return (
    <section
      className={props.wide ? 'dashboard-chart wide' : 'dashboard-chart'}
      data-testid={props.testId}
      aria-label={props.title}
    >
      <h3>{props.title}</h3>
      {/* Its height follows the window's (CSS), so the whole dashboard fits at 1280×720. */}
      <div className="dashboard-chart-area">
        <ResponsiveContainer width="100%" height="100%">
          {props.children}
        </ResponsiveContainer>
      </div>
    </section>
  )
}

interface ChartProps {
  metrics: DashboardMetrics
  language: Language
}

/** Share answered within 24 hours over the last 7, 30 and 90 days. */
export function ShareChart({ metrics, language }: ChartProps) {
  const { t } = useTranslation()
  const data = metrics.windows.map((w) => ({
    label: t('dashboard.windowLabel', { count: w.days }),
    share: w.shareWithin24h === null ? 0 : Math.round(w.shareWithin24h * 1000) / 10,
    decided: w.decided,
  }))
  return (
    <ChartCard title={t('dashboard.shareTitle')} testId="chart-share">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis domain={[0, 100]} tickFormatter={(v: number) => formatPercent(v / 100, language)} />
        <Tooltip formatter={(v) => formatPercent(Number(v) / 100, language)} />
        <Bar dataKey="share" name={t('dashboard.share')} isAnimationActive={false}>
          {data.map((entry) => (
            <Cell key={entry.label} fill={entry.share >= 90 ? GOOD : entry.share >= 70 ? ACCENT : LATE} />
          ))}
        </Bar>
      </BarChart>
    </ChartCard>
  )
}

/** Messages received per local day over the selected range. */
export function ReceivedChart({ metrics, language }: ChartProps) {
  const { t } = useTranslation()
  const data = metrics.receivedPerDay.map((d) => ({ label: formatDay(d.date, language), count: d.count }))
  return (
    <ChartCard title={t('dashboard.receivedTitle')} testId="chart-received" wide>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={12} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Bar dataKey="count" name={t('dashboard.received')} fill={ACCENT} isAnimationActive={false} />
      </BarChart>
    </ChartCard>
  )
}

/** How long answers took over the selected range, in buckets around the 24-hour limit. */
export function ResponseTimesChart({ metrics }: ChartProps) {
  const { t } = useTranslation()
  const data = metrics.responseTimes.map((b) => ({
    label: t(`dashboard.buckets.${b.bucket}`),
    count: b.count,
    late: b.bucket === 'gt24h',
  }))
  return (
    <ChartCard title={t('dashboard.responseTimesTitle')} testId="chart-response-times">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Bar dataKey="count" name={t('dashboard.answered')} isAnimationActive={false}>
          {data.map((entry) => (
            <Cell key={entry.label} fill={entry.late ? LATE : GOOD} />
          ))}
        </Bar>
      </BarChart>
    </ChartCard>
  )
}
