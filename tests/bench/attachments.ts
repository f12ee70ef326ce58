/**
 * `npx tsx tests/bench/attachments.ts`: the content check on files on disk, median and p95 of 7 runs,
 * with the bytes read. Figures go to docs/benchmarks.md.
 */
import { rm } from 'node:fs/promises'
import { crc32 } from 'node:zlib'
import { inspectContent } from '../../electron/main/services/attachments/content'
import { openSource } from '../../electron/main/services/attachments/source'
import { pdfWith } from '../../electron/main/services/attachments/hostile-fixtures'
import * as fx from '../../electron/main/services/attachments/test-fixtures'

const be32 = (n: number) => Buffer.from([(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255])

/** A 9 MB JPEG: the tiny real image with 64 KB comment segments in front of its frame. */
function bigJpeg(size: number): Uint8Array {
  const base = Buffer.from(fx.jpeg())
  const segments: Buffer[] = []
  let total = base.byteLength
  while (total + 65_537 < size) {
    const body = Buffer.from(fx.randomBytes(65_533, total)).map((b) => (b === 0xff ? 0xfe : b))
    segments.push(Buffer.concat([Buffer.from([0xff, 0xfe, 0xff, 0xff]), Buffer.from(body)]))
    total += 65_537
  }
  return Buffer.concat([base.subarray(0, 2), ...segments, base.subarray(2)])
}

/** A 9 MB PNG: one big private chunk of noise before the image data. */
function bigPng(size: number): Uint8Array {
  const base = Buffer.from(fx.png())
  const data = Buffer.from(fx.randomBytes(size - base.byteLength - 12))
  const typeAndData = Buffer.concat([Buffer.from('zzNS'), data])
  const chunk = Buffer.concat([be32(data.byteLength), typeAndData, be32(crc32(typeAndData))])
  return Buffer.concat([base.subarray(0, 33), chunk, base.subarray(33)])
}

const files: Record<string, Uint8Array> = {
  'facture.pdf': fx.pdf(9_000_000),
  'scan.pdf': (() => {
    const image = fx.randomBytes(9_000_000, 11)
    const head = `<< /Type /XObject /Subtype /Image /Width 3000 /Height 3000 /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /DCTDecode /Length ${image.byteLength} >>\nstream\n`
    return pdfWith({
      page: '/Resources << /XObject << /Im1 6 0 R >> >>',
      objects: [Buffer.concat([Buffer.from(head, 'latin1'), image, Buffer.from('\nendstream', 'latin1')])],
    })
  })(),
  'photo.jpg': bigJpeg(9_000_000),
  'colis.png': bigPng(9_000_000),
  'notice.docx': fx.docx(fx.randomBytes(3_000_000)),
  'notice.doc': fx.doc(),
  'notes.txt': new TextEncoder().encode('Bonjour, le colis est arrivé abîmé.\n'.repeat(280_000)),
}

const { dir, paths } = await fx.writeFixtures(files, 'comptoir-bench-')
try {
  for (const [name, file] of Object.entries(paths)) {
    const times: number[] = []
    let read = 0
    let verdict = ''
    for (let run = 0; run < 7; run++) {
      const source = await openSource(file)
      const started = performance.now()
      const result = await inspectContent(source)
      times.push(performance.now() - started)
      read = source.bytesRead
      verdict = result.ok ? result.type : result.refusal.code
      await source.close()
    }
    times.sort((a, b) => a - b)
    const size = files[name]!.byteLength
    console.log(
      JSON.stringify({
        name,
        size,
        read,
        verdict,
        median_ms: +times[3]!.toFixed(2),
        p95_ms: +times[6]!.toFixed(2),
      }),
    )
  }
} finally {
  await rm(dir, { recursive: true, force: true })
}
