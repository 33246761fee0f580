import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { PATH_HEADER } from "@/server/i18n/locale";

export async function LanguageSwitch() {
  const [locale, t, headerStore] = await Promise.all([getLocale(), getTranslations("language"), headers()]);
  const other = locale === "id" ? "en" : "id";
  return (
    <form method="post" action="/api/locale">
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="path" value={headerStore.get(PATH_HEADER) ?? "/"} />
      <button
        type="submit"
        lang={other}
        aria-label={t("switchLabel")}
        className="rounded-md border border-white/60 px-3 py-1.5 text-sm font-medium text-white hover:bg-white/10"
      >
        {t("switch")}
      </button>
    </form>
  );
}
