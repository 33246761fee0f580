import { Link } from "@/app/_components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getServerCaller } from "@/app/_trpc/server";
import { OfflineWorker } from "@/app/_components/offline-worker";

/** During a major outage every public page says the Ombudsman knows, and links to the incident. */
export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const [caller, t, locale] = await Promise.all([getServerCaller(), getTranslations(), getLocale() as Promise<"id" | "en">]);
  const active = await caller.incident.activeMajor().catch(() => []);
  return (
    <>
      {active.length > 0 && (
        <div role="status" className="mb-4 rounded-lg border-l-4 border-red-700 bg-red-50 p-3 print:hidden" data-testid="incident-banner">
          <p className="font-semibold">{t("board.banner")}</p>
          <ul>
            {active.map((i) => (
              <li key={i.code}>
                <Link href={`/insiden/${i.code}`} className="underline">
                  {i.title[locale]}
                </Link>{" "}
                — {t(`incidentPublicStatus.${i.status as "identified"}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {children}
      <OfflineWorker />
    </>
  );
}
