// @vitest-environment jsdom
/** The end of a mail import: each mail not imported, and a run that stopped, in the user's language. */
import { cleanup, render, screen } from '@testing-library/react'
import { act } from 'react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { i18nReady, setLanguage } from '../../i18n'
import type { ImportDoneEvent } from '../../../../shared/ipc/contract'
import { ImportSummary } from './ImportSummary'

beforeAll(() => i18nReady)
afterEach(cleanup)

const counts = {
  read: 2,
  imported: 1,
  duplicates: 0,
  skipped: 0,
  failed: 1,
  threads_created: 1,
  threads_updated: 0,
}
const done: ImportDoneEvent = {
  jobId: 'import_1',
  ...counts,
  cancelled: false,
  threadIds: ['t1'],
  errors: [{ source: 'relay.mbox#2', problem: { kind: 'not-a-mail' } }],
  fatal: null,
}

async function show(summary: ImportDoneEvent, language: 'fr' | 'en') {
  await act(async () => setLanguage(language))
  render(<ImportSummary summary={summary} language={language} onAgain={() => undefined} />)
}

describe('ImportSummary', () => {
  it('names each mail not imported with its reason in French', async () => {
    await show(done, 'fr')
    expect(screen.getByTestId('import-error-item').textContent).toBe(
      'relay.mbox#2 — Ce n’est pas un e-mail : aucun en-tête (From, To, Subject, Date, Message-ID) n’y figure.',
    )
  })

  it('says why a run stopped, in English in the English UI', async () => {
    await show(
      { ...done, ...counts, errors: [], fatal: { kind: 'path-not-found', path: '/home/a/mail.mbox' } },
      'en',
    )
    expect(screen.getByRole('alert').textContent).toBe('No such file or folder: /home/a/mail.mbox.')
  })
})
