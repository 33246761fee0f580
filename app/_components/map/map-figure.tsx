import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/app/_components/link";
import { RowTable } from "@/app/_components/row-table";
import { mapLayout } from "@/server/charts/map-layout";
import type { RouterOutputs } from "@/app/_trpc/types";

type PublicMap = RouterOutputs["map"]["public"];
import { localizedPath } from "@/server/i18n/locale";
import { MapSvg, shadeColour } from "./map-svg";
import { MapSwitch } from "./map-switch";

/**
 * The public map with its words: the drawing (and, on request, the tiled map), its legend, and the same cells and
 * incidents as tables, which are what a screen reader or a text browser reads.
 */
export async function MapFigure({ map, id, tiles }: { map: PublicMap; id: string; tiles: { url: string; attribution: string } }) {
  const t = await getTranslations("map");
  const locale = (await getLocale()) as "id" | "en";
  const layout = mapLayout(map);
  const number = (n: number) => n.toLocaleString(locale === "id" ? "id-ID" : "en-GB");
  const cellName = (c: PublicMap["cells"][number]) => c.label ?? t("unnamed");
  const drawing = layout && (
    <MapSvg
      layout={layout}
      id={id}
      title={t("svgTitle")}
      desc={t("svgDesc", { cells: map.cells.length, incidents: map.markers.length, total: map.total })}
    />
  );
  return (
    <div className="space-y-4">
      {drawing ? (
        <figure className="space-y-2">
          <MapSwitch
            label={t("interactive")}
            tileUrl={tiles.url}
            attribution={tiles.attribution}
            cells={map.cells.map((c, i) => ({
              outline: c.outline,
              count: c.count,
              shade: shadeColour(layout.cells[i]?.shade ?? 0),
              title: t("cellTitle", { place: cellName(c), count: c.count }),
            }))}
            markers={map.markers.map((m) => ({
              lat: m.center.lat,
              lng: m.center.lng,
              title: `${m.code} · ${m.title[locale]}`,
              href: localizedPath(locale, `/insiden/${m.code}`),
              resolved: m.status === "resolved",
            }))}
          >
            {drawing}
          </MapSwitch>
          <figcaption className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
            <span>{t("legend")}</span>
            {layout.legend.map((l) => (
              <span key={l.from} className="inline-flex items-center gap-1">
                <span aria-hidden="true" className="inline-block h-3 w-4 border border-teal-700" style={{ background: shadeColour(l.shade) }} />
                {l.to === null ? t("legendFrom", { from: l.from }) : l.to > l.from ? t("legendRange", { from: l.from, to: l.to }) : l.from}
              </span>
            ))}
            <span className="inline-flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-3 w-3 rounded-full bg-red-700" />
              {t("legendIncident")}
            </span>
          </figcaption>
        </figure>
      ) : (
        <p data-testid="map-empty">{t("empty")}</p>
      )}
      <p className="text-sm text-slate-700" data-testid="map-totals">
        {t("totals", { total: map.total, hidden: map.hidden, unplaced: map.unplaced })} {t("smallNote")}
      </p>
      {map.cells.length > 0 && (
        <RowTable
          caption={t("cellsCaption")}
          testId="map-cells-table"
          columns={[{ label: t("area") }, { label: t("size"), numeric: true }, { label: t("reports"), numeric: true }]}
          rows={[...map.cells]
            .sort((a, b) => b.count - a.count)
            .map((c) => ({ key: c.id, cells: [cellName(c), t("km2", { value: number(c.areaKm2) }), number(c.count)] }))}
        />
      )}
      {map.markers.length > 0 && (
        <RowTable
          caption={t("incidentsCaption")}
          testId="map-incidents-table"
          columns={[{ label: t("incident") }, { label: t("place") }, { label: t("reports"), numeric: true }]}
          rows={map.markers.map((m) => ({
            key: `${m.code}-${m.place}`,
            cells: [
              <Link key="title" href={`/insiden/${m.code}`} className="underline">
                {m.title[locale]}
              </Link>,
              m.place,
              number(m.reportCount),
            ],
          }))}
        />
      )}
    </div>
  );
}
