import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { HydrateClient } from "@/app/_trpc/hydrate-client";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { requireUser } from "@/app/(staff)/_lib/current-user";
import { DashboardView } from "./dashboard-view";
import { PrivacyDeadlines } from "./privacy-deadlines";
import { RapidResponseReview } from "./rapid-response-review";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title"), robots: { index: false } };
}

export default async function DashboardPage() {
  const [t, me] = await Promise.all([getTranslations("dashboard"), requireUser()]);
  if (me.role === "agency_responder") redirect("/agency");
  if (!(STAFF_ROLES as readonly string[]).includes(me.role)) forbidden();
  const isAdmin = me.role === "admin";
  await Promise.all([
    getQueryClient().prefetchQuery(trpc.stats.dashboard.queryOptions()),
    isAdmin ? getQueryClient().prefetchQuery(trpc.procedure.rapidResponsesToReview.queryOptions()) : null,
  ]);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
      </header>
      {isAdmin && <PrivacyDeadlines />}
      <HydrateClient>
        {isAdmin && <RapidResponseReview />}
        <DashboardView />
      </HydrateClient>
    </div>
  );
}
