import type { z } from "zod";
import { stringify } from "csv-stringify/sync";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { DATASETS, MIN_CELL } from "./datasets";
import { exportInput } from "./schemas";

export const OPEN_DATA_LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)";

/** One open-data file, e.g. `incidents.csv` or `complaint-counts.json`, generated from the database on request. */
export async function exportDataset({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof exportInput> }) {
  const parsed = exportInput.safeParse(input);
  if (!parsed.success) throw notFound("dataset");
  const [name, format] = parsed.data.file.split(".") as [string, "csv" | "json"];
  const dataset = DATASETS.find((d) => d.name === name);
  if (!dataset) throw notFound("dataset");
  const rows = await dataset.rows(ctx.readDb, ctx.now());
  if (format === "csv") {
    return {
      filename: `sigap-${name}.csv`,
      contentType: "text/csv; charset=utf-8",
      body: stringify(rows, { header: true, columns: [...dataset.columns], cast: { boolean: (v) => String(v) } }),
    };
  }
  return {
    filename: `sigap-${name}.json`,
    contentType: "application/json; charset=utf-8",
    body: JSON.stringify({ dataset: name, licence: OPEN_DATA_LICENCE, generatedAt: ctx.now().toISOString(), columns: dataset.columns, rows }),
  };
}

/** What the open-data page lists: each dataset's files and columns. */
export function listDatasets() {
  return {
    licence: OPEN_DATA_LICENCE,
    minCell: MIN_CELL,
    datasets: DATASETS.map((d) => ({ name: d.name, columns: [...d.columns], files: [`${d.name}.csv`, `${d.name}.json`] })),
  };
}
