/**
 * A throwaway Dovecot IMAP server for tests: its own config in a temp folder, plain-auth users,
 * maildir, 127.0.0.1 on a free port, special-use Sent/Archive/Trash. Works as root (Dovecot's own
 * unprivileged users) and as a normal user (that user everywhere). See /work/shared/MAIL.md.
 *
 * Under CI (CI=true) a missing Dovecot is a failure; elsewhere tests skip with `dovecotMissing()`.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export const DOVECOT_BINARY = process.env.DOVECOT_PATH ?? '/usr/sbin/dovecot'

/** Why the Dovecot suites cannot run here, or null when they can. */
export function dovecotMissing(): string | null {
  if (!fs.existsSync(DOVECOT_BINARY))
    return `Dovecot is not installed (${DOVECOT_BINARY} missing; apt-get install dovecot-imapd)`
  return null
}

/** True when the suite must skip (never under CI, where a missing server fails the run). */
export function skipWithoutDovecot(): boolean {
  const reason = dovecotMissing()
  if (reason === null) return false
  if (process.env.CI === 'true') throw new Error(`${reason}: required under CI`)
  console.warn(`[skipped] ${reason}`)
  return true
}

export interface MailUser {
  user: string
  password: string
}

export interface Dovecot {
  host: string
  port: number
  dir: string
  users: MailUser[]
  /** Stops the server (kill on run/master.pid); start() brings it back on the same port. */
  stop(): Promise<void>
  start(): Promise<void>
  /** Stops it and deletes its folder. */
  dispose(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

function identity(): { mailUser: string; uid: number; gid: number; login: string; internal: string } {
  const info = os.userInfo()
  if (info.uid !== 0)
    return {
      mailUser: info.username,
      uid: info.uid,
      gid: info.gid,
      login: info.username,
      internal: info.username,
    }
  const nobody = execFileSync('id', ['-u', 'nobody']).toString().trim()
  const nogroup = execFileSync('id', ['-g', 'nobody']).toString().trim()
  return {
    mailUser: 'nobody',
    uid: Number(nobody),
    gid: Number(nogroup),
    login: 'dovenull',
    internal: 'dovecot',
  }
}

function config(dir: string, port: number): string {
  const who = identity()
  const chroot = os.userInfo().uid === 0 ? '' : 'chroot ='
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
info_log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = ${who.login}
default_internal_user = ${who.internal}
default_internal_group = ${os.userInfo().uid === 0 ? 'dovecot' : execFileSync('id', ['-gn']).toString().trim()}
first_valid_uid = ${who.uid}
last_valid_uid = ${who.uid}
first_valid_gid = 0
mail_location = maildir:${dir}/mail/%u
mail_plugins = $mail_plugins
imap_idle_notify_interval = 1 secs
mailbox_idle_check_interval = 1 secs
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${who.uid} gid=${who.gid} home=${dir}/home/%u
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Archive {
    special_use = \\Archive
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
}
service imap-login {
  ${chroot}
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  ${chroot}
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.once('data', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (ok) return
    if (Date.now() > deadline) throw new Error(`Dovecot did not listen on ${port} within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

export async function startDovecot(
  users: MailUser[] = [{ user: 'seller', password: 'secret' }],
): Promise<Dovecot> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-dovecot-'))
  const who = identity()
  for (const sub of ['run', 'state', 'mail', 'home']) fs.mkdirSync(path.join(dir, sub))
  fs.writeFileSync(
    path.join(dir, 'passwd'),
    users.map((u) => `${u.user}:{PLAIN}${u.password}::::::\n`).join(''),
  )
  // As root, mail is delivered as `nobody`: its folders must be writable by that user.
  if (os.userInfo().uid === 0) {
    for (const sub of ['mail', 'home']) fs.chownSync(path.join(dir, sub), who.uid, who.gid)
    fs.chmodSync(dir, 0o755)
  }
  const port = await freePort()
  const conf = path.join(dir, 'dovecot.conf')
  fs.writeFileSync(conf, config(dir, port))
  const start = async () => {
    // The daemon keeps its inherited stdio open: give it a file, not a pipe spawnSync would wait on.
    const out = fs.openSync(path.join(dir, 'startup.log'), 'a')
    const run = spawnSync(DOVECOT_BINARY, ['-c', conf], { stdio: ['ignore', out, out] })
    fs.closeSync(out)
    if (run.status !== 0) {
      const logs = ['startup.log', 'dovecot.log']
        .map((name) => path.join(dir, name))
        .filter((file) => fs.existsSync(file))
        .map((file) => fs.readFileSync(file, 'utf8'))
      throw new Error(`Dovecot failed to start: ${logs.join('')}`)
    }
    await waitForPort(port, 5000)
  }
  const stop = async () => {
    const pidFile = path.join(dir, 'run', 'master.pid')
    if (!fs.existsSync(pidFile)) return
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim())
    // A server going down drops its sessions at once: the master's children (imap, imap-login,
    // auth…) are killed by their ids first, then the master.
    const children = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    for (const child of (children.stdout ?? '')
      .split('\n')
      .map((l) => Number(l.trim()))
      .filter((n) => n > 0)) {
      try {
        process.kill(child, 'SIGKILL')
      } catch {
        // already gone
      }
    }
    try {
      process.kill(pid, 'SIGTERM')
    } catch {
      return
    }
    const deadline = Date.now() + 5000
    while (Date.now() < deadline) {
      try {
        process.kill(pid, 0)
      } catch {
        break
      }
      await new Promise((r) => setTimeout(r, 30))
    }
    // The listener may linger a moment after the master exits.
    await new Promise((r) => setTimeout(r, 100))
  }
  await start()
  return {
    host: '127.0.0.1',
    port,
    dir,
    users,
    start,
    stop,
    async dispose() {
      await stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
