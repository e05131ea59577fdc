import type { TRole } from "../../lib/auth/roles";

/** Password shared by every demo user. Demo workspaces only; never used for real accounts. */
export const DEMO_PASSWORD = "waymark-demo";

/** Slug of the seeded demo workspace; its presence is what makes the seed a no-op. */
export const DEMO_WORKSPACE_SLUG = "demo";

/** Slug of the second demo workspace, there so the workspace switcher has a target. */
export const SANDBOX_WORKSPACE_SLUG = "sandbox";

export interface TDemoUser {
  key: "admin" | "marketer" | "analyst";
  email: string;
  name: string;
  role: TRole;
}

/** The three demo users, one per role. */
export const DEMO_USERS: readonly TDemoUser[] = [
  { key: "admin", email: "admin@waymark.test", name: "Ada Admin", role: "admin" },
  { key: "marketer", email: "marketer@waymark.test", name: "Mia Marketer", role: "marketer" },
  { key: "analyst", email: "analyst@waymark.test", name: "Ari Analyst", role: "analyst" },
];
