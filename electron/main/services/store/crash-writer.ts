/**
 * Child process of the crash test: `node --import tsx crash-writer.ts DIR SEED`. Opens the store
 * (seeding it with a synthetic mailbox the first time), prints READY, then runs commands forever and
 * prints one line per command on stdout:
 *   INTENT {...}  just before a command starts (it may or may not survive a kill);
 *   ACK {...}     once the command resolved, i.e. once it is durable — it must survive any kill.
 * The parent SIGKILLs it at a random moment and checks the store.
 */
import { MailboxStore } from './mailbox-store'
import { seededRandom, syntheticMailbox } from './synthetic-mailbox'

export type CrashOp =
  | { op: 'message'; threadId: string; body: string }
  | { op: 'thread'; subject: string }
  | { op: 'label'; labelId: string; threadIds: string[] }
  | { op: 'folder'; name: string }

async function main(): Promise<void> {
  const [dir, seedArg] = process.argv.slice(2)
  const seed = Number(seedArg)
  // A small log threshold: compactions run all the time, so kills land in them too.
  const store = await MailboxStore.open(dir!, { compactLogAtBytes: 16_000 })
  if (store.isEmpty()) await store.importSnapshot(syntheticMailbox(600, 3))
  const random = seededRandom(seed)
  const threadIds = store.query({ limit: 500 }).threads.map((t) => t.id)
  const pick = () => threadIds[Math.floor(random() * threadIds.length)]!
  const say = (kind: 'INTENT' | 'ACK', op: CrashOp) => process.stdout.write(`${kind} ${JSON.stringify(op)}\n`)
  process.stdout.write('READY\n')
  for (let i = 0; ; i++) {
    const tag = `s${seed}-${i}`
    switch (i % 4) {
      case 0: {
        const op: CrashOp = { op: 'message', threadId: pick(), body: `ack ${tag}` }
        say('INTENT', op)
        await store.appendMessage({
          threadId: op.threadId,
          direction: i % 8 === 0 ? 'in' : 'out',
          body: op.body,
        })
        say('ACK', op)
        break
      }
      case 1: {
        const op: CrashOp = { op: 'thread', subject: `Sujet ${tag}` }
        say('INTENT', op)
        await store.createThread({
          subject: op.subject,
          contact: { displayName: tag, relayAddress: `${tag}@relay` },
        })
        say('ACK', op)
        break
      }
      case 2: {
        // Several threads, hence several partitions: the commit goes through the journal.
        const label = await store.createLabel({ name: `L ${tag}`, color: '#123456', kind: 'free' })
        const op: CrashOp = {
          op: 'label',
          labelId: label.id,
          threadIds: [pick(), pick(), pick(), pick(), pick()],
        }
        say('INTENT', op)
        await store.label(op.threadIds, label.id, true)
        say('ACK', op)
        break
      }
      default: {
        const op: CrashOp = { op: 'folder', name: `Dossier ${tag}` }
        say('INTENT', op)
        await store.createFolder(op.name, null)
        say('ACK', op)
      }
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`crash-writer failed: ${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
