import { db } from "../db/client";

/** True when this installation holds the seeded demo workspace (the sign-in page then shows its logins). */
export async function isDemoInstance(): Promise<boolean> {
  return (await db.workspace.count({ where: { isDemo: true, slug: "demo" } })) > 0;
}
