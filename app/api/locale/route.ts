import { isLocale, LOCALE_COOKIE, localizedPath } from "@/server/i18n/locale";

/**
 * The language switch: remembers the choice and opens the same page at its URL in that language. A plain form
 * post and a full page load (a client-side navigation would keep the page's frame in the old language).
 */
export async function POST(req: Request) {
  const form = await req.formData().catch(() => null);
  const locale = form?.get("locale");
  const path = form?.get("path");
  if (!isLocale(locale)) return new Response("locale must be id or en", { status: 400 });
  // Only a path on this site (not "//other.example"): the field comes from our page, but a post can say anything.
  const safe = typeof path === "string" && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
  const headers = new Headers({ location: localizedPath(locale, safe), "cache-control": "private, no-store" });
  headers.append("set-cookie", `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${365 * 24 * 3600}; SameSite=Lax; HttpOnly`);
  return new Response(null, { status: 303, headers });
}
