"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useMemo, useRef, useState } from "react";
import { ATTACHMENT_ACCEPT, COMPLAINT_CATEGORIES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@/server/db/schema/constants";
import { fromWibInput } from "@/server/i18n/jakarta-time";
import { Field, inputClass } from "../../_components/field";
import type { FieldErrors } from "../../_components/field-errors";
import { toMultipart } from "../../_components/files-field";
import { useTRPC } from "../../_trpc/client";
import { submitReportForm } from "./actions";
import { CatalogPicker, type PickerOption } from "./catalog-picker";
import { CatalogSelect, type SelectOption } from "./catalog-select";
import { Confirmation } from "./confirmation";
import { blankDraft, clearDraft, draftFromValues, emptyDraft, loadDraft, newIdempotencyKey, saveDraft, typedBeforeHydration, type Draft } from "./draft-store";
import { SimilarReports, type JoinChoice } from "./similar-reports";
import { DeviceReportsList } from "./device-reports-list";
import { useOfflineQueue } from "./use-offline-queue";
import { rememberSent } from "../../_sw/device-reports";
import type { RouterOutputs } from "../../_trpc/types";

const MapPicker = dynamic(() => import("./map-picker"), { ssr: false });

export type ServiceOption = RouterOutputs["catalog"]["services"][number];
export type PlaceOption = RouterOutputs["catalog"]["places"][number];

const DEFAULT_CENTER: [number, number] = [-6.1256, 106.6559];


/** Network trouble and server hiccups are worth retrying with the same key; a 4xx answer is not. */
function isRetryable(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return true;
  const status = (error.data as { httpStatus?: number } | undefined)?.httpStatus;
  return status === undefined || status >= 500;
}

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
}: {
  services: ServiceOption[];
  places: PlaceOption[];
  tileUrl: string;
  tileAttribution: string;
  /** "Now" in WIB as a `datetime-local` value, when the server rendered the page. */
  renderedAt: string;
}) {
  const t = useTranslations();
  const locale = useLocale() as "id" | "en";
  const trpc = useTRPC();
  // Set only when the form was posted without JavaScript and refused: the form comes back with what was typed.
  const [posted, postWithoutScripts] = useActionState(submitReportForm, null);
  const [rendered] = useState<Draft>(() => (posted ? draftFromValues(posted.values) : blankDraft(renderedAt)));
  const [draft, setDraft] = useState<Draft>(rendered);
  const [enhanced, setEnhanced] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [loaded, setLoaded] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>(posted?.fieldErrors ?? {});
  const [formError, setFormError] = useState<string | null>(posted?.formError ?? null);
  const [attempt, setAttempt] = useState(0);
  const [mapOpen, setMapOpen] = useState(false);
  // Known only in the browser: read after hydration, so the server's HTML and the first client render agree.
  const [canLocate, setCanLocate] = useState(false);
  useEffect(() => setCanLocate("geolocation" in navigator), []);
  const [done, setDone] = useState<{ code: string; joined: boolean } | null>(null);
  const errorSummary = useRef<HTMLDivElement>(null);

  // Scripts take over: what was typed into the server's form wins, then a draft kept from before (reload, crash,
  // dropped connection), then a fresh one; from here on the draft is saved as it changes.
  useEffect(() => {
    const typed = formRef.current ? typedBeforeHydration(formRef.current, rendered) : {};
    setEnhanced(true);
    if (posted) {
      setDraft((d) => ({ ...d, ...typed, idempotencyKey: d.idempotencyKey || newIdempotencyKey() }));
      setLoaded(true);
      return;
    }
    void loadDraft().then((stored) => {
      setDraft({ ...(stored ?? emptyDraft()), ...typed });
      setLoaded(true);
    });
  }, [posted, rendered]);
  useEffect(() => {
    if (loaded) void saveDraft(draft);
  }, [draft, loaded]);

  const update = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const serviceOptions: PickerOption[] = useMemo(
    () =>
      services.map((s) => ({
        id: s.id,
        label: s.name[locale],
        detail: s.agency.name[locale],
        searchText: [s.name.id, s.name.en, s.agency.name.id, s.agency.name.en, s.agency.acronym ?? "", s.keywords].join(" "),
      })),
    [services, locale],
  );
  const placeOptions: PickerOption[] = useMemo(
    () => places.map((p) => ({ id: p.id, label: p.name, detail: [p.city, p.province].filter(Boolean).join(", "), searchText: [p.name, p.city, p.province].join(" ") })),
    [places],
  );
  const serviceChoices: SelectOption[] = useMemo(() => services.map((s) => ({ id: s.id, label: s.name[locale], group: s.agency.name[locale] })), [services, locale]);
  const placeChoices: SelectOption[] = useMemo(() => places.map((p) => ({ id: p.id, label: p.city ? `${p.name} (${p.city})` : p.name, group: p.province || p.city })), [places]);

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
    retry: (failures, error) => failures < 4 && isRetryable(error) && !(offline.canQueue && isNetworkFailure(error) && (failures >= 1 || !navigator.onLine)),
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

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (submit.isPending || offline.queued) return; // a double tap sends once; retries reuse the same key anyway
    setErrors({});
    setFormError(null);
    setAttempt(0);
    sentDraft.current = draft;
    if (!navigator.onLine && (await queue(draft))) return;
    submit.mutate(toSubmission(submissionData(draft, locale), draft.files));
  };

  const addFiles = (list: FileList | null) => {
    if (!list) return;
    const incoming = [...list];
    const tooBig = incoming.some((f) => f.size > MAX_ATTACHMENT_BYTES);
    const next = [...draft.files, ...incoming.filter((f) => f.size <= MAX_ATTACHMENT_BYTES)].slice(0, MAX_ATTACHMENTS);
    update("files", next);
    setErrors((e) => ({
      ...e,
      attachments: tooBig ? [t("errors.attachmentSize")] : draft.files.length + incoming.length > MAX_ATTACHMENTS ? [t("errors.attachmentCount")] : [],
    }));
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

  const fileErrors = Object.entries(errors)
    .filter(([k]) => k.startsWith("attachments"))
    .flatMap(([, v]) => v);

  return (
    <>
    {enhanced && <DeviceReportsList />}
    <form ref={formRef} action={postWithoutScripts} onSubmit={onSubmit} noValidate className="space-y-6" data-testid="report-form" data-enhanced={enhanced} aria-busy={submit.isPending}>
      <input type="hidden" name="idempotencyKey" value={draft.idempotencyKey} />
      <p className="text-sm text-slate-700">{t("report.requiredNote")}</p>
      {formError && (
        <div ref={errorSummary} tabIndex={-1} role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800" data-testid="form-error">
          {formError}
          {posted && posted.filesDropped > 0 && !enhanced && <p className="mt-1">{t("report.filesAgain", { count: posted.filesDropped })}</p>}
        </div>
      )}

      <fieldset className="space-y-2">
        <legend className="font-medium">
          {t("report.category")}
          <span aria-hidden="true"> *</span>
        </legend>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          {COMPLAINT_CATEGORIES.map((c) => (
            <label key={c} className="flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 has-checked:border-brand-700 has-checked:bg-brand-50">
              <input type="radio" name="category" value={c} checked={draft.category === c} onChange={() => update("category", c)} className="h-5 w-5" />
              <span>{t(`categories.${c}`)}</span>
            </label>
          ))}
        </div>
        {errors.category && <p className="text-sm font-medium text-red-700" data-field-error="category">{errors.category.join(" ")}</p>}
      </fieldset>

      <Field id="serviceId" label={t("report.service")} hint={t("report.serviceHint")} errors={errors.serviceId}>
        {(describedBy, invalid) =>
          !enhanced ? (
            <CatalogSelect id="serviceId" options={serviceChoices} value={draft.serviceId} onChange={(id) => update("serviceId", id)} emptyLabel={t("report.chooseService")} describedBy={describedBy} invalid={invalid} />
          ) : (
          <CatalogPicker
            id="serviceId"
            options={serviceOptions}
            selectedId={draft.serviceId}
            onSelect={(id) => update("serviceId", id)}
            placeholder={t("report.servicePlaceholder")}
            noMatch={t("report.noMatch")}
            changeLabel={t("report.change")}
            describedBy={describedBy}
            invalid={invalid}
          />
          )
        }
      </Field>

      <Field id="placeId" label={t("report.place")} hint={t("report.placeHint")} errors={errors.placeId}>
        {(describedBy, invalid) =>
          !enhanced ? (
            <CatalogSelect id="placeId" options={placeChoices} value={draft.placeId} onChange={(id) => update("placeId", id)} emptyLabel={t("report.choosePlace")} describedBy={describedBy} invalid={invalid} />
          ) : (
          <CatalogPicker
            id="placeId"
            options={placeOptions}
            selectedId={draft.placeId}
            onSelect={(id) => update("placeId", id)}
            placeholder={t("report.placePlaceholder")}
            noMatch={t("report.noMatch")}
            changeLabel={t("report.change")}
            describedBy={describedBy}
            invalid={invalid}
          />
          )
        }
      </Field>

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

      <Field id="addressText" label={t("report.address")} errors={errors.addressText}>
        {(describedBy, invalid) => (
          <input id="addressText" name="addressText" value={draft.addressText} onChange={(e) => update("addressText", e.target.value)} maxLength={300} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )}
      </Field>

      {enhanced && (
      <div className="space-y-2">
        <div className="flex flex-wrap gap-2">
          <button type="button" onClick={() => setMapOpen((o) => !o)} aria-expanded={mapOpen} className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium">
            {mapOpen ? t("report.mapClose") : t("report.mapOpen")}
          </button>
          {canLocate && (
            <button
              type="button"
              onClick={() =>
                navigator.geolocation.getCurrentPosition((pos) =>
                  setDraft((d) => ({ ...d, lat: Number(pos.coords.latitude.toFixed(6)), lng: Number(pos.coords.longitude.toFixed(6)) })),
                )
              }
              className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium"
            >
              {t("report.useMyLocation")}
            </button>
          )}
        </div>
        {mapOpen && (
          <>
            <p className="text-sm text-slate-700">{t("report.mapHint")}</p>
            <MapPicker
              tileUrl={tileUrl}
              attribution={tileAttribution}
              lat={draft.lat}
              lng={draft.lng}
              center={(() => {
                const p = places.find((x) => x.id === draft.placeId);
                return p?.lat != null && p.lng != null ? [p.lat, p.lng] : DEFAULT_CENTER;
              })()}
              onPick={(lat, lng) => setDraft((d) => ({ ...d, lat, lng }))}
            />
          </>
        )}
        {draft.lat !== null && draft.lng !== null && (
          <p className="flex items-center gap-3 text-sm text-slate-800">
            {t("report.mapPinned", { lat: draft.lat, lng: draft.lng })}
            <button type="button" onClick={() => setDraft((d) => ({ ...d, lat: null, lng: null }))} className="text-brand-800 underline">
              {t("report.mapClear")}
            </button>
          </p>
        )}
        {(errors.lat || errors.lng) && <p className="text-sm font-medium text-red-700">{(errors.lat ?? errors.lng)!.join(" ")}</p>}
      </div>
      )}

      <Field id="occurredAt" label={t("report.occurredAt")} errors={errors.occurredAt} required>
        {(describedBy, invalid) => (
          <input id="occurredAt" name="occurredAt" type="datetime-local" value={draft.occurredAt} onChange={(e) => update("occurredAt", e.target.value)} required aria-describedby={describedBy} aria-invalid={invalid} className={inputClass} />
        )}
      </Field>

      <Field id="description" label={t("report.description")} hint={t("report.descriptionHint")} errors={errors.description} required>
        {(describedBy, invalid) => (
          <>
            <textarea
              id="description"
              name="description"
              value={draft.description}
              onChange={(e) => update("description", e.target.value)}
              rows={6}
              maxLength={4000}
              required
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className={inputClass}
            />
            <p className="text-right text-sm text-slate-700" aria-live="polite">
              {t("report.characters", { count: draft.description.length })}
            </p>
          </>
        )}
      </Field>

      <Field id="attachments" label={t("report.attachments")} hint={t("report.attachmentsHint")} errors={fileErrors.length ? fileErrors : undefined}>
        {(describedBy, invalid) => (
          <>
            <input
              id="attachments"
              name="files"
              type="file"
              accept={ATTACHMENT_ACCEPT}
              multiple
              disabled={draft.files.length >= MAX_ATTACHMENTS}
              onChange={(e) => {
                addFiles(e.target.files);
                e.target.value = "";
              }}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className="block w-full text-base file:mr-3 file:rounded-md file:border-0 file:bg-brand-800 file:px-3 file:py-2 file:text-white"
            />
            {draft.files.length > 0 && (
              <ul className="space-y-1" data-testid="file-list">
                {draft.files.map((f, i) => (
                  <li key={`${f.name}-${i}`} className="flex items-center justify-between rounded-md bg-white px-3 py-1.5 text-sm">
                    <span className="truncate">{f.name}</span>
                    <button type="button" onClick={() => update("files", draft.files.filter((_, j) => j !== i))} className="ml-2 text-brand-800 underline">
                      {t("report.remove")}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Field>

      <fieldset className="space-y-3 rounded-lg border border-slate-300 bg-white p-3">
        <legend className="px-1 font-semibold">{t("report.contactTitle")}</legend>
        <p className="text-sm text-slate-700">{t("report.contactHint")}</p>
        <Field id="contactName" label={t("report.name")} errors={errors.contactName}>
          {(d, inv) => <input id="contactName" name="contactName" autoComplete="name" value={draft.contactName} onChange={(e) => update("contactName", e.target.value)} aria-describedby={d} aria-invalid={inv} className={inputClass} />}
        </Field>
        <Field id="contactEmail" label={t("report.email")} errors={errors.contactEmail}>
          {(d, inv) => <input id="contactEmail" name="contactEmail" type="email" autoComplete="email" inputMode="email" value={draft.contactEmail} onChange={(e) => update("contactEmail", e.target.value)} aria-describedby={d} aria-invalid={inv} className={inputClass} />}
        </Field>
        <Field id="contactPhone" label={t("report.phone")} errors={errors.contactPhone}>
          {(d, inv) => <input id="contactPhone" name="contactPhone" type="tel" autoComplete="tel" inputMode="tel" value={draft.contactPhone} onChange={(e) => update("contactPhone", e.target.value)} aria-describedby={d} aria-invalid={inv} className={inputClass} />}
        </Field>
        <label className="flex items-start gap-3">
          <input type="checkbox" name="confidential" checked={draft.confidential} onChange={(e) => update("confidential", e.target.checked)} className="mt-1 h-5 w-5" aria-describedby="confidential-hint" />
          <span>
            <span className="font-medium">{t("report.confidential")}</span>
            <span id="confidential-hint" className="block text-sm text-slate-700">
              {t("report.confidentialHint")}
            </span>
          </span>
        </label>
        <label className="flex items-center gap-3">
          <input type="checkbox" name="alreadyComplainedToAgency" checked={draft.alreadyComplainedToAgency} onChange={(e) => update("alreadyComplainedToAgency", e.target.checked)} className="h-5 w-5" />
          <span>{t("report.alreadyComplained")}</span>
        </label>
      </fieldset>

      {/* Honeypot: invisible to people and screen readers; bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="website">Website</label>
        <input id="website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div className="sticky bottom-0 -mx-4 border-t border-slate-200 bg-slate-50/95 px-4 py-3">
        <button type="submit" disabled={submit.isPending} className="w-full rounded-md bg-brand-800 px-4 py-3 text-lg font-semibold text-white hover:bg-brand-900 disabled:opacity-70">
          {submit.isPending ? (attempt > 0 ? t("report.retrying", { attempt }) : t("report.submitting")) : formError ? t("report.retry") : t("report.submit")}
        </button>
        {loaded && <p className="mt-1 text-center text-xs text-slate-700">{t("report.draftSaved")}</p>}
      </div>
    </form>
    </>
  );
}
