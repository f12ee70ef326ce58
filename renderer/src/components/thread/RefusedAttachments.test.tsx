// @vitest-environment jsdom
/**
 * A refused attachment of an imported mail: worded from its code in the user's language; one stored
 * by an earlier version (its sentence kept in both languages) still shows that sentence.
 */
import { cleanup, render, screen } from '@testing-library/react'
import { act } from 'react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { i18nReady, setLanguage } from '../../i18n'
import type { Message } from '../../../../shared/model/mailbox'
import { MessageItem } from './MessageItem'

beforeAll(() => i18nReady)
afterEach(cleanup)

const message: Message = {
  id: 'm1',
  threadId: 't1',
  direction: 'in',
  body: 'Voici les photos.',
  html: null,
  attachments: [],
  sentAt: '2026-11-30T09:00:00.000Z',
  readAt: null,
  kind: 'buyer-message',
  refusedAttachments: [
    {
      name: 'photo-colis.jpg',
      bytes: 4096,
      code: 'executable',
      refusal: { code: 'executable', what: 'ELF' },
    },
    {
      name: 'ancien.zip',
      bytes: 2048,
      code: 'archive',
      reason: {
        fr: '« ancien.zip » est une archive (mot de 2025).',
        en: '"ancien.zip" is an archive (2025 words).',
      },
    },
  ],
}

async function show(language: 'fr' | 'en') {
  await act(async () => setLanguage(language))
  render(<MessageItem message={message} language={language} contactName="Élodie" />)
  return screen.getAllByTestId('attachment-refused').map((item) => item.textContent ?? '')
}

describe('refused attachments of an imported mail', () => {
  it('words the refusal in French in the French UI and keeps an older stored sentence', async () => {
    const [now, older] = await show('fr')
    expect(now).toContain(
      '« photo-colis.jpg » est un programme ou un installeur (ELF) : les exécutables sont refusés, quel que soit leur nom.',
    )
    expect(older).toContain('« ancien.zip » est une archive (mot de 2025).')
  })

  it('words the same refusal in English in the English UI', async () => {
    const [now, older] = await show('en')
    expect(now).toContain('“photo-colis.jpg” is a program or installer (ELF)')
    expect(now).not.toMatch(/programme|errors\./)
    expect(older).toContain('"ancien.zip" is an archive (2025 words).')
  })
})
