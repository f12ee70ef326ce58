/**
 * `npm run bench:import`: import throughput and peak memory for a generated mbox (1 GB by default,
 * BYTES=… to change), side by side with just reading and parsing the same file (split + mailparser +
 * relay analysis, nothing stored). Each measure runs in a child process of its own so that its peak
 * RSS is its own. Prints one JSON object on stdout; figures go to docs/benchmarks.md.
 */
import { execFileSync } from 'node:child_process'
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyseRelayMail } from '../../shared/mail/relay'
import { pdf } from '../../electron/main/services/attachments/test-fixtures'
import { importSources } from '../../electron/main/services/mail/import-run'
import { noticeMail, relayMail, toMbox } from '../../electron/main/services/mail/mail-fixtures'
import { splitMbox } from '../../electron/main/services/mail/mbox-split'
import { openMailServices } from '../../electron/main/services/mail/open'
import { decodeMail } from '../../electron/main/services/mail/parse'

const TLDS = ['fr', 'fr', 'fr', 'de', 'co.uk', 'com', 'it', 'es']
const WORDS =
  'bonjour colis commande livraison retour remboursement taille couleur facture cassé abîmé merci délai adresse relais suivi'.split(
    ' ',
  )

function sentence(seed: number, words: number): string {
  let out = ''
  for (let i = 0; i < words; i++) out += `${WORDS[(seed * 31 + i * 7) % WORDS.length]} `
  return `${out.trim()}.`
}

const order = (n: number) =>
  `405-${String(1000000 + (n % 9000000)).padStart(7, '0')}-${String(2000000 + n).padStart(7, '0')}`

async function mailNumber(i: number): Promise<Uint8Array> {
  const orderNumber = order(Math.floor(i / 3)) // about three mails per order
  const date = new Date(Date.UTC(2025, 0, 1) + i * 60_000)
  const messageId = `<bench.${i}@marketplace.amazon.fr>`
  if (i % 10 === 9) {
    return noticeMail({
      orderNumber,
      subject: `Demande de retour pour la commande ${orderNumber}`,
      text: sentence(i, 40),
      date,
      messageId,
    })
  }
  const tld = TLDS[i % TLDS.length]!
  return relayMail({
    tld,
    alias: `alias${Math.floor(i / 3)}`,
    buyer: 'Camille',
    orderNumber,
    template: i % 2 === 0 ? 'plain' : 'html',
    text: sentence(i, 30 + (i % 200)),
    date,
    messageId,
    ...(i % 7 === 3
      ? {
          attachments: [
            { filename: `facture-${i}.pdf`, content: Buffer.from(pdf(100_000 + ((i * 7919) % 200_000))) },
          ],
        }
      : {}),
  })
}

async function generate(file: string, bytes: number): Promise<void> {
  const out = createWriteStream(file)
  let written = 0
  for (let i = 0; written < bytes; i++) {
    const chunk = toMbox([await mailNumber(i)])
    written += chunk.byteLength
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  )
}

async function parseOnly(file: string) {
  const started = performance.now()
  let messages = 0
  let kinds = 0
  for await (const entry of splitMbox(createReadStream(file, { highWaterMark: 1 << 20 }))) {
    const mail = await decodeMail(entry.bytes!)
    if (analyseRelayMail(mail.parsed).kind !== 'other') kinds++
    messages++
  }
  return { messages, understood: kinds, seconds: (performance.now() - started) / 1000 }
}

async function importOnly(file: string) {
  const data = await mkdtemp(path.join(os.tmpdir(), 'comptoir-bench-import-'))
  const services = await openMailServices(data)
  const started = performance.now()
  const summary = await importSources(services, [file])
  const seconds = (performance.now() - started) / 1000
  await services.store.close()
  const stored = Number(execFileSync('du', ['-sb', data]).toString().split('\t')[0])
  await rm(data, { recursive: true, force: true })
  return {
    messages: summary.read,
    imported: summary.imported,
    threads: summary.threads_created,
    failed: summary.failed,
    seconds,
    storedBytes: stored,
  }
}

async function child(mode: 'parse' | 'import', file: string): Promise<void> {
  const result = mode === 'parse' ? await parseOnly(file) : await importOnly(file)
  const peakRssMb = process.resourceUsage().maxRSS / 1024
  process.stdout.write(`${JSON.stringify({ ...result, peakRssMb })}\n`)
}

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2)
  if ((mode === 'parse' || mode === 'import') && file) return child(mode, file)
  const bytes = Number(process.env.BYTES ?? 1024 ** 3)
  const mbox = process.env.MBOX ?? path.join(os.tmpdir(), `comptoir-bench-${bytes}.mbox`)
  if (!existsSync(mbox) || statSync(mbox).size < bytes) {
    process.stderr.write(`generating ${mbox}…\n`)
    await generate(mbox, bytes)
  }
  const size = statSync(mbox).size
  const self = fileURLToPath(import.meta.url)
  const tsx = path.resolve(path.dirname(self), '../../node_modules/.bin/tsx')
  const measure = (m: string) => {
    process.stderr.write(`${m}…\n`)
    const result = JSON.parse(execFileSync(tsx, [self, m, mbox], { maxBuffer: 1 << 20 }).toString())
    return {
      ...result,
      messagesPerSecond: Math.round(result.messages / result.seconds),
      mbPerSecond: +(size / 1048576 / result.seconds).toFixed(1),
    }
  }
  const parse = measure('parse')
  const full = measure('import')
  process.stdout.write(`${JSON.stringify({ mboxBytes: size, parse, import: full })}\n`)
}

await main()
