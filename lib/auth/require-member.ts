import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "./auth";
import { loadSessionMember, type TSessionMember } from "./load-session-member";
import { can, type TPermission } from "./roles";
import { WORKSPACE_COOKIE } from "./workspace-cookie";

/** The signed-in member for a page or server action; sends anyone else to the sign-in page. */
export async function requireMember(): Promise<TSessionMember> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) redirect("/sign-in");
  const preferred = (await cookies()).get(WORKSPACE_COOKIE)?.value ?? null;
  const member = await loadSessionMember(userId, preferred);
  if (!member) redirect("/sign-in?error=no-workspace");
  return member;
}

/** requireMember, plus a permission; server actions use it so analysts are refused server-side too. */
export async function requirePermission(permission: TPermission): Promise<TSessionMember> {
  const member = await requireMember();
  if (!can(member.current.role, permission)) throw new Error(`forbidden: the ${member.current.role} role cannot do ${permission}`);
  return member;
}
