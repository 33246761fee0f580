import { getTranslations } from "next-intl/server";

export async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <section className="space-y-2">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
    </section>
  );
}
