import { getTranslations } from "next-intl/server";
import { Link } from "@/app/_components/link";
import { mapLayout, SMALL_FRAME } from "@/server/charts/map-layout";
import type { RouterOutputs } from "@/app/_trpc/types";

type PublicMap = RouterOutputs["map"]["public"];
import { MapSvg } from "./map-svg";

/** An incident's own small map: its places and where its reports came from, under the same small-cell rule as the full map. */
export async function IncidentMap({ map, code }: { map: PublicMap; code: string }) {
  const t = await getTranslations("map");
  const layout = mapLayout(map, SMALL_FRAME);
  if (!layout) return null;
  return (
    <section aria-labelledby="incident-map" className="space-y-2" data-testid="incident-map">
      <h2 id="incident-map" className="text-lg font-semibold">
        {t("incidentMap")}
      </h2>
      <MapSvg
        layout={layout}
        id="incident-map-svg"
        title={t("incidentMap")}
        desc={t("svgDesc", { cells: map.cells.length, incidents: map.markers.length, total: map.total })}
        className="h-auto w-full rounded-lg bg-slate-50"
      />
      <p className="text-sm">
        <Link href={`/peta?incident=${encodeURIComponent(code)}`} className="underline">
          {t("openFull")}
        </Link>
      </p>
    </section>
  );
}
