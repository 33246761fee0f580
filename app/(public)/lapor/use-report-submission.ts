"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { fromWibInput } from "@/server/i18n/jakarta-time";
import { isRetryable, type FieldErrors } from "@/app/_components/field-errors";
import { toMultipart } from "@/app/_components/files-field";
import { useTRPC } from "@/app/_trpc/client";
import { rememberSent } from "@/app/_sw/device-reports";
import { clearDraft, emptyDraft, newIdempotencyKey, type Draft } from "./draft-store";
import type { ReportFormState } from "./form-state";
import { useOfflineQueue } from "./use-offline-queue";

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
 * Sending a report once the scripts run: through the API with retries on a blip, to the service worker when the
 * network is away, with a new idempotency key when the old one was spent on other content. The refusal comes
 * back as field errors and one line for the form, focused for screen readers.
 */
export function useReportSubmission({
  draft,
  setDraft,
  posted,
  locale,
}: {
  draft: Draft;
  setDraft: React.Dispatch<React.SetStateAction<Draft>>;
  posted: ReportFormState;
  locale: "id" | "en";
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [errors, setErrors] = useState<FieldErrors>(posted?.fieldErrors ?? {});
  const [formError, setFormError] = useState<string | null>(posted?.formError ?? null);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<{ code: string; joined: boolean } | null>(null);
  const errorSummary = useRef<HTMLDivElement>(null);

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

  return { submit, offline, onSubmit, errors, setErrors, formError, attempt, done, setDone, errorSummary };
}
