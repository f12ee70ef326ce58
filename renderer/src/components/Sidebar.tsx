import { useTranslation } from 'react-i18next'
import { SYSTEM_VIEWS } from '../../../shared/model/query'
import type { ViewCounts } from '../../../shared/model/query'
import type { Folder, Label } from '../../../shared/model/mailbox'
import type { Perspective } from '../../../shared/model/perspective'
import { samePerspective } from '../../../shared/model/perspective'
import type { AsyncState } from '../state/useAsync'
import { ErrorState } from './States'
import { FolderTree } from './FolderTree'
import { LabelList } from './LabelList'

interface Props {
  data: AsyncState<{ counts: ViewCounts; folders: Folder[]; labels: Label[] }>
  onRetry: () => void
  perspective: Perspective
  onSelect: (perspective: Perspective) => void
  onChanged: () => void
}

export function Sidebar({ data, onRetry, perspective, onSelect, onChanged }: Props) {
  const { t } = useTranslation()
  const value = data.value
  return (
    <nav className="sidebar" aria-label={t('sidebar.views')}>
      <h2 className="sidebar-heading">{t('sidebar.views')}</h2>
      <ul className="view-list">
        {SYSTEM_VIEWS.map((view) => {
          const count = value?.counts.views[view]
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
      {data.status === 'error' && !value && <ErrorState message={data.error.message} onRetry={onRetry} />}
      {value && (
        <>
          <FolderTree
            folders={value.folders}
            counts={value.counts}
            perspective={perspective}
            onSelect={onSelect}
            onChanged={onChanged}
          />
          <LabelList
            labels={value.labels}
            counts={value.counts}
            perspective={perspective}
            onSelect={onSelect}
            onChanged={onChanged}
          />
        </>
      )}
    </nav>
  )
}
