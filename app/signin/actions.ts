"use server";

import { AuthError } from "next-auth";
import { SecondFactorInvalid, SecondFactorRequired, SignInThrottled, signIn } from "@/server/auth/config";
import { safeReturnPath } from "@/server/auth/return-path";
import { textOf } from "@/server/http/html-form";

export type SignInState = { error: "invalid" | "required" | "throttled" | "code_required" | "code_invalid" | null; email: string };

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = textOf(formData, "email").trim();
  const password = textOf(formData, "password");
  const code = textOf(formData, "code").trim();
  if (!email || !password) return { error: "required", email };
  try {
    await signIn("credentials", { email, password, code, redirectTo: safeReturnPath(formData.get("callbackUrl")) });
  } catch (error) {
    // A successful sign-in throws Next's redirect, which must propagate.
    if (error instanceof SignInThrottled) return { error: "throttled", email };
    if (error instanceof SecondFactorRequired) return { error: "code_required", email };
    if (error instanceof SecondFactorInvalid) return { error: "code_invalid", email };
    if (error instanceof AuthError) return { error: "invalid", email };
    throw error;
  }
  return { error: null, email };
}
