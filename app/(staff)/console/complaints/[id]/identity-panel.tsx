"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { RouterOutputs } from "@/app/_trpc/types";
import { inputClass } from "@/app/_components/field";
import { fieldErrorsOf, type FieldErrors } from "@/app/_components/field-errors";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/app/_components/form/button";

type Identity = NonNullable<RouterOutputs["complaint"]["detail"]["contact"]>;
type Shown = { name: string | null; email: string | null; phone: string | null };

/** Each value under its name: a definition list needs both (axe: definition-list). */
function Contact({ shown }: { shown: Shown }) {
  const t = useTranslations("report");
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-sm" data-testid="reporter-identity">
      {(["name", "email", "phone"] as const).map(
        (field) =>
          shown[field] && (
            <div key={field} className="contents">
              <dt className="text-slate-700">{t(field)}</dt>
              <dd>{shown[field]}</dd>
            </div>
          ),
      )}
    </dl>
  );
}

/**
 * A confidential reporter is a pseudonym until someone presses "show identity" and says why; the reveal is
 * audited and shows for this view only (the next visit asks again).
 */
export function IdentityPanel({ complaintId, identity }: { complaintId: string; identity: Identity }) {
  const t = useTranslations("console.identity");
  const trpc = useTRPC();
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrors | null>(null);
  const [shown, setShown] = useState<Shown | null>(identity.hidden ? null : identity);
  const reveal = useMutation(
    trpc.complaint.revealIdentity.mutationOptions({
      onSuccess: (contact) => {
        setShown(contact);
        setAsking(false);
        setErrors(null);
        router.refresh();
      },
      onError: (e) => setErrors(fieldErrorsOf(e)),
    }),
  );
  return (
    <div className="space-y-2">
      <p className="text-sm font-semibold" data-testid="reporter-pseudonym">
        {t("pseudonym", { n: identity.pseudonym })}
      </p>
      {shown ? (
        <Contact shown={shown} />
      ) : identity.hidden ? (
        <>
          <p className="text-sm text-slate-700">
            {t("hidden", {
              kinds: (["name", "email", "phone"] as const)
                .filter((k) => identity.has[k])
                .map((k) => t(`kinds.${k}`))
                .join(", "),
            })}
          </p>
          {asking ? (
            <form
              className="space-y-2"
              onSubmit={(e) => {
                e.preventDefault();
                reveal.mutate({ complaintId, reason });
              }}
            >
              <label htmlFor="reveal-reason" className="block text-sm font-medium">
                {t("reason")}
              </label>
              <textarea id="reveal-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={2} className={inputClass} />
              {errors?.reason?.length ? (
                <p className="text-sm font-medium text-red-700" data-field-error="reason">
                  {errors.reason.join(" ")}
                </p>
              ) : null}
              <p className="text-xs text-slate-700">{t("recorded")}</p>
              <Button size="sm" disabled={reveal.isPending}>
                {t("confirm")}
              </Button>
            </form>
          ) : (
            <button
              type="button"
              onClick={() => setAsking(true)}
              className="rounded-md border border-brand-800 px-3 py-1.5 text-sm font-semibold text-brand-800"
            >
              {t("show")}
            </button>
          )}
        </>
      ) : null}
    </div>
  );
}
