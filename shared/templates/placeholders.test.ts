import { describe, expect, it } from 'vitest'
import type { ThreadDetail } from '../model/mailbox'
import { fillTemplate, placeholderValuesOf, placeholdersIn } from './placeholders'

const detail = (order: Partial<NonNullable<ThreadDetail['order']>> | null): ThreadDetail =>
  ({
    thread: { contact: { displayName: 'Camille Martin' }, orderNumber: '405-1234567-1234567' },
    messages: [],
    order: order && {
      orderNumber: '405-1234567-1234567',
      items: [],
      status: 'shipped',
      carrier: null,
      trackingNumber: null,
      orderedAt: '2026-11-01T10:00:00.000Z',
      ...order,
    },
  }) as unknown as ThreadDetail

describe('placeholder filling', () => {
  it('fills every placeholder from the thread and the seller', () => {
    const values = placeholderValuesOf(
      detail({ carrier: 'Colissimo', trackingNumber: '6A12345678901' }),
      'Atelier Lumen',
    )
    const filled = fillTemplate(
      'Bonjour {{buyer_name}}, votre commande {{order_number}} est partie avec {{carrier}} (suivi {{tracking_number}}). {{seller_name}}',
      values,
    )
    expect(filled.text).toBe(
      'Bonjour Camille Martin, votre commande 405-1234567-1234567 est partie avec Colissimo (suivi 6A12345678901). Atelier Lumen',
    )
    expect(filled.missing).toEqual([])
  })

  it('leaves a placeholder without a value in place and reports it once', () => {
    const filled = fillTemplate(
      '{{carrier}} / {{tracking_number}} / {{tracking_number}}',
      placeholderValuesOf(detail(null), null),
    )
    expect(filled.text).toBe('{{carrier}} / {{tracking_number}} / {{tracking_number}}')
    expect(filled.missing).toEqual(['carrier', 'tracking_number'])
  })

  it('tolerates spaces and case inside the braces, and keeps unknown names as written', () => {
    const filled = fillTemplate('Hello {{ Buyer_Name }}, {{buyer}}!', { buyer_name: 'Sam' })
    expect(filled.text).toBe('Hello Sam, {{buyer}}!')
    expect(filled.unknown).toEqual(['buyer'])
  })

  it('treats blank values as missing and does not re-expand braces inside values', () => {
    const filled = fillTemplate('{{buyer_name}} {{seller_name}}', {
      buyer_name: '{{seller_name}}',
      seller_name: '  ',
    })
    expect(filled.text).toBe('{{seller_name}} {{seller_name}}')
    expect(filled.missing).toEqual(['seller_name'])
  })

  it('lists the placeholders a template uses', () => {
    expect(placeholdersIn('{{order_number}} {{buyer_name}} {{order_number}}')).toEqual([
      'order_number',
      'buyer_name',
    ])
  })
})
