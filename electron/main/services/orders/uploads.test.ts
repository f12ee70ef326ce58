import { describe, expect, it } from 'vitest'
import { MAX_UPLOAD_BYTES, ReportUploads } from './uploads'

const code = (c: string) => expect.objectContaining({ code: c })

describe('report uploads from the app', () => {
  it('assembles the pieces in order and hands each file over once', () => {
    const uploads = new ReportUploads()
    const { uploadId } = uploads.begin('all-orders.txt', 5)
    expect(uploads.append(uploadId, 0, Uint8Array.of(1, 2, 3))).toEqual({ received: 3 })
    expect(() => uploads.take([uploadId])).toThrow(code('BAD_REQUEST'))
    expect(() => uploads.append(uploadId, 1, Uint8Array.of(9))).toThrow(code('BAD_REQUEST'))
    uploads.append(uploadId, 3, Uint8Array.of(4, 5))
    expect(() => uploads.append(uploadId, 5, Uint8Array.of(6))).toThrow(code('BAD_REQUEST'))
    expect(uploads.take([uploadId])).toEqual([
      { name: 'all-orders.txt', bytes: Uint8Array.of(1, 2, 3, 4, 5) },
    ])
    expect(() => uploads.take([uploadId])).toThrow(code('NOT_FOUND'))
  })

  it('refuses a file too large, forgets discarded and abandoned uploads', () => {
    let now = 0
    const uploads = new ReportUploads(() => now)
    expect(() => uploads.begin('huge.txt', MAX_UPLOAD_BYTES + 1)).toThrow(code('BAD_REQUEST'))
    const a = uploads.begin('a.txt', 1).uploadId
    const b = uploads.begin('b.txt', 1).uploadId
    uploads.discard([a])
    expect(() => uploads.append(a, 0, Uint8Array.of(1))).toThrow(code('NOT_FOUND'))
    now += 60 * 60_000
    expect(() => uploads.append(b, 0, Uint8Array.of(1))).toThrow(code('NOT_FOUND'))
  })
})
