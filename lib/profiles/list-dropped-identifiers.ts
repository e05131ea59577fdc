import { db } from "../db/client";
import type { TDropReason } from "./describe-dropped-identifier";

/** A dropped identifier as the profile and settings pages show it. */
export interface TDroppedIdentifierView {
  id: string;
  profileId: string;
  kind: string;
  value: string;
  reason: TDropReason;
  detail: string;
  ownerProfileId: string | null;
  eventMessageId: string;
  at: string;
}

/**
 * The newest identifiers events carried but did not attach: of one profile (its page's
 * "Identifiers not attached"), or of the whole workspace (the identity settings page).
 */
export async function listDroppedIdentifiers(workspaceId: string, options: { profileId?: string; limit: number }): Promise<TDroppedIdentifierView[]> {
  const rows = await db.droppedIdentifier.findMany({
    where: { workspaceId, ...(options.profileId ? { profileId: options.profileId } : {}) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: options.limit,
  });
  return rows.map((row) => ({ id: row.id, profileId: row.profileId, kind: row.kind, value: row.value, reason: row.reason as TDropReason, detail: row.detail, ownerProfileId: row.ownerProfileId, eventMessageId: row.eventMessageId, at: row.at.toISOString() }));
}
