// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import type { AttachmentUpload } from '../../../../shared/ipc/contract'
import type { AttachmentCheck } from '../../../../shared/model/attachments'
import { MAX_MESSAGE_BYTES } from '../../../../shared/model/attachments'

/** Each validation waits until the test answers it, so answers can come back out of order. */
const pending: { uploads: AttachmentUpload[]; answer: () => void }[] = []
const verdictFor = (upload: AttachmentUpload) => ({
  name: upload.name,
  accepted: true,
  type: 'txt' as const,
  code: null,
  refusal: null,
  bytes: 'bytes' in upload ? upload.bytes.byteLength : upload.dataBase64.length,
})

vi.mock('../../bridge', () => ({
  api: {
    attachments: {
      validate: (uploads: AttachmentUpload[]) =>
        new Promise((resolve) => {
          const check: AttachmentCheck = {
            files: uploads.map(verdictFor),
            message: {
              bytes: 0,
              bodyBytes: 0,
              files: uploads.length,
              accepted: true,
              code: null,
              refusedFiles: [],
            },
          } as unknown as AttachmentCheck
          pending.push({ uploads, answer: () => resolve({ ok: true, value: check }) })
        }),
    },
  },
  call: async (result: Promise<{ ok: boolean; value: unknown }>) => (await result).value,
}))

const { usePendingAttachments } = await import('./usePendingAttachments')

afterEach(() => {
  cleanup()
  pending.splice(0)
  delete (window as { comptoir?: unknown }).comptoir
})

const file = (name: string, text = `contenu de ${name}`) => new File([text], name, { type: 'text/plain' })

describe('usePendingAttachments', () => {
  it('two quick drops keep both files, and the older answer does not overwrite the newer', async () => {
    const { result } = renderHook(() => usePendingAttachments())
    await act(async () => {
      void result.current.add([file('facture.txt')])
      void result.current.add([file('photo.txt')])
    })
    await waitFor(() => expect(pending).toHaveLength(2))
    expect(pending[1]!.uploads.map((u) => u.name)).toEqual(['facture.txt', 'photo.txt'])
    // The newer check answers first, then the stale one: the list keeps both, ready to send.
    await act(async () => pending[1]!.answer())
    await act(async () => pending[0]!.answer())
    await waitFor(() => expect(result.current.ready).toBe(true))
    expect(result.current.items.map((item) => item.name)).toEqual(['facture.txt', 'photo.txt'])
    expect(result.current.busy).toBe(false)
  })

  it('a file over the limit blocks sending and is never read nor sent to main', async () => {
    const { result } = renderHook(() => usePendingAttachments())
    const big = file('photo.txt')
    Object.defineProperty(big, 'size', { value: MAX_MESSAGE_BYTES + 1 })
    await act(async () => result.current.add([big]))
    expect(pending).toHaveLength(0)
    expect(result.current.blocking).toBe(true)
    expect(result.current.items[0]).toMatchObject({ upload: null, problem: { kind: 'too-large' } })
  })

  it('passes bytes on the desktop and base64 on the web harness', async () => {
    const { result } = renderHook(() => usePendingAttachments())
    await act(async () => void result.current.add([file('web.txt', 'abc')]))
    await waitFor(() => expect(pending).toHaveLength(1))
    expect(pending[0]!.uploads[0]).toEqual({ name: 'web.txt', dataBase64: 'YWJj' })
    ;(window as { comptoir?: unknown }).comptoir = {}
    await act(async () => void result.current.add([file('desktop.txt', 'abc')]))
    await waitFor(() => expect(pending).toHaveLength(2))
    const desktop = pending[1]!.uploads[1]!
    expect('bytes' in desktop && Array.from(desktop.bytes)).toEqual([97, 98, 99])
  })
})
