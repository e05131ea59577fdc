"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth/auth";
import { requireMember } from "@/lib/auth/require-member";
import { WORKSPACE_COOKIE } from "@/lib/auth/workspace-cookie";

/** Switches the active workspace (only to one the user belongs to). */
export async function switchWorkspaceAction(form: FormData): Promise<void> {
  const member = await requireMember();
  const target = String(form.get("workspaceId") ?? "");
  if (member.memberships.some((m) => m.workspaceId === target)) {
    (await cookies()).set(WORKSPACE_COOKIE, target, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
  }
  redirect("/journeys");
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
