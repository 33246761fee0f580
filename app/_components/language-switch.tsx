import { getLocale, getTranslations } from "next-intl/server";
import { switchLanguage } from "./language-actions";

export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("language")]);
  const other = locale === "id" ? "en" : "id";
  return (
    <form action={switchLanguage}>
      <input type="hidden" name="locale" value={other} />
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
