import { db } from "../db/client";
import { consentPolicyFor } from "../engine/send-rules/check-consent";
import { getWorkspaceRules } from "../workspace-settings/get-workspace-rules";
import { notFound } from "../errors";
import { readBranding } from "./branding-schema";
import { listChannelsInUse } from "./list-channels-in-use";
import type { TPreferenceCentre } from "./load-preference-centre";
import { CUSTOMER_CHANNEL_LABELS } from "./preference-channels";

/**
 * The preference centre as a sample customer (never asked about anything) would see it, for the
 * settings page's preview and template previews: the workspace's branding, channels in use and
 * active topics with their defaults. Nothing about a real profile is shown.
 */
export async function previewPreferenceCentre(workspaceId: string): Promise<TPreferenceCentre> {
  const [workspace, topics, rules] = await Promise.all([
    db.workspace.findUnique({ where: { id: workspaceId }, select: { name: true, settings: { select: { preferenceCentre: true, consentPolicy: true } } } }),
    db.topic.findMany({ where: { workspaceId, archivedAt: null }, orderBy: { name: "asc" } }),
    getWorkspaceRules(db, workspaceId),
  ]);
  if (!workspace) throw notFound("workspace");
  const channels = await listChannelsInUse(workspaceId, workspace.settings?.consentPolicy, []);
  return {
    workspaceId,
    profileId: "preview",
    branding: readBranding(workspace.settings?.preferenceCentre, workspace.name),
    maskedEmail: "a***@example.com",
    channels: channels.map((channel) => ({
      channel,
      label: CUSTOMER_CHANNEL_LABELS[channel]?.label ?? channel,
      hint: CUSTOMER_CHANNEL_LABELS[channel]?.hint ?? "",
      subscribed: consentPolicyFor(channel, { workspace: rules }) === "optOut",
    })),
    topics: topics.map((t) => ({ id: t.id, name: t.name, description: t.description, subscribed: t.defaultSubscribed })),
  };
}
