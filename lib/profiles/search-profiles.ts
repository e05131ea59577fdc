import { db, dbProvider } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import { invalid } from "../errors";
import { listProfiles } from "./list-profiles";
import { decodeCursor, encodeCursor } from "./page-cursor";
import { parseProfileSearch, parseTraitMatch, type TProfileSearch } from "./parse-profile-search";
import { toProfileSummary } from "./profile-dto";
import type { TListProfilesQuery, TProfileSummary } from "./profile-schemas";

type TPage = { profiles: TProfileSummary[]; nextCursor: string | null };
type TSqlSearch = Extract<TProfileSearch, { kind: "trait" | "text" }>;

const IDENTITIES = { identities: { orderBy: [{ kind: "asc" as const }, { createdAt: "asc" as const }] } };

/** `%part%` for LIKE, with the user's own `%`, `_` and `\` taken literally. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The WHERE fragment of a trait or text search, in each provider's JSON dialect. Traits compare as
 * text ignoring case; SQLite's json_extract gives 1/0 for booleans, so json_type restores the
 * words `true` / `false` that PostgreSQL's `->>` gives.
 */
function matchFragment(search: TSqlSearch, workspaceId: string): Prisma.Sql {
  const pg = dbProvider() === "postgresql";
  if (search.kind === "trait") {
    if (pg) return Prisma.sql`lower(p."traits"->>${search.key}) = lower(${search.value})`;
    const path = `$."${search.key}"`;
    return Prisma.sql`(CASE json_type(p."traits", ${path}) WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE lower(CAST(json_extract(p."traits", ${path}) AS TEXT)) END) = lower(${search.value})`;
  }
  const pattern = likePattern(search.value);
  const name = pg
    ? Prisma.sql`lower(concat_ws(' ', p."traits"->>'first_name', p."traits"->>'last_name')) LIKE ${pattern} ESCAPE '\\' OR lower(coalesce(p."traits"->>'name', '')) LIKE ${pattern} ESCAPE '\\'`
    : Prisma.sql`lower(trim(coalesce(json_extract(p."traits", '$.first_name'), '') || ' ' || coalesce(json_extract(p."traits", '$.last_name'), ''))) LIKE ${pattern} ESCAPE '\\' OR lower(coalesce(json_extract(p."traits", '$.name'), '')) LIKE ${pattern} ESCAPE '\\'`;
  return Prisma.sql`(
    EXISTS (SELECT 1 FROM "Identity" i WHERE i."profileId" = p."id" AND i."workspaceId" = ${workspaceId}
      AND ((i."kind" IN ('userId', 'anonymousId', 'deviceId') AND i."value" = ${search.value}) OR (i."kind" = 'email' AND i."value" LIKE ${pattern} ESCAPE '\\')))
    OR ${name})`;
}

/**
 * Ids of one page of matches, most recently seen first. The cursor names the last profile of the
 * previous page; the keyset compares with that row's own columns, so no time value crosses the
 * driver boundary (the two providers store times differently).
 */
async function matchingIds(workspaceId: string, search: TSqlSearch, afterId: string | null, limit: number): Promise<string[]> {
  const after = afterId
    ? Prisma.sql`AND (p."lastSeenAt" < (SELECT c."lastSeenAt" FROM "Profile" c WHERE c."id" = ${afterId})
        OR (p."lastSeenAt" = (SELECT c."lastSeenAt" FROM "Profile" c WHERE c."id" = ${afterId}) AND p."id" < ${afterId}))`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT p."id" FROM "Profile" p
    WHERE p."workspaceId" = ${workspaceId} AND ${matchFragment(search, workspaceId)} ${after}
    ORDER BY p."lastSeenAt" DESC, p."id" DESC
    LIMIT ${limit + 1}`;
  return rows.map((row) => row.id);
}

/** The profile holding one exact identifier, as a one-row page. */
async function findByIdentifier(workspaceId: string, search: Extract<TProfileSearch, { kind: "identifier" }>): Promise<TPage> {
  const identity = await db.identity.findUnique({
    where: { workspaceId_kind_value: { workspaceId, kind: search.identityKind, value: search.value } },
    include: { profile: { include: IDENTITIES } },
  });
  return { profiles: identity ? [toProfileSummary(identity.profile)] : [], nextCursor: null };
}

/** What the query asks to search for, if anything beyond the exact-identifier parameters. */
async function searchOf(workspaceId: string, query: TListProfilesQuery): Promise<TProfileSearch | null> {
  if (query.trait !== undefined) {
    const trait = parseTraitMatch(query.trait, "query.trait");
    if (!trait) throw invalid("query.trait", "must be key:value (e.g. plan:pro), with a trait name of letters, digits, _ or -");
    return { kind: "trait", ...trait };
  }
  if (query.q === undefined || !query.q.trim()) return null;
  const settings = await db.workspaceSettings.findUnique({ where: { workspaceId }, select: { defaultRegion: true } });
  return parseProfileSearch(query.q, settings?.defaultRegion ?? "US", "query.q");
}

/**
 * Profiles of a workspace for the profiles page and `GET /api/v1/profiles`: a search box entry
 * (`q`: email, phone in any format, id, name part or `plan:pro`), a trait match (`trait`), an
 * exact identifier (`email`, `phone`, `userId`, `anonymousId`), or all profiles. Lists are most
 * recently seen first, a page at a time with a cursor for the next.
 */
export async function searchProfiles(workspaceId: string, query: TListProfilesQuery): Promise<TPage & { search: TProfileSearch | null }> {
  const search = await searchOf(workspaceId, query);
  if (!search) return { ...(await listProfiles(workspaceId, query)), search: null };
  if (search.kind === "identifier") return { ...(await findByIdentifier(workspaceId, search)), search };
  const limit = query.limit ?? 50;
  const afterId = query.cursor ? decodeCursor(query.cursor).id : null;
  const ids = await matchingIds(workspaceId, search, afterId, limit);
  const pageIds = ids.slice(0, limit);
  const rows = await db.profile.findMany({ where: { workspaceId, id: { in: pageIds } }, include: IDENTITIES });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered = pageIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
  const last = ordered.at(-1);
  return { profiles: ordered.map(toProfileSummary), nextCursor: ids.length > limit && last ? encodeCursor({ at: last.lastSeenAt, id: last.id }) : null, search };
}
