"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/app/_components/form/button";

/** One button that spends a mailed token: confirm a follow, or stop it. A POST, so link scanners change nothing. */
export function TokenAction({
  token,
  action,
  label,
  done,
  failed,
}: {
  token: string;
  action: "confirm" | "unsubscribe";
  label: string;
  done: string;
  failed: string;
}) {
  const trpc = useTRPC();
  const confirm = useMutation(trpc.subscription.confirm.mutationOptions());
  const stop = useMutation(trpc.subscription.unsubscribe.mutationOptions());
  const m = action === "confirm" ? confirm : stop;
  const ok = m.data && ("confirmed" in m.data ? m.data.confirmed : m.data.unsubscribed);
  if (m.isSuccess)
    return (
      <p role="status" className="rounded-md bg-brand-50 p-3">
        {ok ? done : failed}
      </p>
    );
  return (
    <Button type="button" disabled={m.isPending} onClick={() => m.mutate({ token })}>
      {label}
    </Button>
  );
}
