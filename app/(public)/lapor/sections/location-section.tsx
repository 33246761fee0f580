"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { PlaceOption } from "@/app/(public)/lapor/report-form";
import { DraftInput } from "./draft-input";
import type { SectionProps } from "./section-props";

const MapPicker = dynamic(() => import("@/app/(public)/lapor/map-picker"), { ssr: false });

const DEFAULT_CENTER: [number, number] = [-6.1256, 106.6559];

/** Where exactly: a typed address, and once the scripts run a pin on the map or the device's own position. */
export function LocationSection({
  draft,
  update,
  errors,
  enhanced,
  places,
  tileUrl,
  tileAttribution,
}: SectionProps & { enhanced: boolean; places: PlaceOption[]; tileUrl: string; tileAttribution: string }) {
  const t = useTranslations();
  const [mapOpen, setMapOpen] = useState(false);
  // Known only in the browser: read after hydration, so the server's HTML and the first client render agree.
  const [canLocate, setCanLocate] = useState(false);
  useEffect(() => setCanLocate("geolocation" in navigator), []);
  const pin = (lat: number | null, lng: number | null) => (update("lat", lat), update("lng", lng));
  const place = places.find((x) => x.id === draft.placeId);
  return (
    <>
      <DraftInput draft={draft} update={update} errors={errors} name="addressText" label={t("report.address")} maxLength={300} />

      {enhanced && (
        <div className="space-y-2">
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => setMapOpen((o) => !o)}
              aria-expanded={mapOpen}
              className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium"
            >
              {mapOpen ? t("report.mapClose") : t("report.mapOpen")}
            </button>
            {canLocate && (
              <button
                type="button"
                onClick={() =>
                  navigator.geolocation.getCurrentPosition((pos) =>
                    pin(Number(pos.coords.latitude.toFixed(6)), Number(pos.coords.longitude.toFixed(6))),
                  )
                }
                className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium"
              >
                {t("report.useMyLocation")}
              </button>
            )}
          </div>
          {mapOpen && (
            <>
              <p className="text-sm text-slate-700">{t("report.mapHint")}</p>
              <MapPicker
                tileUrl={tileUrl}
                attribution={tileAttribution}
                lat={draft.lat}
                lng={draft.lng}
                center={place?.lat != null && place.lng != null ? [place.lat, place.lng] : DEFAULT_CENTER}
                onPick={pin}
              />
            </>
          )}
          {draft.lat !== null && draft.lng !== null && (
            <p className="flex items-center gap-3 text-sm text-slate-800">
              {t("report.mapPinned", { lat: draft.lat, lng: draft.lng })}
              <button type="button" onClick={() => pin(null, null)} className="text-brand-800 underline">
                {t("report.mapClear")}
              </button>
            </p>
          )}
          {(errors.lat ?? errors.lng) && <p className="text-sm font-medium text-red-700">{(errors.lat ?? errors.lng)?.join(" ")}</p>}
        </div>
      )}
    </>
  );
}
