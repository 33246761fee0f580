import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/app/_components/link";
import { formatWib } from "@/server/i18n/jakarta-time";
import { getServerCaller } from "@/app/_trpc/server";
import { requireRole } from "@/app/(staff)/_lib/current-user";
import { DecideRequestForm } from "./decide-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminPrivacy");
  return { title: t("title"), robots: { index: false } };
}

/** The admins' queue of reporters' personal-data requests, by legal deadline, and what was decided. */
export default async function PrivacyRequestsPage() {
  await requireRole(["admin"]);
  const [t, root, locale, caller] = await Promise.all([
    getTranslations("adminPrivacy"),
    getTranslations("myData"),
    getLocale() as Promise<"id" | "en">,
    getServerCaller(),
  ]);
  const [open, decided] = await Promise.all([caller.privacy.requests({ status: "open" }), caller.privacy.requests({ status: "decided" })]);
  const when = (d: Date | null) => (d ? formatWib(locale, d) : "—");
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
      </header>
      <section className="space-y-3" aria-labelledby="open-title">
        <h2 id="open-title" className="text-lg font-semibold">
          {t("open", { n: open.length })}
        </h2>
        {open.length === 0 && <p>{t("none")}</p>}
        <ul className="space-y-3" data-testid="privacy-queue">
          {open.map((r) => (
            <li key={r.id} className={`space-y-2 rounded-lg bg-white p-4 shadow-sm ${r.overdue ? "border-2 border-red-700" : ""}`}>
              <p className="font-semibold">
                {root(`kinds.${r.kind}`)} · {r.reporter} ·{" "}
                <Link href={`/console/complaints/${r.complaintId}`} className="font-mono text-brand-800 underline">
                  {r.trackingCode}
                </Link>
              </p>
              <p className="text-sm">
                {t("requested", { at: when(r.requestedAt) })} ·{" "}
                <span className={r.overdue ? "font-semibold text-red-700" : ""}>{t(r.overdue ? "overdue" : "due", { at: when(r.dueAt) })}</span> ·{" "}
                {r.article}
              </p>
              {r.details && Object.keys(r.details).length > 0 && (
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                  {Object.entries(r.details).map(([k, v]) => (
                    <div key={k} className="contents">
                      <dt className="text-slate-700">{t(`details.${k as "note"}`)}</dt>
                      <dd className="whitespace-pre-line">{v}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {r.kind === "erasure" && r.caseOpen && <p className="rounded-md bg-amber-50 p-2 text-sm">{t("examinationOpen")}</p>}
              {r.kind === "withdrawal" && <p className="text-sm text-slate-700">{t("withdrawalEffect")}</p>}
              <DecideRequestForm requestId={r.id} />
            </li>
          ))}
        </ul>
      </section>
      <section className="space-y-2" aria-labelledby="decided-title">
        <h2 id="decided-title" className="text-lg font-semibold">
          {t("decided")}
        </h2>
        {decided.length === 0 && <p>{t("noneDecided")}</p>}
        <ul className="space-y-1 text-sm" data-testid="privacy-decided">
          {decided.map((r) => (
            <li key={r.id}>
              {root(`kinds.${r.kind}`)} · {r.trackingCode} · {root(`statuses.${r.status}`)} · {when(r.decidedAt)} · {r.decidedBy ?? "—"} · {r.reason}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
