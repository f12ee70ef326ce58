import { useTranslation } from 'react-i18next'
import { SYSTEM_VIEWS } from '../../../../shared/model/query'
import type { Perspective } from '../../../../shared/model/perspective'
import { samePerspective } from '../../../../shared/model/perspective'
import { useCounts, useFolders, useLabels } from '../../data/hooks'
import { ErrorState } from '../primitives/States'
import { FolderTree } from './FolderTree'
import { LabelList } from './LabelList'
import { useErrorText } from '../../i18n/useErrorText'

interface Props {
  perspective: Perspective
  onSelect: (perspective: Perspective) => void
}

/** System views with their counts, then folders and labels; each read is its own query. */
export function Sidebar({ perspective, onSelect }: Props) {
  const { t } = useTranslation()
  const errorWords = useErrorText()
  const counts = useCounts()
  const folders = useFolders()
  const labels = useLabels()
  const failed = [counts, folders, labels].find((q) => q.isError && !q.data)
  return (
    <nav className="sidebar" id="sidebar" aria-label={t('sidebar.views')}>
      <h2 className="sidebar-heading">{t('sidebar.views')}</h2>
      <ul className="view-list">
        {SYSTEM_VIEWS.map((view) => {
          const count = counts.data?.views[view]
          const badge = view === 'needs-reply' ? count?.total : count?.unread
          const active = samePerspective(perspective, { kind: 'view', view })
          return (
            <li key={view}>
              <button
                type="button"
                className={active ? 'nav-item active' : 'nav-item'}
                aria-current={active ? 'page' : undefined}
                onClick={() => onSelect({ kind: 'view', view })}
                data-testid={`view-${view}`}
              >
                <span>{t(`views.${view}`)}</span>
                {badge ? (
                  <span className="badge" data-testid={`count-${view}`}>
                    {badge}
                  </span>
                ) : null}
              </button>
            </li>
          )
        })}
      </ul>
      {failed?.error && (
        <ErrorState
          message={errorWords(failed.error)}
          onRetry={() => void Promise.all([counts.refetch(), folders.refetch(), labels.refetch()])}
        />
      )}
      {counts.data && folders.data && labels.data && (
        <>
          <FolderTree
            folders={folders.data}
            counts={counts.data}
            perspective={perspective}
            onSelect={onSelect}
          />
          <LabelList
            labels={labels.data}
            counts={counts.data}
            perspective={perspective}
            onSelect={onSelect}
          />
        </>
      )}
    </nav>
  )
}
