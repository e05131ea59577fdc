import { db } from "../db/client";
import { invalid } from "../errors";
import type { TIdentityKind } from "./incoming-event";
import { normalizeEmail } from "./normalize-email";
import { normalizePhone } from "./normalize-phone";
import { decodeCursor, encodeCursor } from "./page-cursor";
import { toProfileSummary } from "./profile-dto";
import type { TListProfilesQuery, TProfileSummary } from "./profile-schemas";

const IDENTITIES = { identities: { orderBy: [{ kind: "asc" as const }, { createdAt: "asc" as const }] } };

/** The identifier a query names, normalised as ingestion stores it (email lower-cased, phone E.164). */
async function lookupIdentifier(workspaceId: string, query: TListProfilesQuery): Promise<{ kind: TIdentityKind; value: string } | null> {
  if (query.email !== undefined) {
    const email = normalizeEmail(query.email);
    if (!email.ok || !email.value) throw invalid("query.email", email.ok ? "must not be empty" : email.message);
    return { kind: "email", value: email.value };
  }
  if (query.phone !== undefined) {
    const settings = await db.workspaceSettings.findUnique({ where: { workspaceId }, select: { defaultRegion: true } });
    const phone = normalizePhone(query.phone, settings?.defaultRegion ?? "US");
    if (!phone.ok || !phone.value) throw invalid("query.phone", phone.ok ? "must not be empty" : phone.message);
    return { kind: "phone", value: phone.value };
  }
  if (query.userId !== undefined) return { kind: "userId", value: query.userId };
  if (query.anonymousId !== undefined) return { kind: "anonymousId", value: query.anonymousId };
  return null;
}

/**
 * Profiles of a workspace: the one holding an exact identifier (`email`, `phone` — read in the
 * workspace's region —, `userId`, `anonymousId`), or, without one, a page of all profiles,
 * most recently seen first, with a cursor for the next page.
 */
export async function listProfiles(workspaceId: string, query: TListProfilesQuery): Promise<{ profiles: TProfileSummary[]; nextCursor: string | null }> {
  const identifier = await lookupIdentifier(workspaceId, query);
  if (identifier) {
    const identity = await db.identity.findUnique({ where: { workspaceId_kind_value: { workspaceId, ...identifier } }, include: { profile: { include: IDENTITIES } } });
    return { profiles: identity ? [toProfileSummary(identity.profile)] : [], nextCursor: null };
  }
  const limit = query.limit ?? 50;
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await db.profile.findMany({
    where: { workspaceId, ...(after ? { OR: [{ lastSeenAt: { lt: after.at } }, { lastSeenAt: after.at, id: { lt: after.id } }] } : {}) },
    orderBy: [{ lastSeenAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    include: IDENTITIES,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { profiles: page.map(toProfileSummary), nextCursor: rows.length > limit && last ? encodeCursor({ at: last.lastSeenAt, id: last.id }) : null };
}
