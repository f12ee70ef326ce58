import type React from 'react'
import { Fragment } from 'react'

/** An Amazon order number, e.g. 403-5012641-9035375 (shared/mail/relay.ts finds them the same way). */
const ORDER_NUMBER = /\b\d{3}-\d{7}-\d{7}\b/g

/**
 * Text with every order number kept on one line: browsers may break after a hyphen, and an order
 * number split over two lines ("403-" / "5012641-9035375") is misread and cannot be double-clicked whole.
 */
export function WholeOrderNumbers({ text }: { text: string }) {
  const parts: React.ReactNode[] = []
  let last = 0
  for (const match of text.matchAll(ORDER_NUMBER)) {
    parts.push(text.slice(last, match.index))
    parts.push(
      <span key={match.index} className="order-number-whole">
        {match[0]}
      </span>,
    )
    last = match.index + match[0].length
  }
  parts.push(text.slice(last))
  return <Fragment>{parts}</Fragment>
}
