"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { RouterOutputs } from "@/app/_trpc/types";
import { FormError } from "@/app/_components/form-error";
import { TextAreaField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
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
  const [asking, setAsking] = useState(false);
  const [shown, setShown] = useState<Shown | null>(identity.hidden ? null : identity);
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
            <RevealForm complaintId={complaintId} onShown={setShown} />
          ) : (
            <Button variant="secondary" size="sm" type="button" onClick={() => setAsking(true)}>
              {t("show")}
            </Button>
          )}
        </>
      ) : null}
    </div>
  );
}

/** The reason for looking, recorded in the audit trail with who looked. */
function RevealForm({ complaintId, onShown }: { complaintId: string; onShown: (shown: Shown) => void }) {
  const t = useTranslations("console.identity");
  const trpc = useTRPC();
  const router = useRouter();
  const f = useMutationForm({ reason: "" }, { keepValues: true });
  const reveal = useMutation(
    trpc.complaint.revealIdentity.mutationOptions({ ...f.options, onSuccess: (contact) => (onShown(contact), router.refresh()) }),
  );
  return (
    <form className="space-y-2" onSubmit={f.submit(reveal, (v) => ({ complaintId, ...v }))}>
      <TextAreaField {...f.field("reason")} id="reveal-reason" label={t("reason")} hint={t("recorded")} rows={2} />
      <FormError errors={f.errors} />
      <Button size="sm" disabled={reveal.isPending}>
        {t("confirm")}
      </Button>
    </form>
  );
}
