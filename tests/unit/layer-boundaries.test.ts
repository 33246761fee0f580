import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The layer rule of eslint.config.js, tried on deliberate violations: each would pass a pattern that only looks at
 * how an import is written (a relative path, the `@/` alias), so the rule must judge where it resolves.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "import-x/no-restricted-paths").map((m) => m.message);
}

describe("layer boundaries", () => {
  it.each([
    ["a router", "server/api/routers/complaint.ts", 'import { complaints } from "../../db/schema";\nexport const x = complaints;\n'],
    ["a page", "app/(public)/lapor/page.tsx", 'import { complaints } from "@/server/db/schema";\nexport const x = complaints;\n'],
    ["a route handler", "app/api/health/route.ts", 'import { getDb } from "../../../server/app-db";\nexport const x = getDb;\n'],
    ["a job", "server/jobs/worker.ts", 'import { complaints } from "../db/schema/complaints";\nexport const x = complaints;\n'],
    ["a page, through the driver", "app/(public)/page.tsx", 'import postgres from "postgres";\nexport const x = postgres;\n'],
    ["a job, through drizzle", "server/jobs/start.ts", 'import { sql } from "drizzle-orm";\nexport const x = sql;\n'],
  ])("refuses a database import from %s", async (_who, filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([expect.stringContaining("never the database")]);
  });

  it("refuses the domain from a page, transport in the domain or in auth, and anything above from the database layer", async () => {
    expect(
      await layerErrors(
        "app/(public)/track/page.tsx",
        'import { trackComplaint } from "../../../server/domain/complaint/track";\nexport const x = trackComplaint;\n',
      ),
    ).toEqual([expect.stringContaining("Pages call tRPC")]);
    expect(
      await layerErrors("server/domain/complaint/track.ts", 'import { createCaller } from "../../api/root";\nexport const x = createCaller;\n'),
    ).toEqual([expect.stringContaining("knows nothing of transport")]);
    expect(
      await layerErrors("server/auth/config.ts", 'import { contextFrom } from "../http/context-from-request";\nexport const x = contextFrom;\n'),
    ).toEqual([expect.stringContaining("Auth is used by the transports")]);
    expect(await layerErrors("server/db/migrate.ts", 'import { seedDemo } from "../seed";\nexport const x = seedDemo;\n')).toEqual([
      expect.stringContaining("the bottom"),
    ]);
    expect(
      await layerErrors(
        "server/db/rows.ts",
        'import { JAKARTA_TIME_ZONE } from "@/server/i18n/jakarta-time";\nexport const x = JAKARTA_TIME_ZONE;\n',
      ),
    ).toEqual([expect.stringContaining("the bottom")]);
    expect(
      await layerErrors("server/domain/complaint/submit.ts", 'import { metrics } from "../../metrics/registry";\nexport const x = metrics;\n'),
    ).toEqual([expect.stringContaining("server/domain/observe.ts")]);
  });

  it("lets the shared constants, the domain from a route handler, and the database from the domain through", async () => {
    expect(
      await layerErrors(
        "app/(public)/lapor/page.tsx",
        'import { COMPLAINT_CATEGORIES } from "@/server/db/schema/constants";\nexport const x = COMPLAINT_CATEGORIES;\n',
      ),
    ).toEqual([]);
    expect(
      await layerErrors(
        "app/api/reports/[slug]/pdf/route.ts",
        'import { publishedReportPdf } from "@/server/domain/report/pdf";\nexport const x = publishedReportPdf;\n',
      ),
    ).toEqual([]);
    expect(
      await layerErrors("server/domain/complaint/track.ts", 'import { complaints } from "../../db/schema";\nexport const x = complaints;\n'),
    ).toEqual([]);
  });
});
