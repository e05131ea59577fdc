import { db } from "../db/client";

/** How many profiles the workspace holds (an index-only count on workspaceId). */
export async function countProfiles(workspaceId: string): Promise<number> {
  return db.profile.count({ where: { workspaceId } });
}
