import { db, dbProvider } from "../db/client";
import { profileDetail, profileLabel } from "./profile-label";
import type { TPreviewProfileOption } from "./template-schemas";

const LIMIT = 20;

/** `%part%` for LIKE, with the user's own `%`, `_` and `\` taken literally. */
function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Ids of the most recently seen profiles whose email, phone or user id, or whose name traits
 * (`first_name last_name`, or `name`), contain `q`, ignoring case. Traits are JSON, which each
 * provider queries in its own dialect; the rest of the statement is the same.
 */
async function matchingProfileIds(workspaceId: string, q: string): Promise<string[]> {
  const pattern = likePattern(q);
  const rows: { id: string }[] =
    dbProvider() === "postgresql"
      ? await db.$queryRaw`
          SELECT p."id" FROM "Profile" p
          WHERE p."workspaceId" = ${workspaceId} AND (
            EXISTS (SELECT 1 FROM "Identity" i WHERE i."profileId" = p."id" AND i."workspaceId" = ${workspaceId} AND i."kind" IN ('email', 'phone', 'userId') AND lower(i."value") LIKE ${pattern} ESCAPE '\\')
            OR lower(concat_ws(' ', p."traits"->>'first_name', p."traits"->>'last_name')) LIKE ${pattern} ESCAPE '\\'
            OR lower(coalesce(p."traits"->>'name', '')) LIKE ${pattern} ESCAPE '\\')
          ORDER BY p."lastSeenAt" DESC LIMIT ${LIMIT}`
      : await db.$queryRaw`
          SELECT p."id" FROM "Profile" p
          WHERE p."workspaceId" = ${workspaceId} AND (
            EXISTS (SELECT 1 FROM "Identity" i WHERE i."profileId" = p."id" AND i."workspaceId" = ${workspaceId} AND i."kind" IN ('email', 'phone', 'userId') AND lower(i."value") LIKE ${pattern} ESCAPE '\\')
            OR lower(trim(coalesce(json_extract(p."traits", '$.first_name'), '') || ' ' || coalesce(json_extract(p."traits", '$.last_name'), ''))) LIKE ${pattern} ESCAPE '\\'
            OR lower(coalesce(json_extract(p."traits", '$.name'), '')) LIKE ${pattern} ESCAPE '\\')
          ORDER BY p."lastSeenAt" DESC LIMIT ${LIMIT}`;
  return rows.map((row) => row.id);
}

/**
 * Profiles for the preview picker: without a query the 20 most recently seen; with one, those
 * whose email, phone, user id or name contains it. Each comes with a label (name, else email) and a
 * detail line (email · user id).
 */
export async function searchPreviewProfiles(workspaceId: string, q = ""): Promise<TPreviewProfileOption[]> {
  const query = q.trim();
  const ids = query ? await matchingProfileIds(workspaceId, query) : null;
  if (ids?.length === 0) return [];
  const rows = await db.profile.findMany({
    where: { workspaceId, ...(ids && { id: { in: ids } }) },
    orderBy: { lastSeenAt: "desc" },
    take: LIMIT,
    select: {
      id: true,
      traits: true,
      lastSeenAt: true,
      identities: { where: { kind: { in: ["email", "userId"] } }, orderBy: { createdAt: "desc" }, select: { kind: true, value: true } },
    },
  });
  return rows.map((row) => {
    const traits = (row.traits && typeof row.traits === "object" ? row.traits : {}) as Record<string, unknown>;
    const email = row.identities.find((i) => i.kind === "email")?.value ?? null;
    const userId = row.identities.find((i) => i.kind === "userId")?.value ?? null;
    const label = profileLabel(traits, email, userId, row.id);
    return { id: row.id, label, detail: profileDetail(label, email, userId), lastSeenAt: row.lastSeenAt.toISOString() };
  });
}
