import { z } from "zod";
import { LOCALES, ROLES } from "@/server/db/schema/constants";

export const setLocaleInput = z.object({ locale: z.enum(LOCALES) });
export type SetLocaleInput = z.input<typeof setLocaleInput>;

export const meOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  agency: z.object({ id: z.uuid(), nameId: z.string(), nameEn: z.string() }).nullable(),
  restriction: z.enum(["password_change", "two_factor_enrolment"]).nullable(),
});
export const staffOutput = z.array(z.object({ id: z.uuid(), name: z.string() }));
export const localeOutput = z.object({ locale: z.enum(LOCALES) });
