import dc from "node:diagnostics_channel";
import type { Socket } from "node:net";

/**
 * Every outgoing TCP connection attempt this process makes while recording (Node's `connectionAttempt`
 * event, emitted before the SYN is sent): the proof that a refused check opened no connection.
 */
export function recordConnectionAttempts() {
  const attempts: string[] = [];
  const onSocket = (message: unknown) => {
    (message as { socket: Socket }).socket.on("connectionAttempt", (ip: string) => attempts.push(ip));
  };
  dc.subscribe("net.client.socket", onSocket);
  return { attempts, stop: () => dc.unsubscribe("net.client.socket", onSocket) };
}

/** Loopback, the only range a test may send a packet to. */
export const isLoopback = (ip: string) => /^127\./.test(ip) || ip === "::1" || ip === "::ffff:127.0.0.1";
