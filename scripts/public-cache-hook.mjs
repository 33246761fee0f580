// Loaded into every app instance (`node --import`, see serve.mjs) before Next starts. Once the app has opened
// its database it installs its public cache (server/public-cache/install.ts) on globalThis; from then on each
// request is offered to the cache first, which answers anonymous reads of public pages or hands the request on.
import http from "node:http";

const HOOK = Symbol.for("sigap.public-cache");
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function (event, ...args) {
  const cache = event === "request" ? globalThis[HOOK] : undefined;
  if (cache) {
    const [req, res] = args;
    if (cache(req, res, () => emit.call(this, event, ...args))) return true;
  }
  return emit.call(this, event, ...args);
};
