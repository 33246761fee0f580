import { z } from "zod";
import { LOCALES, SUBSCRIPTION_TARGETS } from "@/server/db/schema/constants";

/** Targets are named the way public pages name them: an incident code, an agency slug, a service code. */
export const followInput = z.object({
  email: z.email({ error: "errors.email" }).max(254),
  targetType: z.enum(SUBSCRIPTION_TARGETS),
  target: z.string().trim().min(1).max(100),
  locale: z.enum(LOCALES).default("id"),
});

export const tokenInput = z.object({ token: z.string().trim().min(10).max(200) });

// What a follower is told: only whether it worked.
export const followOutput = z.object({ status: z.literal("confirmation_sent") });
export const confirmOutput = z.object({ confirmed: z.boolean() });
export const unsubscribeOutput = z.object({ unsubscribed: z.boolean() });
