// Loaded into every app instance (`node --import`, see serve.mjs) before Next starts. Next fills
// X-Forwarded-For from the socket only when the client sent none, so with no proxy in front a client could
// name any address it likes and walk past every per-address limit. Here each request's header becomes the
// chain the app can trust: what the proxies wrote, then the address the socket really came from. With
// TRUST_PROXY_HOPS=0 a client's own header is dropped and the chain is the socket's address alone.
import http from "node:http";

const hops = Number.parseInt(process.env.TRUST_PROXY_HOPS || "0", 10) || 0;
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function (event, ...args) {
  if (event === "request") {
    const req = args[0];
    const peer = req.socket?.remoteAddress ?? "";
    const sent = req.headers["x-forwarded-for"];
    req.headers["x-forwarded-for"] = hops > 0 && sent ? `${sent}, ${peer}` : peer;
  }
  return emit.call(this, event, ...args);
};
