import { db } from "../db/client";
import { readBranding, type TBranding } from "./branding-schema";

/** The workspace's preference-centre branding (defaults filled in: company = workspace name). */
export async function getPreferenceBranding(workspaceId: string): Promise<TBranding> {
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { name: true, settings: { select: { preferenceCentre: true } } } });
  return readBranding(workspace?.settings?.preferenceCentre, workspace?.name ?? "");
}
