import { z } from "zod";

/** An empty form or query field ("", "  ", null) means "not given". */
export const blankToUndefined = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);

/** An optional field that a form may send empty. */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** A query-string filter that arrives as one value or a list; both mean "any of these". */
export const listParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? undefined : Array.isArray(v) ? v : [v]), z.array(schema).optional());

/** A name or text kept in both languages (the catalogue, incident titles); the page picks one. */
export const bilingual = z.object({ id: z.string(), en: z.string() });

/** An entity's audit trail as staff pages show it (complaints, incidents): who did what, and the change. */
export const auditTrailOutput = z.array(
  z.object({
    id: z.number().int(),
    at: z.date(),
    action: z.string(),
    actorName: z.string().nullable(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
  }),
);
