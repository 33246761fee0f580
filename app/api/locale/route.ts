import { z } from "zod";
import { withErrorResponses } from "@/server/http/http-errors";
import { sameSitePath } from "@/server/auth/return-path";
import { LOCALES } from "@/server/db/schema/constants";
import { LOCALE_COOKIE, localizedPath } from "@/server/i18n/locale";

const switchInput = z.object({ locale: z.enum(LOCALES), path: z.unknown() });

/**
 * The language switch: remembers the choice and opens the same page at its URL in that language. A plain form
 * post and a full page load (a client-side navigation would keep the page's frame in the old language).
 */
export const POST = withErrorResponses(async (req: Request) => {
  const form = await req.formData().catch(() => new FormData());
  const { locale, path } = switchInput.parse({ locale: form.get("locale"), path: form.get("path") });
  // The field comes from our page, but a post can say anything: only a path on this site.
  const headers = new Headers({ location: localizedPath(locale, sameSitePath(path, "/")), "cache-control": "private, no-store" });
  headers.append("set-cookie", `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${365 * 24 * 3600}; SameSite=Lax; HttpOnly`);
  return new Response(null, { status: 303, headers });
});
