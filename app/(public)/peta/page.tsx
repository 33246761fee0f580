import type { Metadata } from "next";
import { PeriodFields } from "@/app/_components/period-fields";
import { getLocale, getTranslations } from "next-intl/server";
import { inputClass } from "@/app/_components/field";
import { Link } from "@/app/_components/link";
import { Button } from "@/app/_components/form/button";
import { cardClass } from "@/app/_components/form/card";
import { MapFigure } from "@/app/_components/map/map-figure";
import { orNull } from "@/app/_trpc/page-errors";
import { getServerCaller } from "@/app/_trpc/server";
import { env } from "@/server/env";
import type { RouterInputs } from "@/app/_trpc/types";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("map");
  return { title: t("title"), description: t("lead"), openGraph: { title: t("title"), description: t("lead") } };
}

type Search = { [K in keyof RouterInputs["map"]["public"]]?: string };

export default async function MapPage({ searchParams }: { searchParams: Promise<Search> }) {
  const [query, t, locale, caller] = await Promise.all([searchParams, getTranslations(), getLocale() as Promise<"id" | "en">, getServerCaller()]);
  // A malformed filter falls back to the whole map; any other failure is a real error.
  const [map, topics, services] = await Promise.all([
    orNull(caller.map.public(query)).then((m) => m ?? caller.map.public({})),
    caller.catalog.topics(),
    caller.catalog.services(),
  ]);
  const f = map.filters;
  const select = (name: keyof Search, label: string, current: string | null, options: Array<{ value: string; label: string }>) => (
    <label className="text-sm">
      <span className="block font-medium">{label}</span>
      <select name={name} defaultValue={current ?? ""} className={inputClass}>
        <option value="">{t("map.any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("map.title")}</h1>
        <p className="text-slate-700">{t("map.lead")}</p>
      </header>
      <form className={cardClass("sm", "flex flex-wrap items-end gap-2")} method="get">
        {select(
          "topic",
          t("map.topic"),
          f.topic,
          topics.map((x) => ({ value: x.code, label: x.name[locale] })),
        )}
        {select(
          "service",
          t("map.service"),
          f.service,
          services.map((s) => ({ value: s.code, label: `${s.name[locale]} (${s.agency.acronym ?? s.agency.name[locale]})` })),
        )}
        {select("status", t("map.status"), f.status, [
          { value: "open", label: t("map.open") },
          { value: "closed", label: t("map.closed") },
        ])}
        <PeriodFields from={f.from} to={f.to} />
        {f.incident && <input type="hidden" name="incident" value={f.incident} />}
        <Button>{t("statistics.apply")}</Button>
      </form>
      {f.incident && (
        <p>
          {t("map.incidentOnly", { code: f.incident })}{" "}
          <Link href="/peta" className="underline">
            {t("map.showAll")}
          </Link>
        </p>
      )}
      <MapFigure map={map} id="public-map" tiles={{ url: env.map.tileUrl, attribution: env.map.attribution }} />
    </div>
  );
}
