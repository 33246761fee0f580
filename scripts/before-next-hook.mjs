// Loaded into every app instance (`node --import`, see serve.mjs) before Next starts. Once the app has opened
// its database it installs what answers before Next (server/before-next.ts: the intake lane and the public
// cache) on globalThis; from then on each request is offered to those first, and goes to Next if none takes it.
import http from "node:http";

const HOOK = Symbol.for("sigap.before-next");
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function (event, ...args) {
  const take = event === "request" ? globalThis[HOOK] : undefined;
  if (take) {
    const [req, res] = args;
    if (take(req, res, () => emit.call(this, event, ...args))) return true;
  }
  return emit.call(this, event, ...args);
};
