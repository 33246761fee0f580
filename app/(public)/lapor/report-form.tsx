"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { fromWibInput } from "@/server/i18n/jakarta-time";
import { isRetryable, type FieldErrors } from "@/app/_components/field-errors";
import { toMultipart } from "@/app/_components/files-field";
import { useTRPC } from "@/app/_trpc/client";
import { submitReportForm } from "./actions";
import { Confirmation } from "./confirmation";
import { clearDraft, emptyDraft, newIdempotencyKey, type Draft } from "./draft-store";
import { SimilarReports, type JoinChoice } from "./similar-reports";
import { DeviceReportsList } from "./device-reports-list";
import { useOfflineQueue } from "./use-offline-queue";
import { useReportDraft } from "./use-report-draft";
import { AttachmentsSection } from "./sections/attachments-section";
import { CatalogField } from "./sections/catalog-field";
import { useCatalogOptions } from "./sections/catalog-options";
import { CategorySection } from "./sections/category-section";
import { ContactSection } from "./sections/contact-section";
import { HappenedSection } from "./sections/happened-section";
import { LocationSection } from "./sections/location-section";
import { rememberSent } from "@/app/_sw/device-reports";
import type { RouterOutputs } from "@/app/_trpc/types";
import { Button } from "@/app/_components/form/button";

export type ServiceOption = RouterOutputs["catalog"]["services"][number];
export type PlaceOption = RouterOutputs["catalog"]["places"][number];

/** No answer at all (offline, connection reset): a case for the service worker, unlike a server's 5xx. */
function isNetworkFailure(error: unknown): boolean {
  return !(error instanceof TRPCClientError) || (error.data as { httpStatus?: number } | undefined)?.httpStatus === undefined;
}

/** The procedure's input; multipart only when there are files: a report without photos travels as plain JSON. */
function toSubmission(data: Record<string, unknown>, files: File[]): FormData | Record<string, unknown> {
  return files.length > 0 ? toMultipart(data, files) : data;
}

function submissionData(draft: Draft, locale: string): Record<string, unknown> {
  return {
    idempotencyKey: draft.idempotencyKey,
    category: draft.category,
    serviceId: draft.serviceId,
    placeId: draft.placeId,
    addressText: draft.addressText,
    lat: draft.lat ?? undefined,
    lng: draft.lng ?? undefined,
    occurredAt: fromWibInput(draft.occurredAt),
    description: draft.description,
    language: locale,
    contactName: draft.contactName,
    contactEmail: draft.contactEmail,
    contactPhone: draft.contactPhone,
    confidential: draft.confidential,
    alreadyComplainedToAgency: draft.alreadyComplainedToAgency,
    joinIncidentId: draft.joinIncidentId,
    joinComplaintId: draft.joinComplaintId,
    website: (document.getElementById("website") as HTMLInputElement | null)?.value ?? "",
  };
}

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
  const trpc = useTRPC();
  // Set only when the form was posted without JavaScript and refused: the form comes back with what was typed.
  const [posted, postWithoutScripts] = useActionState(submitReportForm, null, permalink);
  const { draft, setDraft, update, enhanced, loaded, formRef } = useReportDraft(posted, renderedAt);
  const [errors, setErrors] = useState<FieldErrors>(posted?.fieldErrors ?? {});
  const [formError, setFormError] = useState<string | null>(posted?.formError ?? null);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<{ code: string; joined: boolean } | null>(null);
  const errorSummary = useRef<HTMLDivElement>(null);

  const { serviceOptions, placeOptions, serviceChoices, placeChoices } = useCatalogOptions(services, places, locale);

  const finish = async (code: string, key: string, joined: boolean) => {
    await Promise.all([clearDraft(), rememberSent({ code, key, sentAt: new Date().toISOString() })]);
    setDone({ code, joined });
    setDraft(emptyDraft());
    window.scrollTo({ top: 0 });
  };
  // Sent while the network was away: the service worker holds it and says when it went.
  const offline = useOfflineQueue({
    data: (d) => submissionData(d, locale),
    onSent: (code, key) => void finish(code, key, false),
    onRefused: (d, message) => {
      setDraft(d);
      setFormError(message || t("errors.fixBelow"));
    },
  });
  const queue = async (d: Draft) => {
    const handedOver = await offline.queue(d, locale);
    if (handedOver) await clearDraft();
    return handedOver;
  };
  const sentDraft = useRef<Draft>(draft);

  const submit = useMutation(
    trpc.complaint.submit.mutationOptions({
      // Not paused while offline (React Query's default): the service worker takes over instead.
      networkMode: "always",
      // A blip is retried here; a network still away after one retry (or plainly offline) goes to the worker.
      retry: (failures, error) =>
        failures < 4 && isRetryable(error) && !(offline.canQueue && isNetworkFailure(error) && (failures >= 1 || !navigator.onLine)),
      retryDelay: (failures) => Math.min(1000 * 2 ** failures, 8000),
      onSuccess: (result) => finish(result.trackingCode, sentDraft.current.idempotencyKey, result.incidentId !== null),
      onError: async (error) => {
        if (isNetworkFailure(error) && (await queue(sentDraft.current))) return;
        const data = error instanceof TRPCClientError ? (error.data as { fieldErrors?: FieldErrors | null } | undefined) : undefined;
        const fieldErrors = data?.fieldErrors ?? {};
        // The key was used for other content (an earlier send the answer of which was lost, then edited): this
        // draft is a new report now, so it gets a new key.
        if (error instanceof TRPCClientError && (error.data as { httpStatus?: number } | undefined)?.httpStatus === 422) {
          setDraft((d) => ({ ...d, idempotencyKey: newIdempotencyKey() }));
        }
        setErrors(fieldErrors);
        setFormError(fieldErrors._form?.join(" ") ?? (isRetryable(error) ? t("errors.network") : t("errors.fixBelow")));
        requestAnimationFrame(() => errorSummary.current?.focus());
      },
    }),
  );
  useEffect(() => {
    if (submit.failureCount > 0 && submit.isPending) setAttempt(submit.failureCount);
  }, [submit.failureCount, submit.isPending]);

  const sendOrQueue = async (sent: Draft) => {
    if (!navigator.onLine && (await queue(sent))) return;
    submit.mutate(toSubmission(submissionData(sent, locale), sent.files));
  };
  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    if (submit.isPending || offline.queued) return; // a double tap sends once; retries reuse the same key anyway
    setErrors({});
    setFormError(null);
    setAttempt(0);
    sentDraft.current = draft;
    void sendOrQueue(draft);
  };

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
