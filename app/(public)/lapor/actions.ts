"use server";

import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { createCaller } from "@/server/api/root";
import { formRefusalOf } from "@/server/http/html-form";
import { readReportForm, reportInputOf } from "@/server/http/report-html-form";
import { createRequestContext } from "@/server/http/request-context";
import { localizedPath } from "@/server/i18n/locale";
import { toMultipart } from "@/app/_components/multipart";
import type { ReportFormState } from "./form-state";

/**
 * The report form posted without JavaScript (scripts stripped, or not loaded yet): the same procedure as the
 * scripted form, then the tracking page with the code, or the form again with its errors and what was typed.
 */
export async function submitReportForm(_previous: ReportFormState, form: FormData): Promise<ReportFormState> {
  const ctx = await createRequestContext();
  const { values, files } = readReportForm(form);
  const input = await reportInputOf(values, files, ctx.clientIp, ctx.locale);
  let trackingCode: string;
  try {
    ({ trackingCode } = await createCaller(ctx).complaint.submit(files.length > 0 ? toMultipart(input, files) : input));
  } catch (error) {
    const refusal = formRefusalOf(error, ctx.locale);
    // Only a key already spent on other content needs replacing; otherwise nothing was stored under it.
    const spent = error instanceof TRPCError && error.code === "UNPROCESSABLE_CONTENT";
    const idempotencyKey = spent ? `form_${crypto.randomUUID().replaceAll("-", "")}` : input.idempotencyKey;
    return { values: { ...values, idempotencyKey }, ...refusal, filesDropped: files.length };
  }
  redirect(localizedPath(ctx.locale, `/track/${trackingCode}?notice=sent`));
}
