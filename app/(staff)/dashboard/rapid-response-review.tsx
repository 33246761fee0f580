"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { inputClass } from "@/app/_components/field";
import { useTRPC } from "@/app/_trpc/client";
import { fieldErrorsOf, type FieldErrors } from "@/app/_components/field-errors";
import { Button } from "@/app/_components/form/button";

/** Admins: rapid responses started by investigators, each to confirm or revert; they stay here until reviewed. */
export function RapidResponseReview() {
  const trpc = useTRPC();
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const { data, refetch } = useSuspenseQuery(trpc.procedure.rapidResponsesToReview.queryOptions());
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, FieldErrors>>({});
  const review = useMutation(
    trpc.procedure.reviewRapidResponse.mutationOptions({
      onSuccess: () => refetch(),
      onError: (e, vars) => setErrors((all) => ({ ...all, [vars.complaintId]: fieldErrorsOf(e) })),
    }),
  );
  return (
    <section aria-labelledby="rapid-review" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="rapid-review">
      <h2 id="rapid-review" className="text-lg font-semibold">
        {t("rapidReviewTitle", { count: data.length })}
      </h2>
      {data.length === 0 ? (
        <p className="text-sm">{t("rapidReviewNone")}</p>
      ) : (
        <ul className="space-y-3">
          {data.map((r) => (
            <li key={r.id} className="space-y-1 rounded-md bg-white p-3">
              <p>
                <Link href={`/console/complaints/${r.id}`} className="font-mono font-semibold text-brand-800 underline">
                  {r.trackingCode}
                </Link>{" "}
                — {t("rapidReviewBy", { name: r.startedBy, at: r.at ? format.dateTime(r.at, { dateStyle: "medium", timeStyle: "short" }) : "" })}
              </p>
              <p className="text-sm text-slate-700">{r.reason}</p>
              <label className="block text-sm">
                <span className="font-medium">{t("rapidReviewReason")}</span>
                <input
                  value={reasons[r.id] ?? ""}
                  onChange={(e) => setReasons({ ...reasons, [r.id]: e.target.value })}
                  aria-invalid={Boolean(errors[r.id]?.reason)}
                  className={inputClass}
                />
              </label>
              {errors[r.id] && (
                <p role="alert" className="text-sm text-red-700">
                  {Object.values(errors[r.id] ?? {})
                    .flat()
                    .join(" ")}
                </p>
              )}
              <div className="flex gap-2">
                <Button
                  size="sm"
                  type="button"

                  onClick={() =>
                    review.mutate({ complaintId: r.id, decision: "confirm", expectedVersion: r.version, reason: reasons[r.id] || undefined })
                  }
                >
                  {t("rapidReviewConfirm")}
                </Button>
                <button
                  type="button"
                  className="rounded-md border border-slate-400 px-3 py-1.5 font-semibold"
                  onClick={() =>
                    review.mutate({ complaintId: r.id, decision: "revert", expectedVersion: r.version, reason: reasons[r.id] || undefined })
                  }
                >
                  {t("rapidReviewRevert")}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
