import type { TRole } from "./roles";

/** Who is acting: a signed-in member or a management API key, always inside one workspace. */
export interface TPrincipal {
  kind: "user" | "apiKey";
  workspaceId: string;
  role: TRole;
  userId: string | null;
  apiKeyId: string | null;
}
