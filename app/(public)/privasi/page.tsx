import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/app/_components/link";
import { getServerCaller } from "@/app/_trpc/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("title"), description: t("lead") };
}

const COLLECTED = ["contact", "report", "files", "address", "channels"] as const;
const KEPT = ["contactDaysAfterClose", "attachmentDaysAfterClose", "fingerprintDays", "conversationDays", "outboxDays"] as const;

/** The public privacy notice (UU PDP art. 21): printed from the same retention schedule the nightly job applies. */
export default async function PrivacyPage() {
  const [t, caller] = await Promise.all([getTranslations("privacy"), getServerCaller()]);
  const schedule = await caller.privacy.retention();
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("lead")}</p>
      </header>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("collectedTitle")}</h2>
        <ul className="list-disc space-y-1 pl-5">
          {COLLECTED.map((k) => (
            <li key={k}>{t(`collected.${k}`)}</li>
          ))}
        </ul>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("whoTitle")}</h2>
        <p>{t("who")}</p>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("keptTitle")}</h2>
        <table className="w-full text-left text-sm" data-testid="retention-schedule">
          <tbody>
            {KEPT.map((k) => (
              <tr key={k} className="border-b border-slate-200">
                <th scope="row" className="py-1 pr-3 font-medium">
                  {t(`kept.${k}`)}
                </th>
                <td className="py-1">{t("days", { n: schedule[k] })}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm">{t("keptNote")}</p>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("rightsTitle")}</h2>
        <p>{t("rights")}</p>
        <p>
          <Link href="/data-saya" className="font-semibold text-brand-800 underline">
            {t("rightsLink")}
          </Link>
        </p>
      </section>
    </div>
  );
}
