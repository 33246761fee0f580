import { cellArea, cellToBoundary, cellToLatLng, cellToParent, latLngToCell } from "h3-js";
import { MIN_CELL } from "@/server/domain/open-data/datasets";

/**
 * The finest grid the public map draws: H3 resolution 7, hexagons of about 5 km² (never under 1 km²). Fine enough
 * to tell Terminal 2 from Terminal 3 at Soekarno-Hatta, coarse enough that a cell is never one building or street.
 */
export const FINEST_RESOLUTION = 7;
/** The coarsest level a sparse cell is merged up to (about 86,000 km²) before it is left off the map. */
export const COARSEST_RESOLUTION = 2;

export type LatLng = { lat: number; lng: number };
export type DensityCell = { id: string; resolution: number; count: number };

/**
 * Reports counted over the grid, so that no drawn cell points at fewer than MIN_CELL reports: each report falls in
 * its finest cell; a cell holding fewer is merged into its parent, level by level, and what is still too few at the
 * coarsest level is only counted as `hidden`. A parent drawn this way counts only the reports not drawn in a finer
 * cell (it is drawn beneath them). The points never leave this function.
 */
export function densityCells(points: readonly LatLng[], min = MIN_CELL): { cells: DensityCell[]; hidden: number } {
  let level = new Map<string, number>();
  for (const p of points) {
    const id = latLngToCell(p.lat, p.lng, FINEST_RESOLUTION);
    level.set(id, (level.get(id) ?? 0) + 1);
  }
  const cells: DensityCell[] = [];
  for (let resolution = FINEST_RESOLUTION; resolution >= COARSEST_RESOLUTION; resolution--) {
    const next = new Map<string, number>();
    for (const [id, count] of level) {
      if (count >= min) cells.push({ id, resolution, count });
      else if (resolution > COARSEST_RESOLUTION) {
        const parent = cellToParent(id, resolution - 1);
        next.set(parent, (next.get(parent) ?? 0) + count);
      }
    }
    if (resolution === COARSEST_RESOLUTION) {
      const hidden = [...level.values()].filter((n) => n < min).reduce((a, b) => a + b, 0);
      return { cells: sortCoarseFirst(cells), hidden };
    }
    level = next;
  }
  return { cells: sortCoarseFirst(cells), hidden: 0 };
}

// Coarse cells are drawn first so the finer ones inside them stay on top; within a level, the larger count first.
const sortCoarseFirst = (cells: DensityCell[]) => cells.sort((a, b) => a.resolution - b.resolution || b.count - a.count || (a.id < b.id ? -1 : 1));

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

/** A cell's centre, the point a map labels it at. */
export function cellCenter(id: string): LatLng {
  const [lat, lng] = cellToLatLng(id);
  return { lat: round5(lat), lng: round5(lng) };
}

/** A cell's area in km², as the map's table states it. */
export function cellAreaKm2(id: string): number {
  return Math.round(cellArea(id, "km2") * 10) / 10;
}

/** A cell's outline, as [lat, lng] pairs. */
export function cellOutline(id: string): Array<[number, number]> {
  return cellToBoundary(id).map(([lat, lng]) => [round5(lat), round5(lng)]);
}

/** A public place, shown where its finest cell is rather than at its exact point (see FINEST_RESOLUTION). */
export function snappedToCell(p: LatLng): LatLng & { cell: string } {
  const cell = latLngToCell(p.lat, p.lng, FINEST_RESOLUTION);
  return { ...cellCenter(cell), cell };
}
