import { db } from "../db/client";
import type { TChannel } from "../journey/channels";
import { CUSTOMER_CHANNELS } from "./preference-channels";

/**
 * The channels the workspace uses: those its templates are written for, those its consent policy
 * names, and any the profile already stated a choice on — only those customers understand.
 */
export async function listChannelsInUse(workspaceId: string, consentPolicy: unknown, stated: TChannel[]): Promise<TChannel[]> {
  const templates = await db.template.findMany({ where: { workspaceId }, distinct: ["channel"], select: { channel: true } });
  const used = new Set<string>([...templates.map((t) => t.channel), ...Object.keys(consentPolicy && typeof consentPolicy === "object" ? consentPolicy : {}), ...stated]);
  const shown = CUSTOMER_CHANNELS.filter((channel) => used.has(channel));
  return shown.length > 0 ? shown : ["email"];
}

