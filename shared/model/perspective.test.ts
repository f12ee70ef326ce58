import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeLocation, encodeLocation, perspectiveQuery } from './perspective'
import type { UiLocation } from './perspective'
import { SYSTEM_VIEWS } from './query'

describe('perspective → query', () => {
  it('turns a system view plus filters into one query', () => {
    expect(
      perspectiveQuery(
        { kind: 'view', view: 'needs-reply' },
        { unread: true, keywords: '  colis ', order: '' },
      ),
    ).toEqual({
      view: 'needs-reply',
      unread: true,
      keywords: 'colis',
    })
  })

  it('turns a folder or a label into its filter', () => {
    expect(perspectiveQuery({ kind: 'folder', folderId: 'f1' }, {})).toEqual({ folderId: 'f1' })
    expect(perspectiveQuery({ kind: 'label', labelId: 'l1' }, { sent: true })).toEqual({
      labelId: 'l1',
      sent: true,
    })
  })
})

describe('location in the URL hash', () => {
  it('round-trips every state, so Back restores it', () => {
    const perspective = fc.oneof(
      fc.constantFrom(...SYSTEM_VIEWS).map((view) => ({ kind: 'view' as const, view })),
      fc.string({ minLength: 1 }).map((folderId) => ({ kind: 'folder' as const, folderId })),
      fc.string({ minLength: 1 }).map((labelId) => ({ kind: 'label' as const, labelId })),
    )
    const text = fc.option(fc.string({ minLength: 1 }), { nil: undefined })
    const flag = fc.option(fc.constant(true), { nil: undefined })
    fc.assert(
      fc.property(
        perspective,
        flag,
        flag,
        flag,
        flag,
        text,
        text,
        text,
        text,
        fc.option(fc.string({ minLength: 1 }), { nil: null }),
        (p, unread, needsReply, sent, received, from, to, order, keywords, threadId) => {
          const filters = Object.fromEntries(
            Object.entries({ unread, needsReply, sent, received, from, to, order, keywords }).filter(
              ([, v]) => v !== undefined,
            ),
          )
          const location: UiLocation = { perspective: p, filters, threadId }
          expect(decodeLocation(encodeLocation(location))).toEqual(location)
        },
      ),
    )
  })

  it('falls back to the inbox on a damaged hash', () => {
    expect(decodeLocation('#/view/nowhere?q=%E0%A4%A')).toEqual({
      perspective: { kind: 'view', view: 'inbox' },
      filters: {},
      threadId: null,
    })
    expect(decodeLocation('')).toEqual({
      perspective: { kind: 'view', view: 'inbox' },
      filters: {},
      threadId: null,
    })
  })
})
