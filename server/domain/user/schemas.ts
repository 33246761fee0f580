import { z } from "zod";
import { LOCALES } from "@/server/db/schema/constants";

export const setLocaleInput = z.object({ locale: z.enum(LOCALES) });
export type SetLocaleInput = z.input<typeof setLocaleInput>;
