import { z } from "zod";
import type { PersonalData } from "./personal-data";
import { LOCALES, PRIVACY_REQUEST_KINDS, PRIVACY_REQUEST_STATUSES } from "@/server/db/schema/constants";
import { optional } from "@/server/domain/schema-helpers";

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{5,19}$/, { error: "errors.phone" });

/** Who asks: by tracking code (the code goes to the contact on file), or by the contact itself. */
export const requestCodeInput = z
  .object({
    code: optional(z.string().trim().max(40, { error: "errors.trackingCode" })),
    contact: optional(z.string().trim().max(254, { error: "errors.contactOnFile" })),
    locale: z.enum(LOCALES).default("id"),
  })
  .superRefine((v, ctx) => {
    // Said on both fields: the page has one form for each, and each shows its own.
    if (!v.code && !v.contact)
      for (const path of ["code", "contact"]) ctx.addIssue({ code: "custom", path: [path], message: "errors.codeOrContact" });
    if (v.contact && !z.email().safeParse(v.contact).success && !phone.safeParse(v.contact).success)
      ctx.addIssue({ code: "custom", path: ["contact"], message: "errors.contactOnFile" });
  });

export const verifyCodeInput = z.object({
  challengeId: z.uuid({ error: "errors.verificationCode" }),
  otp: z
    .string()
    .trim()
    .regex(/^[0-9]{6}$/, { error: "errors.verificationCode" }),
});

export const sessionInput = z.object({ session: z.string().trim().min(20).max(100) });

const note = optional(z.string().trim().max(2000, { error: "errors.noteLong" }));

/** What a reporter asks for; a correction names at least one new value. */
export const fileRequestInput = z.discriminatedUnion("kind", [
  sessionInput.extend({
    kind: z.literal("correction"),
    complaintId: z.uuid(),
    name: optional(z.string().trim().max(120, { error: "errors.nameLong" })),
    email: optional(z.email({ error: "errors.email" }).max(254, { error: "errors.email" })),
    phone: optional(phone),
    note,
  }),
  sessionInput.extend({ kind: z.enum(["withdrawal", "erasure"]), complaintId: z.uuid(), note }),
]);

export const decideRequestInput = z.object({
  requestId: z.uuid(),
  decision: z.enum(["granted", "refused"]),
  reason: z.string().trim().min(10, { error: "errors.decisionReason" }).max(2000, { error: "errors.decisionReason" }),
});

export const listRequestsInput = z.object({ status: z.enum(["open", "decided"]).default("open") }).default({ status: "open" });

// What a reporter is handed on "my data" (declared: nothing else of the record leaves).
export const requestCodeOutput = z.object({
  challengeId: z.string().nullable(),
  sentTo: z.enum(["email", "whatsapp"]).nullable(),
  unreachable: z.boolean(),
});
export const verifyCodeOutput = z.object({ session: z.string(), expiresAt: z.date() });
/** Their own reports with everything held about them; shaped by `personal-data.ts`, which only the code's holder reaches. */
export const myDataOutput = z.object({ complaints: z.custom<PersonalData>((v) => Array.isArray(v)) });
export const fileRequestOutput = z.object({ requestId: z.string(), dueAt: z.date() });
export const endSessionOutput = z.object({ ended: z.boolean() });

// What admins read of reporters' requests: who asked (a name or address) and what they asked for.
export const privacyRequestsOutput = z.array(
  z.object({
    id: z.uuid(),
    complaintId: z.uuid(),
    trackingCode: z.string(),
    reporter: z.string(),
    kind: z.enum(PRIVACY_REQUEST_KINDS),
    status: z.enum(PRIVACY_REQUEST_STATUSES),
    details: z.record(z.string(), z.string()).nullable(),
    requestedAt: z.date(),
    dueAt: z.date(),
    overdue: z.boolean(),
    article: z.string(),
    caseOpen: z.boolean(),
    decidedAt: z.date().nullable(),
    decidedBy: z.string().nullable(),
    reason: z.string().nullable(),
  }),
);
export const privacyDeadlinesOutput = z.object({ open: z.number().int(), overdue: z.number().int(), nextDueAt: z.date().nullable() });
export const decidePrivacyRequestOutput = z.object({ status: z.enum(["granted", "refused"]) });
