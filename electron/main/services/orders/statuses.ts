/**
 * Seller Central's order statuses ("Shipped - Delivered to Buyer"…) in Comptoir's few words. The
 * marketplace's own words are kept beside (`marketplaceStatus`), so nothing is lost by the mapping.
 */
import type { OrderStatus } from '../../../../shared/model/mailbox'

const EXACT: Record<string, OrderStatus> = {
  pending: 'pending',
  unshipped: 'pending',
  'pending - waiting for pick up': 'pending',
  'pending availability': 'pending',
  'partially shipped': 'shipped',
  partiallyshipped: 'shipped',
  shipping: 'shipped',
  shipped: 'shipped',
  'shipped - out for delivery': 'shipped',
  'shipped - delivered to buyer': 'delivered',
  'shipped - picked up': 'delivered',
  complete: 'delivered',
  delivered: 'delivered',
  'shipped - returned to seller': 'returned',
  'shipped - returning to seller': 'returned',
  'shipped - rejected by buyer': 'returned',
  returned: 'returned',
  refunded: 'refunded',
  cancelled: 'cancelled',
  canceled: 'cancelled',
}

export function statusOf(marketplaceStatus: string): OrderStatus {
  const key = marketplaceStatus.trim().toLowerCase().replace(/\s+/g, ' ')
  const exact = EXACT[key]
  if (exact) return exact
  if (key.startsWith('shipped')) return 'shipped' // "Shipped - Lost in Transit", "Shipped - Damaged"…
  return 'other'
}
