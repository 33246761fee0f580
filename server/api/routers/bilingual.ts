import { z } from "zod";

/** A name or text the catalogue keeps in both languages; the page picks one. */
export const bilingual = z.object({ id: z.string(), en: z.string() });
