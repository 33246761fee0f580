import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, connect } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { ImapFlow } from "imapflow";

export const DOVECOT = "/usr/sbin/dovecot";
/** Debian's dovecot-imapd is installed (CI installs it); the mail tests say so and skip when it is not. */
export const hasDovecot = existsSync(DOVECOT);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port: number, ms: number) {
  const until = Date.now() + ms;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`dovecot did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A private Dovecot IMAP server on the loopback (its own config, users and maildirs in a temporary folder),
 * with one mailbox per user. It can be stopped and started again on the same port with the same mail.
 */
export async function startDovecot(users: string[] = ["pengaduan"]) {
  const dir = mkdtempSync(path.join(tmpdir(), "sigap-dovecot-"));
  const port = await freePort();
  const password = "sigap-test-mail";
  // Mail processes never run as root: as root, the mail belongs to dovecot's own user.
  const root = userInfo().uid === 0;
  const uid = root ? 109 : userInfo().uid;
  const gid = root ? 117 : userInfo().gid;
  const self = userInfo().username;
  for (const sub of ["run", "state", "home"]) mkdirSync(path.join(dir, sub));
  if (root) {
    chmodSync(dir, 0o755); // dovecot's auth process reads the users file as its own user
    const account = readFileSync("/etc/passwd", "utf8")
      .split("\n")
      .find((l) => l.startsWith("dovecot:"));
    if (!account) throw new Error("no dovecot user: install dovecot-imapd");
    chownSync(path.join(dir, "home"), Number(account.split(":")[2]), Number(account.split(":")[3]));
  }
  writeFileSync(path.join(dir, "users"), users.map((u) => `${u}:{PLAIN}${password}::::::`).join("\n") + "\n");
  writeFileSync(
    path.join(dir, "dovecot.conf"),
    `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = ${root ? "dovecot" : self}
default_login_user = ${root ? "dovenull" : self}
${root ? "" : `default_internal_group = ${self}\n`}first_valid_uid = ${Math.min(uid, 100)}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${root ? "dovecot" : uid} gid=${root ? "dovecot" : gid} home=${dir}/home/%u
}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  mailbox Processed {
    auto = create
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
`,
  );
  let child: ChildProcess | null = null;
  async function up() {
    child = spawn(DOVECOT, ["-F", "-c", path.join(dir, "dovecot.conf")], { stdio: ["ignore", "inherit", "inherit"] });
    await waitForPort(port, 10_000);
  }
  /** Goes away as a crashed server does: the master and every session it runs die, connections drop. */
  async function down() {
    if (!child) return;
    const sessions = spawnSync("pgrep", ["-P", String(child.pid)], { encoding: "utf8" })
      .stdout.split(/\s+/)
      .filter(Boolean);
    const exited = new Promise((resolve) => child!.once("exit", resolve));
    child.kill("SIGKILL");
    for (const pid of sessions) {
      try {
        process.kill(Number(pid), "SIGKILL");
      } catch {
        // already gone
      }
    }
    await exited;
    child = null;
  }
  await up();
  const url = (user: string) => `imap://${user}:${password}@127.0.0.1:${port}`;
  return {
    port,
    url,
    /** Delivers a raw message into a user's folder, as the mail server would. */
    async deliver(user: string, raw: string | Buffer, folder = "INBOX") {
      const client = new ImapFlow({ host: "127.0.0.1", port, secure: false, auth: { user, pass: password }, logger: false });
      await client.connect();
      try {
        await client.append(folder, raw);
      } finally {
        await client.logout();
      }
    },
    /** The messages in a folder, with their flags. */
    async list(user: string, folder = "INBOX") {
      const client = new ImapFlow({ host: "127.0.0.1", port, secure: false, auth: { user, pass: password }, logger: false });
      await client.connect();
      const found: Array<{ uid: number; flags: string[]; messageId?: string }> = [];
      try {
        const lock = await client.getMailboxLock(folder);
        try {
          if ((client.mailbox && typeof client.mailbox !== "boolean" ? client.mailbox.exists : 0) > 0)
            for await (const m of client.fetch("1:*", { uid: true, flags: true, envelope: true }))
              found.push({ uid: m.uid, flags: [...(m.flags ?? [])], messageId: m.envelope?.messageId });
        } finally {
          lock.release();
        }
      } finally {
        await client.logout();
      }
      return found;
    },
    down,
    up,
    log: () => (existsSync(path.join(dir, "dovecot.log")) ? readFileSync(path.join(dir, "dovecot.log"), "utf8") : ""),
    async stop() {
      await down();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
