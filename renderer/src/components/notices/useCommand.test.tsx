// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useEffect } from 'react'
import { QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { createQueryClient } from '../../data/client'
import { ToastProvider as Toasts } from './Toasts'

const ToastProvider = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={createQueryClient()}>
    <Toasts>{children}</Toasts>
  </QueryClientProvider>
)
import { useCommand } from './useCommand'

afterEach(cleanup)

function Runner(props: {
  action: () => Promise<unknown>
  undo?: () => Promise<unknown>
  onDone?: () => void
}) {
  const run = useCommand(props.onDone)
  useEffect(() => {
    void run(props.action, 'Conversation archivée.', props.undo)
  }, [])
  return null
}

describe('useCommand', () => {
  it('says what happened and offers Undo; a failed Undo shows its error and rejects nothing', async () => {
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    const undo = vi.fn(() => Promise.reject(new Error('Le magasin est verrouillé.')))
    const onDone = vi.fn()
    render(
      <ToastProvider>
        <Runner action={() => Promise.resolve()} undo={undo} onDone={onDone} />
      </ToastProvider>,
    )
    await screen.findByText('Conversation archivée.')
    expect(onDone).toHaveBeenCalledOnce()
    await act(async () => {
      fireEvent.click(screen.getByTestId('toast-undo'))
      await Promise.resolve()
    })
    expect(undo).toHaveBeenCalledOnce()
    await screen.findByText('Le magasin est verrouillé.')
    await new Promise((resolve) => setTimeout(resolve, 10))
    process.off('unhandledRejection', unhandled)
    expect(unhandled).not.toHaveBeenCalled()
  })

  it('a refused command shows the error and does not call onDone', async () => {
    const onDone = vi.fn()
    render(
      <ToastProvider>
        <Runner action={() => Promise.reject(new Error('Refusé.'))} onDone={onDone} />
      </ToastProvider>,
    )
    await screen.findByText('Refusé.')
    expect(onDone).not.toHaveBeenCalled()
  })
})
