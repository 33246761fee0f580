"use server";

import { redirect } from "next/navigation";
import { createCaller } from "@/server/api/root";
import { filesOf, formRefusalOf, textOf } from "@/server/http/html-form";
import { createRequestContext } from "@/server/http/request-context";
import { localizedPath } from "@/server/i18n/locale";
import type { FieldErrors } from "@/app/_components/field-errors";
import { toMultipart } from "@/app/_components/multipart";

/** What a tracking page's form posted without JavaScript comes back with when refused. */
export type TrackFormState = { body: string; fieldErrors: FieldErrors; formError: string; filesDropped: number } | null;

/** The tracking page again, saying what was just done (the scripted forms say it in place). */
function backToTracking(locale: Parameters<typeof localizedPath>[0], code: string, notice: string): never {
  redirect(localizedPath(locale, `/track/${encodeURIComponent(code)}?notice=${notice}`));
}

/** "More information" posted without JavaScript: the same procedure as the scripted form. */
export async function addInformationForm(_previous: TrackFormState, form: FormData): Promise<TrackFormState> {
  const ctx = await createRequestContext();
  const code = textOf(form, "code");
  const body = textOf(form, "body");
  const files = filesOf(form, "files");
  try {
    await createCaller(ctx).complaint.addInformation(toMultipart({ code, idempotencyKey: textOf(form, "idempotencyKey"), body }, files));
  } catch (error) {
    return { body, ...formRefusalOf(error, ctx.locale), filesDropped: files.length };
  }
  backToTracking(ctx.locale, code, "info_added");
}

/** "Was it really fixed?" answered without JavaScript: the button pressed carries the answer. */
export async function fixedCheckForm(_previous: TrackFormState, form: FormData): Promise<TrackFormState> {
  const ctx = await createRequestContext();
  const code = textOf(form, "code");
  let reopened: boolean;
  try {
    ({ reopened } = await createCaller(ctx).complaint.fixedCheck({ code, fixed: textOf(form, "fixed") === "yes" }));
  } catch (error) {
    return { body: "", ...formRefusalOf(error, ctx.locale), filesDropped: 0 };
  }
  backToTracking(ctx.locale, code, reopened ? "reopened" : "fixed_thanks");
}

/** What a rating posted without JavaScript comes back with when refused: what was chosen and typed, and why. */
export type RatingFormState = { score: string; comment: string; fieldErrors: FieldErrors; formError: string } | null;

/** The reporter's rating of the handling, posted without JavaScript: the same procedure as the scripted form. */
export async function rateForm(_previous: RatingFormState, form: FormData): Promise<RatingFormState> {
  const ctx = await createRequestContext();
  const code = textOf(form, "code");
  const [score, comment] = [textOf(form, "score"), textOf(form, "comment")];
  try {
    await createCaller(ctx).complaint.rate({ code, score, comment });
  } catch (error) {
    return { score, comment, ...formRefusalOf(error, ctx.locale) };
  }
  backToTracking(ctx.locale, code, "rated");
}
