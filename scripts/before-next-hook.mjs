// Loaded into every app instance (`node --import`, see serve.mjs) before Next starts. Once the app has opened
// its database it installs what answers before Next (server/before-next.ts: the intake lane and the public
// cache) on globalThis; from then on each request is offered to those first, and goes to Next if none takes it.
// The app's request scope (an id per request) wraps all of it.
import http from "node:http";

const HOOK = Symbol.for("sigap.before-next");
// Runs each request inside the app's request scope (its id, for logs and audit rows), once the app installed it.
const SCOPE = Symbol.for("sigap.request-scope-hook");
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function (event, ...args) {
  if (event !== "request") return emit.call(this, event, ...args);
  const [req, res] = args;
  const handle = () => {
    const take = globalThis[HOOK];
    if (take && take(req, res, () => emit.call(this, event, ...args))) return true;
    return emit.call(this, event, ...args);
  };
  const scope = globalThis[SCOPE];
  return scope ? scope(req, res, handle) : handle();
};
