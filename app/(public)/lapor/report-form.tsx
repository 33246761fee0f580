"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { submitReportForm } from "./actions";
import { Confirmation } from "./confirmation";
import { SimilarReports, type JoinChoice } from "./similar-reports";
import { DeviceReportsList } from "./device-reports-list";
import { useReportDraft } from "./use-report-draft";
import { useReportSubmission } from "./use-report-submission";
import { AttachmentsSection } from "./sections/attachments-section";
import { CatalogField } from "./sections/catalog-field";
import { useCatalogOptions } from "./sections/catalog-options";
import { CategorySection } from "./sections/category-section";
import { ContactSection } from "./sections/contact-section";
import { HappenedSection } from "./sections/happened-section";
import { LocationSection } from "./sections/location-section";
import type { RouterOutputs } from "@/app/_trpc/types";
import { Button } from "@/app/_components/form/button";

export type ServiceOption = RouterOutputs["catalog"]["services"][number];
export type PlaceOption = RouterOutputs["catalog"]["places"][number];

/**
 * The report form. Served as a plain HTML form that posts to a server action (`actions.ts`), so it works
 * without JavaScript and before the scripts arrive; once they run, it sends through the API with retries,
 * keeps a draft on the device, and offers the typing pickers, the map and "already reported?".
 */
export function ReportForm({
  services,
  places,
  tileUrl,
  tileAttribution,
  renderedAt,
  permalink,
}: {
  services: ServiceOption[];
  places: PlaceOption[];
  tileUrl: string;
  tileAttribution: string;
  /** "Now" in WIB as a `datetime-local` value, when the server rendered the page. */
  renderedAt: string;
  /** This page's address: a post before the scripts run comes back to it (see pagePermalink). */
  permalink: string;
}) {
  const t = useTranslations();
  const locale = useLocale() as "id" | "en";
  // Set only when the form was posted without JavaScript and refused: the form comes back with what was typed.
  const [posted, postWithoutScripts] = useActionState(submitReportForm, null, permalink);
  const { draft, setDraft, update, enhanced, loaded, formRef } = useReportDraft(posted, renderedAt);
  const { submit, offline, onSubmit, errors, setErrors, formError, attempt, done, setDone, errorSummary } = useReportSubmission({
    draft,
    setDraft,
    posted,
    locale,
  });
  const { serviceOptions, placeOptions, serviceChoices, placeChoices } = useCatalogOptions(services, places, locale);

  const join = (choice: JoinChoice) =>
    setDraft((d) => ({ ...d, joinIncidentId: choice.incidentId ?? "", joinComplaintId: choice.complaintId ?? "", joinLabel: choice.label }));

  if (done) {
    return (
      <>
        <Confirmation code={done.code} joined={done.joined} onAnother={() => setDone(null)} />
        <DeviceReportsList />
      </>
    );
  }
  if (offline.queued) {
    return (
      <>
        <p role="status" className="rounded-lg border border-amber-400 bg-amber-50 p-4 text-lg" data-testid="queued">
          {t("report.queued")}
        </p>
        <DeviceReportsList />
      </>
    );
  }

  const section = { draft, update, errors };

  return (
    <>
      {enhanced && <DeviceReportsList />}
      <form
        ref={formRef}
        action={postWithoutScripts}
        onSubmit={onSubmit}
        noValidate
        className="space-y-6"
        data-testid="report-form"
        data-enhanced={enhanced}
        aria-busy={submit.isPending}
      >
        <input type="hidden" name="idempotencyKey" value={draft.idempotencyKey} />
        <p className="text-sm text-slate-700">{t("report.requiredNote")}</p>
        {formError && (
          <div
            ref={errorSummary}
            tabIndex={-1}
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800"
            data-testid="form-error"
          >
            {formError}
            {posted && posted.filesDropped > 0 && !enhanced && <p className="mt-1">{t("report.filesAgain", { count: posted.filesDropped })}</p>}
          </div>
        )}

        <CategorySection {...section} />
        <CatalogField
          id="serviceId"
          label={t("report.service")}
          hint={t("report.serviceHint")}
          emptyLabel={t("report.chooseService")}
          placeholder={t("report.servicePlaceholder")}
          errors={errors.serviceId}
          enhanced={enhanced}
          choices={serviceChoices}
          options={serviceOptions}
          value={draft.serviceId}
          onChange={(id) => update("serviceId", id)}
        />
        <CatalogField
          id="placeId"
          label={t("report.place")}
          hint={t("report.placeHint")}
          emptyLabel={t("report.choosePlace")}
          placeholder={t("report.placePlaceholder")}
          errors={errors.placeId}
          enhanced={enhanced}
          choices={placeChoices}
          options={placeOptions}
          value={draft.placeId}
          onChange={(id) => update("placeId", id)}
        />

        {draft.joinLabel ? (
          <div className="flex items-start justify-between gap-3 rounded-lg border border-brand-700 bg-brand-50 p-3" data-testid="joining">
            <p>{t("report.joining", { what: draft.joinLabel })}</p>
            <button type="button" onClick={() => join({ label: "" })} className="text-sm font-medium text-brand-800 underline">
              {t("report.cancelJoin")}
            </button>
          </div>
        ) : (
          <SimilarReports serviceId={draft.serviceId} placeId={draft.placeId} onJoin={join} />
        )}

        <LocationSection {...section} enhanced={enhanced} places={places} tileUrl={tileUrl} tileAttribution={tileAttribution} />
        <HappenedSection {...section} />
        <AttachmentsSection {...section} setErrors={setErrors} />
        <ContactSection {...section} />

        {/* Honeypot: invisible to people and screen readers; bots fill it in. */}
        <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label htmlFor="website">Website</label>
          <input id="website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>

        <div className="sticky bottom-0 -mx-4 border-t border-slate-200 bg-slate-50/95 px-4 py-3">
          <Button size="lg" disabled={submit.isPending}>
            {submit.isPending
              ? attempt > 0
                ? t("report.retrying", { attempt })
                : t("report.submitting")
              : formError
                ? t("report.retry")
                : t("report.submit")}
          </Button>
          {loaded && <p className="mt-1 text-center text-xs text-slate-700">{t("report.draftSaved")}</p>}
        </div>
      </form>
    </>
  );
}
