import { z } from "zod";
import { LOCALES } from "@/server/db/schema/constants";

export const requestListInput = z.object({
  locale: z.enum(LOCALES),
  ids: z.array(z.string()).optional(),
  serviceCode: z.string().optional(),
  start: z.date(),
  end: z.date(),
  status: z.enum(["open", "closed"]).optional(),
});

export const serviceListInput = z.object({ locale: z.enum(LOCALES) });

export const serviceCodeInput = z.object({ code: z.string() });

export const requestIdInput = z.object({ locale: z.enum(LOCALES), id: z.string() });

export const tokenInput = z.object({ token: z.string() });

/** An Open311 POST read into our terms (open311/parse.ts); the complaint's own rules are checked by `submitComplaint`. */
export const open311SubmitInput = z.object({
  locale: z.enum(LOCALES),
  apiKey: z.string().optional(),
  idempotencyKey: z.string(),
  /** The request as sent, less its api key: what a retry with the same key must repeat. */
  sent: z.record(z.string(), z.string()),
  serviceCode: z.string().optional(),
  addressId: z.string().optional(),
  addressText: z.string().optional(),
  lat: z.string().optional(),
  lng: z.string().optional(),
  description: z.string(),
  category: z.string().optional(),
  occurredAt: z.string().optional(),
  contactName: z.string().optional(),
  contactEmail: z.string().optional(),
  contactPhone: z.string().optional(),
  confidential: z.boolean(),
});

const uuid = z.uuid();

/** The spec's ids are strings; ours are UUIDs, and anything else names no request. */
export const isRequestId = (value: string) => uuid.safeParse(value).success;
