import { z } from "zod";
import { MONITOR_METHODS } from "@/server/db/schema/constants";
import { isCheckableUrl } from "./http-check";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
/** A whole number from a form field or JSON; a blank field takes the default. */
const whole = (min: number, max: number, error: string) =>
  z.preprocess(blank, z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).optional());

export const createMonitorInput = z
  .object({
    serviceId: z.uuid({ error: "errors.service" }),
    name: z.string().trim().min(2, { error: "errors.nameShort" }).max(200, { error: "errors.nameLong" }),
    url: z.string().trim().max(2000, { error: "errors.monitorUrl" }).refine(isCheckableUrl, { error: "errors.monitorUrl" }),
    method: z.preprocess(blank, z.enum(MONITOR_METHODS, { error: "errors.monitorMethod" }).default("GET")),
    expectStatusMin: whole(100, 599, "errors.monitorStatus").transform((v) => v ?? 200),
    expectStatusMax: whole(100, 599, "errors.monitorStatus").transform((v) => v ?? 399),
    expectText: z.preprocess(blank, z.string().trim().max(200, { error: "errors.monitorText" }).optional()),
    timeoutMs: whole(1000, 30_000, "errors.monitorTimeout").transform((v) => v ?? 10_000),
    intervalSeconds: whole(30, 86_400, "errors.monitorInterval").transform((v) => v ?? 60),
    failuresToOpen: whole(1, 10, "errors.monitorFailures").transform((v) => v ?? 3),
  })
  .superRefine((v, ctx) => {
    if (v.expectStatusMax < v.expectStatusMin) ctx.addIssue({ code: "custom", path: ["expectStatusMax"], message: "errors.monitorStatus" });
    // A HEAD answer has no body to search.
    if (v.expectText && v.method === "HEAD") ctx.addIssue({ code: "custom", path: ["expectText"], message: "errors.monitorTextHead" });
    // The check must end before the next is due.
    if (v.timeoutMs > v.intervalSeconds * 1000) ctx.addIssue({ code: "custom", path: ["timeoutMs"], message: "errors.monitorTimeout" });
  });

export const setMonitorActiveInput = z.object({ monitorId: z.uuid(), active: z.boolean() });

export const monitorsOutput = z.array(
  z.object({
    id: z.uuid(),
    name: z.string(),
    url: z.string(),
    method: z.string(),
    intervalSeconds: z.number().int(),
    failuresToOpen: z.number().int(),
    active: z.boolean(),
    serviceName: z.string(),
    lastCheckedAt: z.date().nullable(),
    lastOk: z.boolean().nullable(),
    lastError: z.string().nullable(),
    downSince: z.date().nullable(),
    uptime24h: z.number().nullable(),
  }),
);
export const createMonitorOutput = z.object({ id: z.uuid() });
export const monitorActiveOutput = z.object({ monitorId: z.uuid(), active: z.boolean() });
