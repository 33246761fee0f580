import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { JAKARTA_TIME_ZONE } from "./jakarta-time";
import { LOCALE_COOKIE, LOCALE_HEADER, requestLocale } from "./locale";
import { MESSAGES } from "./messages";

// next-intl without its routing: the proxy turns an `/en/…` URL into this header; other URLs use the cookie.
export default getRequestConfig(async () => {
  const [headerStore, cookieStore] = await Promise.all([headers(), cookies()]);
  const locale = requestLocale(headerStore.get(LOCALE_HEADER), cookieStore.get(LOCALE_COOKIE)?.value);
  return { locale, messages: MESSAGES[locale], timeZone: JAKARTA_TIME_ZONE };
});
