"use client";

import { useMutation, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useTRPC } from "@/app/_trpc/client";
import type { RouterOutputs } from "@/app/_trpc/types";
import { FormError } from "@/app/_components/form-error";
import { Button } from "@/app/_components/form/button";
import { TextField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";

type Started = RouterOutputs["procedure"]["rapidResponsesToReview"][number];

/** Admins: rapid responses started by investigators, each to confirm or revert; they stay here until reviewed. */
export function RapidResponseReview() {
  const trpc = useTRPC();
  const t = useTranslations("dashboard");
  const { data, refetch } = useSuspenseQuery(trpc.procedure.rapidResponsesToReview.queryOptions());
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
              <ReviewForm started={r} onReviewed={() => void refetch()} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ReviewForm({ started: r, onReviewed }: { started: Started; onReviewed: () => void }) {
  const trpc = useTRPC();
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const f = useMutationForm({ reason: "" });
  const review = useMutation(
    trpc.procedure.reviewRapidResponse.mutationOptions({ ...f.options, onSuccess: () => (f.options.onSuccess(), onReviewed()) }),
  );
  const decide = (decision: "confirm" | "revert") =>
    f.submit(review, (v) => ({ complaintId: r.id, decision, expectedVersion: r.version, reason: v.reason || undefined }));
  return (
    <form onSubmit={decide("confirm")} className="space-y-1">
      <p>
        <Link href={`/console/complaints/${r.id}`} className="font-mono font-semibold text-brand-800 underline">
          {r.trackingCode}
        </Link>{" "}
        — {t("rapidReviewBy", { name: r.startedBy, at: r.at ? format.dateTime(r.at, { dateStyle: "medium", timeStyle: "short" }) : "" })}
      </p>
      <p className="text-sm text-slate-700">{r.reason}</p>
      <TextField {...f.field("reason")} id={`rapid-reason-${r.id}`} label={t("rapidReviewReason")} />
      <FormError errors={f.errors} also={["expectedVersion", "decision"]} />
      <div className="flex gap-2">
        <Button size="sm">{t("rapidReviewConfirm")}</Button>
        <Button size="sm" type="button" variant="secondary" onClick={decide("revert")}>
          {t("rapidReviewRevert")}
        </Button>
      </div>
    </form>
  );
}
