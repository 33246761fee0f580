"use client";

import "leaflet/dist/leaflet.css";
import type { Map as LeafletMap } from "leaflet";
import { useEffect, useRef } from "react";

export type InteractiveCell = { outline: Array<[number, number]>; count: number; shade: string; title: string };
export type InteractiveMarker = { lat: number; lng: number; title: string; href: string; resolved: boolean };

/** The text of a popup, built as nodes: titles are written by staff and must never be read as HTML. */
function popup(title: string, href?: string): HTMLElement {
  const root = document.createElement("div");
  if (!href) {
    root.textContent = title;
    return root;
  }
  const link = document.createElement("a");
  link.href = href;
  link.textContent = title;
  root.append(link);
  return root;
}

/** Leaflet over the tiles, with the same cells and markers as the drawing: loaded only when the visitor asks for it. */
export default function InteractiveMap({
  tileUrl,
  attribution,
  cells,
  markers,
}: {
  tileUrl: string;
  attribution: string;
  cells: InteractiveCell[];
  markers: InteractiveMarker[];
}) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<LeafletMap | null>(null);

  useEffect(() => {
    let cancelled = false;
    void import("leaflet").then((L) => {
      if (cancelled || !container.current || map.current) return;
      const m = L.map(container.current);
      L.tileLayer(tileUrl, { attribution, maxZoom: 18 }).addTo(m);
      const layers = [
        ...cells.map((c) => L.polygon(c.outline, { color: "#0f766e", weight: 1, fillColor: c.shade, fillOpacity: 0.6 }).bindPopup(popup(c.title))),
        ...markers.map((k) =>
          L.circleMarker([k.lat, k.lng], {
            radius: 8,
            color: "#fff",
            weight: 2,
            fillColor: k.resolved ? "#475569" : "#b91c1c",
            fillOpacity: 1,
          }).bindPopup(popup(k.title, k.href)),
        ),
      ];
      const group = L.featureGroup(layers).addTo(m);
      if (layers.length > 0) m.fitBounds(group.getBounds(), { padding: [16, 16], maxZoom: 13 });
      else m.setView([-2.5, 118], 4);
      map.current = m;
    });
    return () => {
      cancelled = true;
      map.current?.remove();
      map.current = null;
    };
  }, [tileUrl, attribution, cells, markers]);

  return <div ref={container} className="h-[28rem] w-full rounded-lg border border-slate-300 bg-slate-200" data-testid="interactive-map" />;
}
