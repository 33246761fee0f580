"use client";

import "leaflet/dist/leaflet.css";
import type { Map as LeafletMap, Marker } from "leaflet";
import { useEffect, useRef } from "react";

/**
 * Loaded only when the reporter opens it (dynamic import), so the form stays light. If the tiles do not
 * load (no network, no tile server), the map is blank but tapping still sets the point.
 */
export default function MapPicker({
  tileUrl,
  attribution,
  lat,
  lng,
  center,
  onPick,
}: {
  tileUrl: string;
  attribution: string;
  lat: number | null;
  lng: number | null;
  center: [number, number];
  onPick: (lat: number, lng: number) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<LeafletMap | null>(null);
  const marker = useRef<Marker | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    let cancelled = false;
    void import("leaflet").then((L) => {
      if (cancelled || !container.current || map.current) return;
      const m = L.map(container.current).setView(lat !== null && lng !== null ? [lat, lng] : center, 15);
      L.tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(m);
      const icon = L.divIcon({
        className: "",
        html: '<div style="width:18px;height:18px;border-radius:9px;background:#b45309;border:3px solid white;box-shadow:0 0 2px #000"></div>',
        iconSize: [18, 18],
      });
      m.on("click", (e) => {
        marker.current ??= L.marker(e.latlng, { icon }).addTo(m);
        marker.current.setLatLng(e.latlng);
        pick.current(Number(e.latlng.lat.toFixed(6)), Number(e.latlng.lng.toFixed(6)));
      });
      if (lat !== null && lng !== null) marker.current = L.marker([lat, lng], { icon }).addTo(m);
      map.current = m;
    });
    return () => {
      cancelled = true;
      map.current?.remove();
      map.current = null;
      marker.current = null;
    };
  }, []);

  return <div ref={container} className="h-64 w-full rounded-md border border-slate-300 bg-slate-200" data-testid="map" />;
}
