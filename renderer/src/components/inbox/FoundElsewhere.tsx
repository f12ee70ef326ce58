import { useEffect, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import type { SystemView, ThreadQuery } from '../../../../shared/model/query'
import { keys } from '../../data/keys'

const ELSEWHERE: SystemView[] = ['inbox', 'archive', 'sent', 'trash', 'blocked']

/**
 * A search that finds nothing here says where it would find something ("2 in Archive") with a
 * button to look there, instead of a bare "0 conversations" while the thread sits in another view.
 */
export function FoundElsewhere(props: { query: ThreadQuery; onGo: (view: SystemView) => void }) {
  const { t } = useTranslation()
  const { onGo } = props
  // Asked once typing pauses: the other views are not searched on every keystroke.
  const [query, setQuery] = useState<ThreadQuery | null>(null)
  useEffect(() => {
    const timer = setTimeout(() => setQuery(props.query), 400)
    return () => clearTimeout(timer)
  }, [props.query])
  const searching = Boolean(query?.keywords?.trim() || query?.order?.trim()) && query === props.query
  const views = ELSEWHERE.filter((view) => view !== query?.view)
  const found = useQuery({
    queryKey: [...keys.elsewhere, query],
    enabled: searching,
    queryFn: async () => {
      const { view: _current, folderId: _folder, labelId: _label, cursor: _cursor, ...filters } = query ?? {}
      const totals = await Promise.all(
        views.map(async (view) => ({
          view,
          total: (await call(api.threads.query({ ...filters, view, limit: 1 }))).total,
        })),
      )
      return totals.filter((entry) => entry.total > 0)
    },
  })
  if (!searching || !found.data || found.data.length === 0) return null
  return (
    <div className="found-elsewhere" role="status" data-testid="found-elsewhere">
      <span>{t('list.foundElsewhere')}</span>
      {found.data.map(({ view, total }) => (
        <button
          key={view}
          type="button"
          onClick={() => onGo(view)}
          data-testid="found-elsewhere-view"
          data-view={view}
        >
          {t('list.foundIn', { count: total, view: t(`views.${view}`) })}
        </button>
      ))}
    </div>
  )
}
