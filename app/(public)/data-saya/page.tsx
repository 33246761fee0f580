import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { Link } from "@/app/_components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MY_DATA_COOKIE } from "@/server/http/my-data-cookie";
import type { RouterOutputs } from "@/app/_trpc/types";
import { formatWib } from "@/server/i18n/jakarta-time";
import { ClientProviders } from "@/app/_components/client-providers";
import { getServerCaller } from "@/app/_trpc/server";
import { endSessionForm } from "./actions";
import { pagePermalink } from "@/app/_components/form/permalink";
import { PrivacyRequestForm, RequestByCodeForm, RequestByContactForm, VerifyCodeForm } from "./my-data-forms";
import { Card } from "@/app/_components/form/card";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("myData");
  return { title: t("title"), robots: { index: false, follow: false } };
}

const NOTICES = ["requested", "ended", "expired", "no_contact", "unreachable"] as const;
type Search = { c?: string; via?: string; code?: string; notice?: string };

/** A reporter's own data (UU PDP art. 5–9): prove who you are with a one-time code, then see, download and ask. */
export default async function MyDataPage({ searchParams }: { searchParams: Promise<Search> }) {
  const [search, t, caller, jar, permalink] = await Promise.all([
    searchParams,
    getTranslations("myData"),
    getServerCaller(),
    cookies(),
    pagePermalink(),
  ]);
  const session = jar.get(MY_DATA_COOKIE)?.value;
  // An ended or expired session shows the first step again; anything else is a real failure.
  const data = session
    ? await caller.privacy.myData({ session }).catch((error: unknown) => {
        if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "BAD_REQUEST")) return null;
        throw error;
      })
    : null;
  const notice = NOTICES.find((n) => n === search.notice);
  return (
    <ClientProviders>
      <div className="mx-auto max-w-2xl space-y-5">
        <header className="space-y-2">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p>{t("intro")}</p>
        </header>
        {notice && (
          <p role="status" className="rounded-md bg-brand-50 p-3" data-testid="notice">
            {t(`notices.${notice}`)}
          </p>
        )}
        {data ? (
          <Held complaints={data.complaints} permalink={permalink} />
        ) : search.c ? (
          <section className="space-y-3 rounded-lg border border-brand-700 bg-white p-4">
            <h2 className="text-lg font-semibold">{t("otpTitle")}</h2>
            <p>{search.via === "whatsapp" ? t("sentWhatsApp") : search.via === "email" ? t("sentEmail") : t("sentContact")}</p>
            <VerifyCodeForm challengeId={search.c} permalink={permalink} />
            <p className="text-sm">
              <Link href="/data-saya" className="text-brand-800 underline">
                {t("newCode")}
              </Link>
            </p>
          </section>
        ) : (
          <>
            <section className="space-y-3 rounded-lg border border-brand-700 bg-white p-4">
              <h2 className="text-lg font-semibold">{t("byCodeTitle")}</h2>
              <RequestByCodeForm defaultCode={search.code ?? ""} permalink={permalink} />
            </section>
            <Card className="space-y-3">
              <h2 className="text-lg font-semibold">{t("byContactTitle")}</h2>
              <RequestByContactForm permalink={permalink} />
            </Card>
          </>
        )}
      </div>
    </ClientProviders>
  );
}

/** What is held, per complaint, with the download and the request forms. */
async function Held({ complaints, permalink }: { complaints: RouterOutputs["privacy"]["myData"]["complaints"]; permalink: string }) {
  const [t, root, locale] = await Promise.all([getTranslations("myData"), getTranslations(), getLocale() as Promise<"id" | "en">]);
  const when = (d: Date | string | null) => (d ? formatWib(locale, new Date(d)) : "—");
  return (
    <>
      <Card className="flex flex-wrap items-center gap-3">
        {/* A plain link: the browser saves the file, scripts or not. */}
        <a href="/api/privacy/export" download className="rounded-md bg-brand-800 px-4 py-2 font-semibold text-white" data-testid="download-json">
          {t("download")}
        </a>
        <form action={endSessionForm}>
          <button type="submit" className="rounded-md border border-brand-800 px-4 py-2 font-semibold text-brand-800">
            {t("done")}
          </button>
        </form>
      </Card>
      {complaints.length === 0 && <p>{t("nothingHeld")}</p>}
      {complaints.map((c) => {
        const open = new Set(c.requests.filter((r) => r.status === "open").map((r) => r.kind));
        return (
          <Card as="article" className="space-y-3" key={c.complaintId} data-testid="held-complaint">
            <h2 className="text-lg font-semibold">{t("complaintTitle", { code: c.trackingCode })}</h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-700">{t("status")}</dt>
              <dd>{root(`publicStatus.${c.status as "received"}`)}</dd>
              <dt className="text-slate-700">{t("name")}</dt>
              <dd data-testid="held-name">{c.contact?.name ?? "—"}</dd>
              <dt className="text-slate-700">{t("email")}</dt>
              <dd data-testid="held-email">{c.contact?.email ?? "—"}</dd>
              <dt className="text-slate-700">{t("phone")}</dt>
              <dd>{c.contact?.phone ?? "—"}</dd>
              {c.contact?.anonymizedAt && (
                <>
                  <dt className="text-slate-700">{t("anonymizedAt")}</dt>
                  <dd>{when(c.contact.anonymizedAt)}</dd>
                </>
              )}
              <dt className="text-slate-700">{t("staffSee")}</dt>
              <dd>{c.confidential ? c.staffSeeYouAs : t("notConfidential")}</dd>
              <dt className="text-slate-700">{t("submittedAt")}</dt>
              <dd>{when(c.submittedAt)}</dd>
            </dl>
            <p className="whitespace-pre-line text-slate-900">{c.report.description}</p>
            <p className="text-sm text-slate-700">
              {t("counts", { messages: c.messages.length, files: c.attachments.length, notices: c.notificationsSent.length })}
            </p>
            <section className="space-y-1">
              <h3 className="font-semibold">{t("revealsTitle")}</h3>
              {c.identityShownToStaff.length === 0 ? (
                <p className="text-sm">{t("noReveals")}</p>
              ) : (
                <ul className="list-disc pl-5 text-sm">
                  {c.identityShownToStaff.map((r, i) => (
                    <li key={i}>{t("reveal", { at: when(r.at), role: r.role ? root(`roles.${r.role as "admin"}`) : "—" })}</li>
                  ))}
                </ul>
              )}
            </section>
            <section className="space-y-1">
              <h3 className="font-semibold">{t("requestsTitle")}</h3>
              <ul className="space-y-1 text-sm" data-testid="my-requests">
                {c.requests.map((r, i) => (
                  <li key={i}>
                    {t(`kinds.${r.kind}`)} · {t(`statuses.${r.status}`)} · {t("requestedAt", { at: when(r.requestedAt) })}
                    {r.status === "open" ? ` · ${t("dueAt", { at: when(r.dueAt) })}` : ` · ${t("decidedAt", { at: when(r.decidedAt) })}`}
                    {r.reason && <span className="block text-slate-700">{r.reason}</span>}
                  </li>
                ))}
              </ul>
            </section>
            {(["correction", "withdrawal", "erasure"] as const).map((kind) =>
              open.has(kind) ? null : <PrivacyRequestForm key={kind} complaintId={c.complaintId} kind={kind} permalink={permalink} />,
            )}
          </Card>
        );
      })}
    </>
  );
}
