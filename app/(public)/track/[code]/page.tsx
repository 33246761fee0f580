import { TRPCError } from "@trpc/server";
import { UpdateText } from "@/app/_components/update-text";
import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getServerCaller } from "@/app/_trpc/server";
import { TrackForm } from "@/app/(public)/track/track-form";
import { ClientProviders } from "@/app/_components/client-providers";
import { AddInformationForm } from "./add-information-form";
import { FixedCheckForm } from "./fixed-check-form";
import { RatingForm } from "./rating-form";
import { formatWib } from "@/server/i18n/jakarta-time";
import { Card } from "@/app/_components/form/card";
import { pagePermalink } from "@/app/_components/form/permalink";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("track");
  // Tracking pages are private to whoever holds the code.
  return { title: t("title"), robots: { index: false, follow: false } };
}

const NOTICES: Record<string, "track.addInfoDone" | "fixedCheck.thanks" | "fixedCheck.reopened" | "rating.saved"> = {
  info_added: "track.addInfoDone",
  rated: "rating.saved",
  fixed_thanks: "fixedCheck.thanks",
  reopened: "fixedCheck.reopened",
};

type Params = { params: Promise<{ code: string }>; searchParams: Promise<{ notice?: string }> };

export default async function TrackedComplaintPage({ params, searchParams }: Params) {
  const [{ code: raw }, { notice }] = await Promise.all([params, searchParams]);
  const code = decodeURIComponent(raw);
  const [t, locale, caller, permalink] = await Promise.all([
    getTranslations(),
    getLocale() as Promise<"id" | "en">,
    getServerCaller(),
    pagePermalink(),
  ]);
  let view;
  try {
    view = await caller.complaint.track({ code });
  } catch (error) {
    // The form again, with the code as typed. The status (404 for no such code, 429 when refused) is set before
    // Next by server/http/page-status.ts: a page cannot set it, and Next's notFound() streams an empty page
    // to a browser without JavaScript.
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST" || error.code === "TOO_MANY_REQUESTS")) {
      return (
        <section className="mx-auto max-w-md space-y-4">
          <h1 className="text-2xl font-bold">{t("track.title")}</h1>
          <TrackForm defaultCode={code} error={error.code === "TOO_MANY_REQUESTS" ? t("errors.trackThrottled") : t("track.notFound")} />
        </section>
      );
    }
    throw error;
  }
  const noticeKey = notice && Object.hasOwn(NOTICES, notice) ? NOTICES[notice] : null;
  const when = (d: Date) => formatWib(locale, d);
  const statusLabel = (s: string) => t(`publicStatus.${s as "received"}`);
  return (
    <article className="mx-auto max-w-xl space-y-6">
      {/* Where a form posted without JavaScript lands: what was just done, in the words the scripted forms use. */}
      {notice === "sent" && (
        <section aria-labelledby="done-title" className="space-y-2 rounded-lg border border-brand-700 bg-white p-4" data-testid="confirmation">
          <h2 id="done-title" className="text-xl font-bold">
            {t("report.doneTitle")}
          </h2>
          <p>{t("report.doneLead")}</p>
          <p className="text-sm text-slate-700">{t("report.codeLabel")}</p>
          <p className="font-mono text-3xl font-bold tracking-wider" data-testid="tracking-code">
            {view.trackingCode}
          </p>
        </section>
      )}
      {noticeKey && (
        <p role="status" className="rounded-md bg-brand-50 p-3" data-testid="notice">
          {t(noticeKey)}
        </p>
      )}
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("track.heading", { code: view.trackingCode })}</h1>
        <p className="text-sm text-slate-700">{t("track.status")}</p>
        <p className="inline-block rounded-full bg-brand-800 px-4 py-1.5 text-lg font-semibold text-white" data-testid="public-status">
          {statusLabel(view.status)}
        </p>
        {view.outcome && <p>{t("track.closedWith", { outcome: t(`outcomes.${view.outcome as "declined"}`) })}</p>}
      </header>

      {view.incident && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="incident-link">
          <Link href={`/insiden/${view.incident.code}`} className="underline">
            {t("track.incident", { code: view.incident.code, title: view.incident.title[locale] })}
          </Link>{" "}
          — {t(`incidentPublicStatus.${view.incident.status as "investigating"}`)}
        </p>
      )}

      {view.canAddInformation && (
        <section aria-labelledby="add-info" className="space-y-2 rounded-lg border border-brand-700 bg-white p-4">
          <h2 id="add-info" className="text-lg font-semibold">
            {t("track.addInfoTitle")}
          </h2>
          <p className="text-slate-700">{t("track.addInfoLead")}</p>
          <ClientProviders>
            <AddInformationForm code={view.trackingCode} idempotencyKey={`info_${crypto.randomUUID().replaceAll("-", "")}`} permalink={permalink} />
          </ClientProviders>
        </section>
      )}

      {view.fixedCheckOpen && (
        <section id="fixed" aria-labelledby="fixed-title" className="space-y-2 rounded-lg border border-brand-700 bg-white p-4">
          <h2 id="fixed-title" className="text-lg font-semibold">
            {t("fixedCheck.title")}
          </h2>
          <p className="text-slate-700">{t("fixedCheck.lead")}</p>
          <ClientProviders>
            <FixedCheckForm code={view.trackingCode} permalink={permalink} />
          </ClientProviders>
        </section>
      )}

      {(view.canRate || view.rating) && (
        <section
          id="rating"
          aria-labelledby="rating-title"
          className="space-y-2 rounded-lg border border-brand-700 bg-white p-4"
          data-testid="rating"
        >
          <h2 id="rating-title" className="text-lg font-semibold">
            {t("rating.title")}
          </h2>
          {view.rating && (
            <p data-testid="own-rating">
              {t("rating.yours", { score: view.rating.score })}{" "}
              {view.canRate ? t("rating.until", { date: when(view.rating.changeableUntil) }) : t("rating.locked")}
            </p>
          )}
          {view.canRate && (
            <>
              <p className="text-slate-700">{t("rating.lead")}</p>
              <ClientProviders>
                <RatingForm code={view.trackingCode} permalink={permalink} current={view.rating} />
              </ClientProviders>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="timeline" className="space-y-3">
        <h2 id="timeline" className="text-lg font-semibold">
          {t("track.timeline")}
        </h2>
        <ol className="space-y-3 border-l-2 border-brand-700 pl-4" data-testid="timeline">
          {view.timeline.map((item, i) => (
            <li key={i} className="space-y-0.5">
              <p className="text-sm text-slate-700">
                <time dateTime={item.at.toISOString()}>{when(item.at)}</time>
              </p>
              {item.kind === "status" && (
                <>
                  <p className="font-medium">{t("track.statusChange", { status: statusLabel(item.status) })}</p>
                  {item.note && <p className="text-slate-800">{item.note}</p>}
                </>
              )}
              {item.kind === "message" && (
                <>
                  <p className="font-medium">{item.fromReporter ? t("track.messageFromYou") : t("track.messageFromStaff")}</p>
                  <p className="whitespace-pre-line text-slate-800">{item.body}</p>
                </>
              )}
              {item.kind === "incident_update" && (
                <>
                  <p className="font-medium">
                    {item.byAgency ? t("track.agencyStatement") : t("track.incidentUpdate")} ·{" "}
                    {t(`incidentPublicStatus.${item.status as "investigating"}`)}
                  </p>
                  <UpdateText update={item} as="p" className="whitespace-pre-line text-slate-800" />
                </>
              )}
            </li>
          ))}
        </ol>
      </section>

      <Card className="space-y-2" aria-labelledby="summary">
        <h2 id="summary" className="text-lg font-semibold">
          {t("track.yourReport")}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-700">{t("track.category")}</dt>
          <dd>{t(`categories.${view.category as "other"}`)}</dd>
          {view.serviceName && (
            <>
              <dt className="text-slate-700">{t("track.service")}</dt>
              <dd>{view.serviceName[locale]}</dd>
            </>
          )}
          {view.agencyName && (
            <>
              <dt className="text-slate-700">{t("track.agency")}</dt>
              <dd>{view.agencyName[locale]}</dd>
            </>
          )}
          {view.placeName && (
            <>
              <dt className="text-slate-700">{t("track.place")}</dt>
              <dd>{view.placeName}</dd>
            </>
          )}
          <dt className="text-slate-700">{t("track.occurredAt")}</dt>
          <dd>{when(view.occurredAt)}</dd>
          <dt className="text-slate-700">{t("track.submittedAt")}</dt>
          <dd>{when(view.submittedAt)}</dd>
        </dl>
        <p className="whitespace-pre-line text-slate-900">{view.description}</p>
        {view.attachmentCount > 0 && <p className="text-sm text-slate-700">{t("track.attachments", { count: view.attachmentCount })}</p>}
      </Card>
      <Card className="space-y-1" aria-labelledby="my-data">
        <h2 id="my-data" className="text-lg font-semibold">
          {t("track.myDataTitle")}
        </h2>
        <p className="text-slate-700">{t("track.myDataLead")}</p>
        <Link
          href={`/data-saya?code=${encodeURIComponent(view.trackingCode)}`}
          className="font-semibold text-brand-800 underline"
          data-testid="my-data-link"
        >
          {t("track.myDataLink")}
        </Link>
      </Card>
    </article>
  );
}
