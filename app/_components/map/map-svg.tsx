import type { MapLayout } from "@/server/charts/map-layout";

/** Fills from the fewest reports to the most; text on the two darkest is white. */
export const SHADES = ["#ccfbf1", "#99f6e4", "#2dd4bf", "#0d9488", "#115e59"] as const;
/** The fill of a shade step. */
export const shadeColour = (step: number): string => SHADES[Math.min(step, SHADES.length - 1)] ?? SHADES[0];
const STATUS_FILL: Record<string, string> = { resolved: "#475569" };

/**
 * The map as a picture: cells shaded by how many reports they hold, public incidents as red dots, and a few named
 * places for orientation. Drawn on the server, so it needs neither scripts nor tiles; the table beside it says the same in words.
 */
export function MapSvg({ layout, id, title, desc, className }: { layout: MapLayout; id: string; title: string; desc: string; className?: string }) {
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className={className ?? "mx-auto h-auto w-full max-w-2xl rounded-lg bg-slate-50"}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-testid="map-svg"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <g>
        {layout.landmarks.map((l) => (
          <g key={l.name} fill="#64748b">
            <circle cx={l.x} cy={l.y} r={2} />
            <text x={l.x + 4} y={l.y - 4} fontSize="10">
              {l.name}
            </text>
          </g>
        ))}
      </g>
      <g data-testid="map-cells">
        {layout.cells.map((c) => (
          <g key={c.id} data-count={c.count}>
            <polygon points={c.points} fill={shadeColour(c.shade)} fillOpacity={0.8} stroke="#0f766e" strokeWidth={1} />
            {c.showCount && (
              <text x={c.x} y={c.y + 4} fontSize="12" fontWeight="600" textAnchor="middle" fill={c.shade >= 3 ? "#fff" : "#0f172a"}>
                {c.count}
              </text>
            )}
          </g>
        ))}
      </g>
      <g data-testid="map-markers">
        {layout.markers.map((m) => (
          <circle key={`${m.code}-${m.x}-${m.y}`} cx={m.x} cy={m.y} r={7} fill={STATUS_FILL[m.status] ?? "#b91c1c"} stroke="#fff" strokeWidth={2} />
        ))}
      </g>
    </svg>
  );
}
