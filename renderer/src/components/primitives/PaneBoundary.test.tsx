// @vitest-environment jsdom
/** A pane that throws while rendering shows a retry box in the user's language; the rest stays. */
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { i18nReady, setLanguage } from '../../i18n'
import { PaneBoundary } from './PaneBoundary'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
beforeAll(() => i18nReady)
afterEach(() => vi.restoreAllMocks())

let broken = true
function Fragile() {
  if (broken) throw new RangeError('Invalid time value')
  return <p data-testid="fine">ok</p>
}

async function mount(language: 'fr' | 'en') {
  setLanguage(language)
  vi.spyOn(console, 'error').mockImplementation(() => undefined) // React reports the caught error
  const host = document.createElement('div')
  document.body.append(host)
  const root = createRoot(host)
  await act(async () =>
    root.render(
      <>
        <PaneBoundary pane="thread" className="thread-pane">
          <Fragile />
        </PaneBoundary>
        <p data-testid="sidebar">sidebar</p>
      </>,
    ),
  )
  return { host, root }
}

describe('PaneBoundary', () => {
  it('shows what failed and Retry (French), keeps the other panes, and retries', async () => {
    broken = true
    const { host, root } = await mount('fr')
    const fallback = host.querySelector('[data-testid="pane-error"]')!
    expect(fallback.textContent).toContain('La conversation n’a pas pu s’afficher')
    expect(fallback.className).toContain('thread-pane')
    expect(host.querySelector('[data-testid="sidebar"]')).not.toBeNull()
    broken = false
    await act(async () => (host.querySelector('[data-testid="pane-retry"]') as HTMLButtonElement).click())
    expect(host.querySelector('[data-testid="fine"]')).not.toBeNull()
    await act(async () => root.unmount())
  })

  it('speaks English too', async () => {
    broken = true
    const { host, root } = await mount('en')
    expect(host.textContent).toContain('The conversation could not be shown')
    expect(host.querySelector('[data-testid="pane-retry"]')!.textContent).toBe('Retry')
    await act(async () => root.unmount())
  })
})
