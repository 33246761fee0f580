import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { CHANNELS, COMPLAINT_CATEGORIES, COMPLAINT_STAGES } from "@/server/db/schema/constants";
import { inputClass } from "@/app/_components/field";
import { getServerCaller } from "@/app/_trpc/server";
import { requireRole } from "@/app/(staff)/_lib/current-user";
import { QueueList } from "./queue-list";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { Button } from "@/app/_components/form/button";
import { cardClass } from "@/app/_components/form/card";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("console");
  return { title: t("queueTitle"), robots: { index: false } };
}

type Search = Record<string, string | string[] | undefined>;

/** The URL carries the filters, so a view can be bookmarked and shared. */
function withCursor(search: Search, cursor: string | null): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(search)) {
    if (k === "cursor" || v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) if (one) params.append(k, one);
  }
  if (cursor) params.set("cursor", cursor);
  return `/console?${params.toString()}`;
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireRole(STAFF_ROLES);
  const [t, format, search, caller] = await Promise.all([getTranslations(), getFormatter(), searchParams, getServerCaller()]);
  const [page, agencies, services, places, staff] = await Promise.all([
    caller.complaint.queue(search),
    caller.catalog.agencies(),
    caller.catalog.services(),
    caller.catalog.places(),
    caller.user.staff(),
  ]);
  const value = (k: string) => (Array.isArray(search[k]) ? search[k][0] : search[k]) ?? "";
  const select = (name: string, label: string, options: Array<[string, string]>) => (
    <label className="block text-sm">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value(name)} className={`${inputClass} mt-1`}>
        <option value="">{t("console.any")}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  const items = page.items.map((i) => ({
    ...i,
    createdLabel: format.dateTime(i.createdAt, { dateStyle: "medium", timeStyle: "short" }),
    dueLabel: i.dueAt ? t("console.due", { date: format.dateTime(i.dueAt, { dateStyle: "medium" }) }) : t("console.noDue"),
  }));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("console.queueTitle")}</h1>
        <Link href="/console/record" className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800">
          {t("console.record.nav")}
        </Link>
      </div>
      <form
        className={cardClass("sm", "grid grid-cols-1 gap-3 sm:grid-cols-3 lg:grid-cols-4")}
        method="get"
        action="/console"

        aria-label={t("console.filters")}
      >
        <label className="block text-sm sm:col-span-2">
          <span className="font-medium">{t("console.search")}</span>
          <input type="search" name="q" defaultValue={value("q")} className={`${inputClass} mt-1`} />
        </label>
        {select(
          "stage",
          t("console.stage"),
          COMPLAINT_STAGES.map((s) => [s, t(`stages.${s}`)]),
        )}
        {select(
          "category",
          t("console.category"),
          COMPLAINT_CATEGORIES.map((c) => [c, t(`categories.${c}`)]),
        )}
        {select(
          "channel",
          t("console.channel"),
          CHANNELS.map((c) => [c, t(`channels.${c}`)]),
        )}
        {select(
          "agencyId",
          t("track.agency"),
          agencies.map((a): [string, string] => [a.id, a.name.id]),
        )}
        {select(
          "serviceId",
          t("console.service"),
          services.map((s) => [s.id, s.name.id]),
        )}
        {select(
          "placeId",
          t("console.place"),
          places.map((p) => [p.id, p.name]),
        )}
        {select("deadline", t("console.deadline"), [
          ["due_soon", t("console.dueSoon")],
          ["overdue", t("console.overdue")],
        ])}
        {select("assignee", t("console.assignee"), [
          ["me", t("console.mine")],
          ["none", t("console.unassigned")],
          ...staff.map((w): [string, string] => [w.id, w.name]),
        ])}
        <label className="block text-sm">
          <span className="font-medium">{t("console.from")}</span>
          <input type="date" name="from" defaultValue={value("from")} className={`${inputClass} mt-1`} />
        </label>
        <label className="block text-sm">
          <span className="font-medium">{t("console.to")}</span>
          <input type="date" name="to" defaultValue={value("to")} className={`${inputClass} mt-1`} />
        </label>
        {select("sort", t("console.sort"), [
          ["newest", t("console.sortNewest")],
          ["oldest", t("console.sortOldest")],
          ["due", t("console.sortDue")],
        ])}
        {value("incidentId") && <input type="hidden" name="incidentId" value={value("incidentId")} />}
        <div className="flex items-end gap-2">
          <Button>{t("console.apply")}</Button>
          <Link href="/console" className="px-2 py-2.5 text-sm text-brand-800 underline">
            {t("console.reset")}
          </Link>
        </div>
      </form>

      {items.length === 0 ? <p>{t("console.noResults")}</p> : <QueueList items={items} staff={staff} />}

      <nav className="flex gap-4" aria-label="pagination">
        {value("cursor") && (
          <Link href={withCursor(search, null)} className="text-brand-800 underline">
            {t("console.first")}
          </Link>
        )}
        {page.nextCursor && (
          <Link href={withCursor(search, page.nextCursor)} className="text-brand-800 underline" data-testid="next-page">
            {t("console.next")}
          </Link>
        )}
      </nav>
    </div>
  );
}
