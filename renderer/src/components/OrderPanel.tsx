import { useTranslation } from 'react-i18next'
import type { Order } from '../../../shared/model/mailbox'
import { formatDateTime, formatMoney } from '../i18n'
import type { Language } from '../i18n'
import { PdfExportButton } from './PdfExportButton'

export function OrderPanel({ order, language }: { order: Order; language: Language }) {
  const { t } = useTranslation()
  return (
    <aside className="order-panel" aria-label={t('thread.order')} data-testid="order-panel">
      <h3>{t('thread.order')}</h3>
      <dl>
        <dt>{t('thread.order')}</dt>
        <dd data-testid="order-number">{order.orderNumber}</dd>
        <dt>{t('thread.status')}</dt>
        <dd>
          {t(`orderStatus.${order.status}`)} · {formatDateTime(order.orderedAt, language)}
        </dd>
        {order.carrier && (
          <>
            <dt>{t('thread.carrier')}</dt>
            <dd>{order.carrier}</dd>
          </>
        )}
        {order.trackingNumber && (
          <>
            <dt>{t('thread.tracking')}</dt>
            <dd data-testid="order-tracking">{order.trackingNumber}</dd>
          </>
        )}
      </dl>
      <h4>{t('thread.items')}</h4>
      <ul className="order-items">
        {order.items.map((item, index) => (
          <li key={`${item.asin ?? item.title}-${index}`}>
            {item.quantity} × {item.title}
            {item.priceCents !== undefined && (
              <span className="price"> · {formatMoney(item.priceCents, item.currency, language)}</span>
            )}
          </li>
        ))}
      </ul>
      <PdfExportButton
        target={{ orderNumber: order.orderNumber }}
        language={language}
        testId="export-order-pdf"
      />
    </aside>
  )
}
