import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A real SMTP listener on the loopback that keeps every message it accepts; it can go down and come back. */
export async function startSmtpSink() {
  const messages: ParsedMail[] = [];
  let server: SMTPServer | null = null;
  let port = 0;
  async function listen() {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, _session, done) {
        simpleParser(stream)
          .then((mail) => {
            messages.push(mail);
            done();
          })
          .catch(done);
      },
    });
    await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
    port = (server.server.address() as AddressInfo).port;
  }
  await listen();
  return {
    messages,
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    /** Simulates the mail server being unreachable. */
    down: () => new Promise<void>((resolve) => server!.close(() => resolve())),
    up: listen,
    stop: () => new Promise<void>((resolve) => server!.close(() => resolve())),
  };
}
