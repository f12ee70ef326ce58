// Builds the demo mailbox's attachments byte by byte (plain Node, no dependency) and stores each one
// as resources/demo/attachments/<sha256>. Prints one JSON line per file: the AttachmentRef to use in
// mailbox.json. Deterministic: run it again and the same ids come out (zlib level fixed, no dates).
//
//   node resources/demo/tools/build-attachments.mjs
import { Buffer } from 'node:buffer'
import process from 'node:process'
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { crc32, deflateRawSync, deflateSync } from 'node:zlib'

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'attachments')

const be32 = (n) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]
const le16 = (n) => [n & 255, (n >>> 8) & 255]
const le32 = (n) => [...le16(n & 0xffff), ...le16(n >>> 16)]
const clamp = (v) => Math.max(0, Math.min(255, Math.round(v)))

/** A deterministic pseudo-random generator, for texture (photo grain, wood). */
function noise(seed) {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32 - 0.5
  }
}

/** An RGB raster filled by `paint(x, y) => [r, g, b]`. */
function raster(width, height, paint) {
  const rgb = new Uint8Array(width * height * 3)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) rgb.set(paint(x, y).map(clamp), (y * width + x) * 3)
  return { width, height, rgb }
}

// ---------------------------------------------------------------- images

/** A parcel photographed on the floor: cardboard, tape, a crushed corner and a tear. */
function damagedParcel() {
  const grain = noise(7)
  return raster(64, 48, (x, y) => {
    const n = grain() * 14
    const inBox = x >= 8 && x < 57 && y >= 9 && y < 44
    if (!inBox) return [196 - y * 0.6 + n, 190 - y * 0.6 + n, 180 - y * 0.5 + n]
    const crushed = x - 30 > y + (x % 3) // the top-right corner, pushed in
    if (crushed) return [118 + n, 82 + n, 48 + n]
    if (Math.abs(x - 30 - y) <= 1) return [70 + n, 48 + n, 30 + n] // the fold line
    if (y >= 24 && y < 29) return [222 + n, 200 + n, 150 + n] // tape
    if (Math.abs(x - 20 + (y - 34) * 0.8) < 1 && y > 30) return [60, 40, 25] // a tear
    return [178 + n, 130 + n, 82 + n]
  })
}

/** A wooden table top with a long pale scratch. */
function scratchedTable() {
  const grain = noise(11)
  return raster(64, 48, (x, y) => {
    const n = grain() * 8
    const ring = Math.sin(x * 0.35 + Math.sin(y * 0.21) * 3) * 12
    const plank = y % 16 === 0 ? -40 : 0
    if (Math.abs(y - (8 + x * 0.55)) < 0.9 && x > 6 && x < 60) return [236, 222, 200]
    return [150 + ring + plank + n, 98 + ring * 0.7 + plank + n, 58 + ring * 0.4 + plank + n]
  })
}

/** A folded throw in mustard with cream stripes (the colour the buyer did not order). */
function wrongColourThrow() {
  const grain = noise(23)
  return raster(64, 48, (x, y) => {
    const n = grain() * 10
    if (y < 6 || y > 41) return [232 + n, 228 + n, 220 + n] // bed sheet around it
    const weave = (x + y) % 2 === 0 ? 6 : -6
    if ((y - 6) % 9 < 2) return [238 + n, 226 + n, 196 + n]
    return [204 + weave + n, 158 + weave + n, 52 + n]
  })
}

function pngChunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), Buffer.from(data)])
  return Buffer.concat([Buffer.from(be32(data.length)), body, Buffer.from(be32(crc32(body)))])
}

function png({ width, height, rgb }) {
  const raw = new Uint8Array(height * (1 + width * 3))
  for (let y = 0; y < height; y++) raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (1 + width * 3) + 1)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', [...be32(width), ...be32(height), 8, 2, 0, 0, 0]),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', []),
  ])
}

// Baseline JPEG (4:4:4 YCbCr, quality 85). Huffman tables are built for the symbols actually used:
// one code length per table, long enough to leave the all-ones code free, which keeps them valid.
const ZIGZAG = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14,
  21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53,
  60, 61, 54, 47, 55, 62, 63,
]
const LUMA_Q = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22,
  29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103,
  121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
]
const CHROMA_Q = Array.from({ length: 64 }, (_, i) => {
  const head = [17, 18, 24, 47, 18, 21, 26, 66, 24, 26, 56, 99, 47, 66, 99, 99]
  const [r, c] = [i >> 3, i & 7]
  return r < 4 && c < 4 ? head[r * 4 + c] : 99
})
const scaled = (table, quality) => {
  const scale = quality < 50 ? 5000 / quality : 200 - quality * 2
  return table.map((q) => Math.max(1, Math.min(255, Math.floor((q * scale + 50) / 100))))
}

function fdct(block) {
  const out = new Array(64)
  for (let v = 0; v < 8; v++)
    for (let u = 0; u < 8; u++) {
      let sum = 0
      for (let y = 0; y < 8; y++)
        for (let x = 0; x < 8; x++)
          sum +=
            block[y * 8 + x] * Math.cos(((2 * x + 1) * u * Math.PI) / 16) * Math.cos(((2 * y + 1) * v * Math.PI) / 16)
      const cu = u === 0 ? Math.SQRT1_2 : 1
      const cv = v === 0 ? Math.SQRT1_2 : 1
      out[v * 8 + u] = (cu * cv * sum) / 4
    }
  return out
}

const bitLength = (n) => (n === 0 ? 0 : 32 - Math.clz32(Math.abs(n)))
const amplitude = (n, size) => (n >= 0 ? n : n + (1 << size) - 1)

function flatHuffman(symbols) {
  const values = [...new Set(symbols)].sort((a, b) => a - b)
  let length = 1
  while ((1 << length) - 1 < values.length) length++
  const codes = new Map(values.map((value, index) => [value, { code: index, length }]))
  const bits = new Array(16).fill(0)
  bits[length - 1] = values.length
  return { codes, spec: [...bits, ...values] }
}

function jpeg({ width, height, rgb }, quality = 85) {
  const tables = [scaled(LUMA_Q, quality), scaled(CHROMA_Q, quality)]
  // Quantised coefficients per block, interleaved Y Cb Cr per MCU, with DC turned into differences.
  const blocks = []
  const previousDc = [0, 0, 0]
  for (let by = 0; by < height; by += 8)
    for (let bx = 0; bx < width; bx += 8)
      for (let c = 0; c < 3; c++) {
        const samples = new Array(64)
        for (let y = 0; y < 8; y++)
          for (let x = 0; x < 8; x++) {
            const i = ((by + y) * width + bx + x) * 3
            const [r, g, b] = [rgb[i], rgb[i + 1], rgb[i + 2]]
            const value =
              c === 0
                ? 0.299 * r + 0.587 * g + 0.114 * b
                : c === 1
                  ? -0.168736 * r - 0.331264 * g + 0.5 * b + 128
                  : 0.5 * r - 0.418688 * g - 0.081312 * b + 128
            samples[y * 8 + x] = value - 128
          }
        const q = tables[c === 0 ? 0 : 1]
        const coefficients = fdct(samples).map((f, i) => Math.round(f / q[i]))
        const zz = ZIGZAG.map((i) => coefficients[i])
        const dc = zz[0]
        zz[0] = dc - previousDc[c]
        previousDc[c] = dc
        blocks.push({ table: c === 0 ? 0 : 1, zz })
      }
  // Symbols per table, then codes.
  const symbolsOf = (zz) => {
    const out = [{ ac: false, symbol: bitLength(zz[0]), value: zz[0] }]
    let run = 0
    let last = 63
    while (last > 0 && zz[last] === 0) last--
    for (let k = 1; k <= last; k++) {
      if (zz[k] === 0) {
        run++
        continue
      }
      while (run > 15) {
        out.push({ ac: true, symbol: 0xf0, value: 0 })
        run -= 16
      }
      out.push({ ac: true, symbol: (run << 4) | bitLength(zz[k]), value: zz[k] })
      run = 0
    }
    if (last < 63) out.push({ ac: true, symbol: 0x00, value: 0 })
    return out
  }
  const coded = blocks.map((b) => ({ table: b.table, symbols: symbolsOf(b.zz) }))
  const huffman = [0, 1].map((t) =>
    [false, true].map((ac) =>
      flatHuffman(coded.filter((b) => b.table === t).flatMap((b) => b.symbols.filter((s) => s.ac === ac).map((s) => s.symbol))),
    ),
  )
  // Entropy-coded data, with 0xFF stuffing and padding with ones.
  const data = []
  let acc = 0
  let count = 0
  const put = (code, length) => {
    for (let i = length - 1; i >= 0; i--) {
      acc = (acc << 1) | ((code >> i) & 1)
      if (++count === 8) {
        data.push(acc)
        if (acc === 0xff) data.push(0)
        acc = 0
        count = 0
      }
    }
  }
  for (const block of coded)
    for (const s of block.symbols) {
      const { code, length } = huffman[block.table][s.ac ? 1 : 0].codes.get(s.symbol)
      put(code, length)
      const size = s.symbol & 15
      if (size > 0) put(amplitude(s.value, size), size)
    }
  if (count > 0) put(0x7f, 8 - count)

  const segment = (marker, body) => [0xff, marker, ...le16(body.length + 2).reverse(), ...body]
  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xe0, [...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xdb, [0, ...ZIGZAG.map((i) => tables[0][i]), 1, ...ZIGZAG.map((i) => tables[1][i])]),
    ...segment(0xc0, [8, ...le16(height).reverse(), ...le16(width).reverse(), 3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1]),
    ...segment(0xc4, [
      0x00,
      ...huffman[0][0].spec,
      0x10,
      ...huffman[0][1].spec,
      0x01,
      ...huffman[1][0].spec,
      0x11,
      ...huffman[1][1].spec,
    ]),
    ...segment(0xda, [3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]),
    ...data,
    0xff,
    0xd9,
  ])
}

/**
 * A GIF89a of a wall-shelf fixing diagram (4 colours). LZW without compression: a clear code every two
 * pixels keeps every code 3 bits wide, which every decoder accepts.
 */
function shelfDiagramGif() {
  const [width, height] = [64, 48]
  const palette = [255, 255, 255, 40, 40, 40, 200, 40, 40, 40, 90, 190] // white, ink, red, blue
  const pixel = (x, y) => {
    if ((x >= 10 && x <= 53 && (y === 18 || y === 22)) || ((x === 10 || x === 53) && y >= 18 && y <= 22)) return 1
    if ((x === 16 || x === 47) && y >= 23 && y <= 32) return 1 // brackets
    if ((x >= 16 && x <= 22 && y === 32) || (x >= 41 && x <= 47 && y === 32)) return 1
    if ((Math.abs(x - 16) <= 1 || Math.abs(x - 47) <= 1) && Math.abs(y - 27) <= 1) return 2 // screws
    if (y === 40 && x >= 16 && x <= 47) return 3 // 31 cm between the screws
    if ((x === 16 || x === 47) && y >= 38 && y <= 42) return 3
    if (x === 4 && y >= 4 && y <= 44) return 1 // the wall
    return 0
  }
  const codes = []
  let pending = 0
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      if (pending === 0) codes.push(4)
      codes.push(pixel(x, y))
      pending = (pending + 1) % 2
    }
  codes.push(5)
  const packed = []
  let acc = 0
  let bits = 0
  for (const code of codes) {
    acc |= code << bits
    bits += 3
    while (bits >= 8) {
      packed.push(acc & 255)
      acc >>= 8
      bits -= 8
    }
  }
  if (bits > 0) packed.push(acc & 255)
  const blocks = []
  for (let i = 0; i < packed.length; i += 255) blocks.push(Math.min(255, packed.length - i), ...packed.slice(i, i + 255))
  return Buffer.from([
    ...Buffer.from('GIF89a', 'latin1'),
    ...le16(width),
    ...le16(height),
    0x81, // global colour table of 4 entries, 8-bit colour resolution
    0,
    0,
    ...palette,
    0x2c,
    ...le16(0),
    ...le16(0),
    ...le16(width),
    ...le16(height),
    0,
    2, // LZW minimum code size
    ...blocks,
    0,
    0x3b,
  ])
}

// ---------------------------------------------------------------- documents

/** A one-page invoice (Helvetica, WinAnsi for the accents) with a correct cross-reference table. */
function invoicePdf(lines) {
  // WinAnsi: Latin-1 plus the typographic apostrophe (0x92).
  const escape = (s) => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/\u2019/g, '\x92')
  const content = [
    'BT /F2 20 Tf 50 780 Td (FACTURE) Tj ET',
    ...lines.map(([size, x, y, text, bold]) => `BT /${bold ? 'F2' : 'F1'} ${size} Tf ${x} ${y} Td (${escape(text)}) Tj ET`),
    '0.6 w 50 560 m 545 560 l S 50 470 m 545 470 l S',
  ].join('\n')
  const font = (name) => `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    font('Helvetica'),
    font('Helvetica-Bold'),
    '<< /Title (Facture) /Producer (Comptoir demo) >>',
  ]
  let text = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n'
  const offsets = objects.map((body, index) => {
    const offset = Buffer.byteLength(text, 'latin1')
    text += `${index + 1} 0 obj\n${body}\nendobj\n`
    return offset
  })
  const xref = Buffer.byteLength(text, 'latin1')
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(text, 'latin1')
}

function invoice({ number, date, order, buyer, items, shipping }) {
  const euros = (cents) => `${(cents / 100).toFixed(2).replace('.', ',')} EUR`
  const total = items.reduce((sum, i) => sum + i.quantity * i.cents, 0) + shipping
  const lines = [
    [10, 50, 760, 'Maison Garance SAS - linge de maison et petit mobilier'],
    [10, 50, 746, '14 rue des Tanneurs, 69001 Lyon - SIRET 000 000 000 00000 (exemple)'],
    [11, 50, 715, `Facture n\u00b0 ${number}`, true],
    [10, 50, 700, `Date : ${date}`],
    [10, 50, 686, `Commande : ${order}`],
    [10, 330, 715, 'Factur\u00e9 \u00e0 :', true],
    [10, 330, 700, buyer],
    [10, 50, 570, 'D\u00e9signation', true],
    [10, 400, 570, 'Qt\u00e9', true],
    [10, 470, 570, 'Prix TTC', true],
    ...items.flatMap((item, i) => [
      [10, 50, 545 - i * 16, item.title],
      [10, 405, 545 - i * 16, String(item.quantity)],
      [10, 470, 545 - i * 16, euros(item.quantity * item.cents)],
    ]),
    [10, 50, 450, 'Livraison'],
    [10, 470, 450, euros(shipping)],
    [11, 330, 425, 'Total TTC', true],
    [11, 470, 425, euros(total), true],
    [10, 330, 410, `dont TVA 20 % : ${euros(Math.round(total / 6))}`],
    [9, 50, 380, 'Facture acquitt\u00e9e - paiement re\u00e7u via la place de march\u00e9.'],
  ]
  return invoicePdf(lines)
}

/** A zip (deflated entries, fixed DOS date so the bytes never change). */
function zip(files) {
  const local = []
  const central = []
  let offset = 0
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, 'utf8')
    const packed = deflateRawSync(data, { level: 9 })
    const nameBytes = Buffer.from(name, 'utf8')
    const common = [...le16(8), ...le16(0x5a00), ...le16(0x5d74), ...le32(crc32(data)), ...le32(packed.length), ...le32(data.length), ...le16(nameBytes.length)]
    const header = Buffer.from([...le32(0x04034b50), ...le16(20), ...le16(0x0800), ...common, ...le16(0)])
    central.push(Buffer.from([...le32(0x02014b50), ...le16(20), ...le16(20), ...le16(0x0800), ...common, ...le16(0), ...le16(0), ...le16(0), ...le16(0), ...le32(0), ...le32(offset)]), nameBytes)
    local.push(header, nameBytes, packed)
    offset += header.length + nameBytes.length + packed.length
  }
  const directory = Buffer.concat(central)
  const count = Object.keys(files).length
  const end = Buffer.from([...le32(0x06054b50), 0, 0, 0, 0, ...le16(count), ...le16(count), ...le32(directory.length), ...le32(offset), 0, 0])
  return Buffer.concat([...local, directory, end])
}

function assemblyDocx() {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
  const para = (text, bold) =>
    `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`
  const body = [
    para('Notice de montage - \u00c9tag\u00e8re murale Oslo (chêne massif, 80 cm)', true),
    para('Contenu : 1 planche, 2 équerres, 4 vis 5 x 50, 4 chevilles, 2 vis de blocage.'),
    para('1. Tracez deux repères à 31 cm d’écart, parfaitement de niveau.'),
    para('2. Percez au diamètre 8 mm (mur plein) et insérez les chevilles fournies.'),
    para('3. Vissez les équerres, la partie courte contre le mur.'),
    para('4. Posez la planche, puis fixez-la par-dessous avec les 2 vis de blocage.'),
    para('Charge maximale : 15 kg répartis. Pour une cloison en plaque de plâtre, utilisez des chevilles à expansion.'),
  ].join('')
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  })
}

const measurementsTxt = [
  'Mesures pour les rideaux - salon',
  '',
  'Fenêtre de gauche : largeur 142 cm, hauteur du rail au sol 248 cm',
  'Fenêtre de droite : largeur 96 cm, hauteur du rail au sol 248 cm',
  'Rail à 12 cm au-dessus de l’encadrement, crochets à anneaux.',
  '',
  'Je voudrais que les rideaux effleurent le sol, sans faire de flaque.',
  '',
].join('\n')

// ---------------------------------------------------------------- output

const files = [
  {
    name: 'FA-2026-1187.pdf',
    type: 'pdf',
    bytes: invoice({
      number: 'FA-2026-1187',
      date: '10/11/2026',
      order: '405-8817203-5561947',
      buyer: 'Hélène Marchand',
      items: [
        { title: 'Housse de couette lin lavé 240 x 260 - Sauge', quantity: 1, cents: 12900 },
        { title: 'Taie d’oreiller lin lavé 65 x 65 - Sauge', quantity: 2, cents: 2450 },
      ],
      shipping: 0,
    }),
  },
  {
    name: 'Facture_FA-2026-1203.pdf',
    type: 'pdf',
    bytes: invoice({
      number: 'FA-2026-1203',
      date: '13/11/2026',
      order: '171-3390526-8104462',
      buyer: 'Cabinet Vasseur & Associés',
      items: [
        { title: 'Tabouret haut Arlo - frêne naturel', quantity: 4, cents: 8900 },
        { title: 'Coussin d’assise rond 38 cm - Lin', quantity: 4, cents: 1990 },
      ],
      shipping: 990,
    }),
  },
  { name: 'photo_colis.jpg', type: 'jpg', bytes: jpeg(damagedParcel()) },
  { name: 'IMG_20261117_193402.jpg', type: 'jpg', bytes: jpeg(scratchedTable()) },
  { name: 'plaid recu.png', type: 'png', bytes: png(wrongColourThrow()) },
  { name: 'schema-fixation.gif', type: 'gif', bytes: shelfDiagramGif() },
  { name: 'mesures.txt', type: 'txt', bytes: Buffer.from(measurementsTxt, 'utf8') },
  { name: 'Notice montage etagere Oslo.docx', type: 'docx', bytes: assemblyDocx() },
]

mkdirSync(OUT, { recursive: true })
for (const file of files) {
  const id = createHash('sha256').update(file.bytes).digest('hex')
  writeFileSync(path.join(OUT, id), file.bytes)
  process.stdout.write(`${JSON.stringify({ id, name: file.name, type: file.type, bytes: file.bytes.length })}\n`)
}
