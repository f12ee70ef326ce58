import { useTranslation } from 'react-i18next'
import type { Filters } from '../../../../shared/model/perspective'
import { DayField } from '../primitives/LocalizedFields'

const FLAGS = [
  ['unread', 'filter-unread', 'filters.unread'],
  ['needsReply', 'filter-needs-reply', 'filters.needsReply'],
  ['sent', 'filter-sent', 'filters.sent'],
  ['received', 'filter-received', 'filters.received'],
] as const

/** Keyword and order fields update the URL as you type (replace, not push, so Back stays useful). */
export function FilterBar({
  filters,
  onChange,
}: {
  filters: Filters
  onChange: (filters: Filters, replace?: boolean) => void
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'fr'
  const active = Object.values(filters).some(Boolean)
  return (
    <div className="filter-bar" role="search">
      <div className="filter-line">
        <input
          type="search"
          className="search-input"
          placeholder={t('filters.searchShort')}
          aria-label={t('filters.search')}
          title={t('filters.search')}
          value={filters.keywords ?? ''}
          onChange={(e) => onChange({ ...filters, keywords: e.target.value }, true)}
          data-testid="search-input"
        />
        <input
          className="order-input"
          placeholder={t('filters.order')}
          aria-label={t('filters.order')}
          value={filters.order ?? ''}
          onChange={(e) => onChange({ ...filters, order: e.target.value }, true)}
          data-testid="filter-order"
        />
      </div>
      <div className="filter-row">
        {FLAGS.map(([key, testId, label]) => (
          <button
            key={key}
            type="button"
            className={filters[key] ? 'chip active' : 'chip'}
            aria-pressed={Boolean(filters[key])}
            onClick={() => onChange({ ...filters, [key]: !filters[key] })}
            data-testid={testId}
          >
            {t(label)}
          </button>
        ))}
        {/* The two days move as one: "Au" never wraps away from "Du" onto a line of its own. */}
        <span className="date-range">
          <DayField
            className="date-filter"
            label={t('filters.from')}
            value={filters.from}
            onChange={(from) => onChange({ ...filters, from })}
            language={language}
            testId="filter-from"
          />
          <DayField
            className="date-filter"
            label={t('filters.to')}
            value={filters.to}
            onChange={(to) => onChange({ ...filters, to })}
            language={language}
            testId="filter-to"
          />
        </span>
        {active && (
          <button
            type="button"
            className="chip clear"
            onClick={() => onChange({})}
            data-testid="filter-clear"
          >
            {t('filters.clear')}
          </button>
        )}
      </div>
    </div>
  )
}
