"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";

export interface TSignInState {
  error: string | null;
}

/** Signs in; on failure one message that never says whether the email or the password was wrong. */
export async function signInAction(_previous: TSignInState, form: FormData): Promise<TSignInState> {
  const callback = String(form.get("callbackUrl") ?? "/journeys");
  try {
    await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirectTo: callback.startsWith("/") && !callback.startsWith("//") ? callback : "/journeys",
    });
    return { error: null };
  } catch (error) {
    if (error instanceof AuthError) return { error: "Email or password is incorrect." };
    throw error; // the redirect after a successful sign-in travels as an error
  }
}
