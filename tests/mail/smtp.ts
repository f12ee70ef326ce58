/**
 * An in-process SMTP server (smtp-server) for tests: captures every message it accepts, and can be
 * told to refuse (5xx) or to be down.
 */
import { simpleParser } from 'mailparser'
import type { ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { freePort } from './dovecot'

export interface CapturedMail {
  envelope: { from: string; to: string[] }
  raw: Buffer
  parsed: ParsedMail
}

export interface TestSmtp {
  port: number
  received: CapturedMail[]
  /** Sessions opened (a refused reply must open none). */
  sessions: number
  /** 0 accepts; a 5xx code refuses every message with it. */
  refuseWith: number
  close(): Promise<void>
}

export async function startSmtp(credentials = { user: 'seller', password: 'app-pass' }): Promise<TestSmtp> {
  const port = await freePort()
  const state: TestSmtp = {
    port,
    received: [],
    sessions: 0,
    refuseWith: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    onConnect(_session, callback) {
      state.sessions++
      callback()
    },
    onAuth(auth, _session, callback) {
      if (auth.username === credentials.user && auth.password === credentials.password)
        callback(null, { user: auth.username })
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }))
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        if (state.refuseWith >= 500) {
          callback(Object.assign(new Error('Message refused by policy'), { responseCode: state.refuseWith }))
          return
        }
        const raw = Buffer.concat(chunks)
        void simpleParser(raw).then((parsed) => {
          state.received.push({
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            raw,
            parsed,
          })
          callback()
        })
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()))
  return state
}
