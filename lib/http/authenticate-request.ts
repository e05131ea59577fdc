import { authenticateManagementKey } from "../api-keys/authenticate-api-key";
import { auth } from "../auth/auth";
import { loadSessionMember } from "../auth/load-session-member";
import type { TPrincipal } from "../auth/principal";
import { WORKSPACE_COOKIE } from "../auth/workspace-cookie";

function cookieValue(request: Request, name: string): string | null {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

/**
 * The principal behind an API request: a management key in `Authorization: Bearer`, else the
 * session cookie (in the workspace the workspace cookie names). Null when neither is valid.
 */
export async function authenticateRequest(request: Request): Promise<TPrincipal | null> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    return match?.[1] ? authenticateManagementKey(match[1]) : null;
  }
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const member = await loadSessionMember(userId, cookieValue(request, WORKSPACE_COOKIE));
  if (!member) return null;
  return { kind: "user", workspaceId: member.current.workspaceId, role: member.current.role, userId, apiKeyId: null };
}
