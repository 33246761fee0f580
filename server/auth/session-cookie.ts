// Auth.js names its session cookie this way, with a __Secure- prefix over HTTPS and .0, .1… when chunked.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * Whether a request carries a session at all. Most requests in a surge are anonymous reports: they skip
 * Auth.js's session decoding entirely (about a millisecond each on this hardware).
 */
export function hasSessionCookie(names: Iterable<string>): boolean {
  for (const name of names) if (SESSION_COOKIE.test(name)) return true;
  return false;
}
