import { getTranslations } from "next-intl/server";
import { inputClass } from "@/app/_components/field";

/** The "from" and "to" days of a GET filter form (statistics, the map): Jakarta calendar days, both included. */
export async function PeriodFields({ from, to }: { from: string | null; to: string | null }) {
  const t = await getTranslations("statistics");
  return (
    <>
      <label className="text-sm">
        <span className="block font-medium">{t("from")}</span>
        <input type="date" name="from" defaultValue={from ?? ""} className={inputClass} />
      </label>
      <label className="text-sm">
        <span className="block font-medium">{t("to")}</span>
        <input type="date" name="to" defaultValue={to ?? ""} className={inputClass} />
      </label>
    </>
  );
}
