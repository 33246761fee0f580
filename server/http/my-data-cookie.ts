import { env } from "@/server/env";
import { isHttps } from "./security-headers";

/** The reporter's "my data" session, after the one-time code: the cookie carries it, the database checks it. */
export const MY_DATA_COOKIE = "sigap_my_data";

/**
 * HttpOnly, for this site's pages only (SameSite=Strict: no other site's link or form carries it), and Secure
 * whenever the site is served over https.
 */
export function myDataCookieOptions(requestUrl: string, forwardedProto: string | null, expires: Date) {
  const secure = (env.publicBaseUrl?.startsWith("https:") ?? false) || isHttps(requestUrl, forwardedProto, env.trustProxyHops);
  return { httpOnly: true, sameSite: "strict" as const, secure, path: "/", expires };
}
