import { useTranslation } from 'react-i18next'
import type { Order, OrderItem, OrderShipment } from '../../../../shared/model/mailbox'
import { carrierDisplayName, findCarrier, trackingUrl } from '../../../../shared/orders/carriers'
import { formatDateTime, formatDay, formatMoney } from '../../i18n'
import type { Language } from '../../i18n'
import { PdfExportButton } from '../safekeeping/PdfExportButton'

type Parcel = Pick<OrderShipment, 'key' | 'carrier' | 'trackingNumber' | 'shippedAt' | 'estimatedArrival'>

/** The parcels to show: an imported order's shipments, or the demo order's one carrier and number. */
function parcelsOf(order: Order): Parcel[] {
  if (order.shipments && order.shipments.length > 0) return [...order.shipments].reverse() // latest first
  if (!order.carrier && !order.trackingNumber) return []
  return [
    {
      key: 'order',
      carrier: order.carrier,
      trackingNumber: order.trackingNumber,
      shippedAt: null,
      estimatedArrival: null,
    },
  ]
}

// Integer cents go to formatMoney as they are: it shows "—" for damaged stored data instead of throwing.
const priceOf = (item: OrderItem): string | number | null => item.price ?? item.priceCents ?? null

/**
 * What the seller needs to answer "where is my parcel" without leaving the thread: status, items,
 * totals and each parcel with a link to its carrier's own tracking page, which can go into the reply.
 */
export function OrderPanel({
  order,
  language,
  onInsert,
}: {
  order: Order
  language: Language
  onInsert: (text: string) => void
}) {
  const { t } = useTranslation()
  const totals = order.totals
  const status = t(`orderStatus.${order.status}`)
  return (
    <aside className="order-panel" aria-label={t('thread.order')} data-testid="order-panel">
      <h3>{t('thread.order')}</h3>
      <dl>
        <dt>{t('thread.order')}</dt>
        <dd className="order-number-value" data-testid="order-number">
          {order.orderNumber}
        </dd>
        <dt>{t('thread.status')}</dt>
        <dd data-testid="order-status" data-status={order.status}>
          {status}
          {order.marketplaceStatus && order.marketplaceStatus !== status && (
            <span className="order-marketplace-status"> ({order.marketplaceStatus})</span>
          )}
        </dd>
        <dt>{t('order.orderedAt')}</dt>
        <dd>{formatDateTime(order.orderedAt, language)}</dd>
        {order.salesChannel && (
          <>
            <dt>{t('order.channel')}</dt>
            <dd>{order.salesChannel}</dd>
          </>
        )}
        {order.shipServiceLevel && (
          <>
            <dt>{t('order.service')}</dt>
            <dd>{order.shipServiceLevel}</dd>
          </>
        )}
      </dl>
      <h4>{t('thread.items')}</h4>
      <ul className="order-items">
        {order.items.map((item, index) => {
          const price = priceOf(item)
          return (
            <li key={`${item.sku ?? item.asin ?? item.title}-${index}`} data-testid="order-item">
              {item.quantity} × {item.title}
              {price !== null && (
                <span className="price"> · {formatMoney(price, item.currency, language)}</span>
              )}
            </li>
          )
        })}
      </ul>
      {totals && (
        <dl className="order-totals">
          <dt>{t('order.itemsTotal')}</dt>
          <dd>{formatMoney(totals.items, totals.currency, language)}</dd>
          <dt>{t('order.shipping')}</dt>
          <dd>{formatMoney(totals.shipping, totals.currency, language)}</dd>
          <dt>{t('order.total')}</dt>
          <dd data-testid="order-total">
            <strong>{formatMoney(totals.total, totals.currency, language)}</strong>
          </dd>
        </dl>
      )}
      {parcelsOf(order).map((parcel) => (
        <ParcelView key={parcel.key} parcel={parcel} language={language} onInsert={onInsert} />
      ))}
      <PdfExportButton
        target={{ orderNumber: order.orderNumber }}
        language={language}
        testId="export-order-pdf"
      />
    </aside>
  )
}

function ParcelView({
  parcel,
  language,
  onInsert,
}: {
  parcel: Parcel
  language: Language
  onInsert: (text: string) => void
}) {
  const { t } = useTranslation()
  const known = findCarrier(parcel.carrier)
  const url = trackingUrl(parcel.carrier, parcel.trackingNumber)
  return (
    <section className="order-parcel" data-testid="order-parcel" aria-label={t('order.parcel')}>
      <h4>{t('order.parcel')}</h4>
      <dl>
        {parcel.carrier && (
          <>
            <dt>{t('thread.carrier')}</dt>
            <dd data-testid="order-carrier" title={parcel.carrier}>
              {carrierDisplayName(parcel.carrier)}
            </dd>
          </>
        )}
        {parcel.trackingNumber && (
          <>
            <dt>{t('thread.tracking')}</dt>
            <dd data-testid="order-tracking">{parcel.trackingNumber}</dd>
          </>
        )}
        {parcel.shippedAt && (
          <>
            <dt>{t('order.shippedAt')}</dt>
            <dd>{formatDay(parcel.shippedAt, language)}</dd>
          </>
        )}
        {parcel.estimatedArrival && (
          <>
            <dt>{t('order.estimatedArrival')}</dt>
            <dd>{formatDay(parcel.estimatedArrival, language)}</dd>
          </>
        )}
      </dl>
      {url && (
        <div className="order-tracking-actions">
          {/* Opens in the system browser after a confirmation (desktop) or in a new tab (web). */}
          <a href={url} target="_blank" rel="noopener noreferrer" data-testid="order-tracking-link">
            {t('order.trackOn', { carrier: known?.name ?? parcel.carrier })}
          </a>
          <button type="button" onClick={() => onInsert(url)} data-testid="order-tracking-insert">
            {t('order.insertLink')}
          </button>
        </div>
      )}
    </section>
  )
}
