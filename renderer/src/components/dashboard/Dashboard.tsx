import { useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import { formatDuration } from '../../i18n'
import type { Language } from '../../i18n'
import { DASHBOARD_WINDOWS } from '../../../../shared/model/reply-metrics'
import type { DashboardMetrics, DashboardWindow } from '../../../../shared/model/reply-metrics'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { keys } from '../../data/keys'
import { ErrorState, LoadingState } from '../primitives/States'
import { ReceivedChart, ResponseTimesChart, ShareChart, formatPercent } from './DashboardCharts'
import { Overlay } from '../primitives/Overlay'
import { useErrorText } from '../../i18n/useErrorText'

const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone

interface Props {
  language: Language
  onClose: () => void
}

/** The response dashboard: computed by the store in main, drawn here with recharts. */
export function Dashboard({ language, onClose }: Props) {
  const { t } = useTranslation()
  const errorWords = useErrorText()
  const [days, setDays] = useState<DashboardWindow>(30)
  // Keyed under `dashboard`: every store change invalidates it, so the figures follow new messages.
  const metrics = useQuery({
    queryKey: [...keys.dashboard, days],
    queryFn: () => call(api.dashboard.metrics({ days, timeZone: timeZone() })),
    placeholderData: keepPreviousData,
  })

  return (
    <Overlay
      title={t('dashboard.title')}
      testId="dashboard"
      closeLabel={t('dashboard.close')}
      onClose={onClose}
      attributes={{ 'data-loading': metrics.isFetching ? 'true' : 'false' }}
      actions={
        <div className="dashboard-range" role="group" aria-label={t('dashboard.range')}>
          {DASHBOARD_WINDOWS.map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={days === option}
              onClick={() => setDays(option)}
              data-testid={`dashboard-range-${option}`}
            >
              {t('dashboard.days', { count: option })}
            </button>
          ))}
        </div>
      }
    >
      {metrics.data ? (
        <DashboardBody metrics={metrics.data} language={language} />
      ) : metrics.isError ? (
        <ErrorState
          message={`${t('dashboard.loadError')} ${errorWords(metrics.error)}`}
          onRetry={() => void metrics.refetch()}
        />
      ) : (
        <LoadingState label={t('app.loading')} />
      )}
      <p className="dashboard-help">{t('dashboard.help')}</p>
    </Overlay>
  )
}

function DashboardBody({ metrics, language }: { metrics: DashboardMetrics; language: Language }) {
  const { t } = useTranslation()
  const selected = metrics.windows.find((w) => w.days === metrics.days) ?? metrics.windows[0]!
  const received = metrics.receivedPerDay.reduce((sum, d) => sum + d.count, 0)
  return (
    <>
      <div className="dashboard-tiles">
        <Tile title={t('dashboard.shareTitle')} testId="metric-share">
          {selected.shareWithin24h === null
            ? t('dashboard.shareNone')
            : t('dashboard.shareValue', {
                share: formatPercent(selected.shareWithin24h, language),
                within: selected.answeredWithin24h,
                decided: selected.decided,
              })}
        </Tile>
        <Tile title={t('dashboard.medianTitle')} testId="metric-median">
          {selected.medianResponseMs === null
            ? t('dashboard.none')
            : formatDuration(selected.medianResponseMs, language)}
        </Tile>
        <Tile title={t('dashboard.overdueTitle')} testId="metric-overdue" alert={metrics.overdueNow > 0}>
          {new Intl.NumberFormat(language).format(metrics.overdueNow)}
        </Tile>
        <Tile title={t('dashboard.waitingTitle')} testId="metric-waiting">
          {new Intl.NumberFormat(language).format(metrics.waitingNow)}
        </Tile>
      </div>
      {received === 0 && (
        <p className="state state-empty" data-testid="dashboard-empty">
          {t('dashboard.empty')}
        </p>
      )}
      <div className="dashboard-charts">
        <ReceivedChart metrics={metrics} language={language} />
        <ShareChart metrics={metrics} language={language} />
        <ResponseTimesChart metrics={metrics} language={language} />
      </div>
    </>
  )
}

function Tile(props: { title: string; testId: string; alert?: boolean; children: ReactNode }) {
  return (
    <section className={props.alert ? 'dashboard-tile alert' : 'dashboard-tile'} data-testid={props.testId}>
      <h3>{props.title}</h3>
      <div className="value">{props.children}</div>
    </section>
  )
}
