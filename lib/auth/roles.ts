import { z } from "zod";

export const ROLES = ["admin", "marketer", "analyst"] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

/** Everything a role can be allowed to do. Reads of journeys and analytics are open to all roles. */
export type TPermission = "journeys:read" | "journeys:write" | "analytics:read" | "members:manage" | "settings:write" | "apiKeys:manage";

const GRANTS: Record<TRole, readonly TPermission[]> = {
  admin: ["journeys:read", "journeys:write", "analytics:read", "members:manage", "settings:write", "apiKeys:manage"],
  marketer: ["journeys:read", "journeys:write", "analytics:read"],
  analyst: ["journeys:read", "analytics:read"],
};

/** Whether a role holds a permission. */
export function can(role: TRole, permission: TPermission): boolean {
  return GRANTS[role].includes(permission);
}

export const ROLE_LABELS: Record<TRole, string> = {
  admin: "Admin",
  marketer: "Marketer",
  analyst: "Analyst (read-only)",
};
