"use server";

import { TRPCError } from "@trpc/server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { createCaller } from "@/server/api/root";
import { formRefusalOf, textOf } from "@/server/http/html-form";
import { MY_DATA_COOKIE, myDataCookieOptions } from "@/server/http/my-data-cookie";
import { createRequestContext } from "@/server/http/request-context";
import { localizedPath } from "@/server/i18n/locale";
import type { FieldErrors } from "@/app/_components/field-errors";
import type { RouterInputs } from "@/app/_trpc/types";

/** A refused form comes back with its errors and everything typed. */
export type MyDataFormState = { values: Record<string, string>; fieldErrors: FieldErrors; formError: string } | null;

async function refusal(error: unknown, values: Record<string, string>): Promise<MyDataFormState> {
  const ctx = await createRequestContext();
  return { values, ...formRefusalOf(error, ctx.locale) };
}

function toMyData(locale: Parameters<typeof localizedPath>[0], query: Record<string, string>): never {
  redirect(localizedPath(locale, `/data-saya?${new URLSearchParams(query)}`));
}

/** Step 1: a tracking code or a contact; the one-time code goes to the contact on file. */
export async function requestCodeForm(_previous: MyDataFormState, form: FormData): Promise<MyDataFormState> {
  const ctx = await createRequestContext();
  const values = { code: textOf(form, "code"), contact: textOf(form, "contact") };
  let sent;
  try {
    sent = await createCaller(ctx).privacy.requestCode({ ...values, locale: ctx.locale });
  } catch (error) {
    return refusal(error, values);
  }
  if (!sent.challengeId) toMyData(ctx.locale, { notice: sent.unreachable ? "unreachable" : "no_contact", code: values.code });
  toMyData(ctx.locale, { c: sent.challengeId, via: sent.sentTo ?? "contact" });
}

/** Step 2: the six digits; a right code opens the session in an HttpOnly cookie. */
export async function verifyCodeForm(_previous: MyDataFormState, form: FormData): Promise<MyDataFormState> {
  const ctx = await createRequestContext();
  const values = { challengeId: textOf(form, "challengeId"), otp: textOf(form, "otp") };
  let opened;
  try {
    opened = await createCaller(ctx).privacy.verifyCode(values);
  } catch (error) {
    return refusal(error, values);
  }
  const [jar, head] = await Promise.all([cookies(), headers()]);
  // next start itself speaks plain HTTP: https is known from the proxy's header, when the proxy is trusted.
  jar.set(MY_DATA_COOKIE, opened.session, myDataCookieOptions("http://app/", head.get("x-forwarded-proto"), opened.expiresAt));
  toMyData(ctx.locale, {});
}

/** A correction, withdrawal or erasure of one complaint, filed in the verified session. */
export async function fileRequestForm(_previous: MyDataFormState, form: FormData): Promise<MyDataFormState> {
  const ctx = await createRequestContext();
  const values = Object.fromEntries(["kind", "complaintId", "name", "email", "phone", "note"].map((k) => [k, textOf(form, k)]));
  const session = (await cookies()).get(MY_DATA_COOKIE)?.value;
  if (!session) toMyData(ctx.locale, { notice: "expired" });
  try {
    // The form's text as typed: the procedure's schema checks it, and a bad field comes back as its error.
    await createCaller(ctx).privacy.fileRequest({ ...values, session } as RouterInputs["privacy"]["fileRequest"]);
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") toMyData(ctx.locale, { notice: "expired" });
    return refusal(error, values);
  }
  toMyData(ctx.locale, { notice: "requested" });
}

/** "Done": the session ends in the database and the cookie goes. */
export async function endSessionForm(): Promise<void> {
  const ctx = await createRequestContext();
  const jar = await cookies();
  const session = jar.get(MY_DATA_COOKIE)?.value;
  // A cookie that is not a session at all has nothing to end.
  if (session)
    await createCaller(ctx)
      .privacy.endSession({ session })
      .catch(() => null);
  jar.delete(MY_DATA_COOKIE);
  toMyData(ctx.locale, { notice: "ended" });
}
