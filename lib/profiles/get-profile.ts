import { db } from "../db/client";
import { DomainError } from "../errors";
import { CHANNELS, type TChannel } from "../journey/channels";
import { checkProfileId } from "./check-profile-id";
import { toProfileSummary } from "./profile-dto";
import type { TProfileDetail } from "./profile-schemas";

const MAX_MERGE_HOPS = 100;

/** The profile a merged profile's id now lives on, following the merge chain; null if none. */
async function survivorOf(workspaceId: string, id: string): Promise<string | null> {
  let current = id;
  for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
    const merge = await db.profileMerge.findFirst({ where: { workspaceId, mergedId: current }, orderBy: { createdAt: "desc" } });
    if (!merge) return current === id ? null : current;
    current = merge.survivorId;
  }
  return current;
}

/**
 * One profile with its traits, identities, consent on every channel ("neverAsked" where none
 * was recorded) and the merges that formed it. An id that was merged away answers 404 with
 * `mergedInto`, the profile that holds its data now.
 */
export async function getProfile(workspaceId: string, id: string): Promise<TProfileDetail> {
  checkProfileId(id);
  const row = await db.profile.findFirst({
    where: { id, workspaceId },
    include: { identities: { orderBy: [{ kind: "asc" }, { createdAt: "asc" }] }, consents: true },
  });
  if (!row) {
    const mergedInto = await survivorOf(workspaceId, id);
    throw new DomainError("notFound", mergedInto ? `profile not found: it was merged into ${mergedInto}` : "profile not found", undefined, mergedInto ? { mergedInto } : undefined);
  }
  const merges = [];
  // profiles merged into this one, and into those, breadth first
  for (let frontier = [row.id], hops = 0; frontier.length > 0 && hops < MAX_MERGE_HOPS; hops++) {
    const found = await db.profileMerge.findMany({ where: { workspaceId, survivorId: { in: frontier } } });
    merges.push(...found);
    frontier = found.map((m) => m.mergedId);
  }
  const consent = Object.fromEntries(
    CHANNELS.map((channel: TChannel) => {
      const stored = row.consents.find((c) => c.channel === channel);
      const status = stored?.status === "subscribed" || stored?.status === "unsubscribed" ? stored.status : "neverAsked";
      return [channel, { status, source: stored?.source ?? null, updatedAt: stored?.updatedAt.toISOString() ?? null }];
    }),
  ) as TProfileDetail["consent"];
  const times = row.traitTimestamps && typeof row.traitTimestamps === "object" && !Array.isArray(row.traitTimestamps) ? (row.traitTimestamps as Record<string, unknown>) : {};
  return {
    ...toProfileSummary(row),
    traitTimestamps: Object.fromEntries(Object.entries(times).filter((e): e is [string, string] => typeof e[1] === "string")),
    consent,
    merges: merges
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .map((m) => ({ survivorId: m.survivorId, mergedId: m.mergedId, eventMessageId: m.eventMessageId, createdAt: m.createdAt.toISOString() })),
  };
}
