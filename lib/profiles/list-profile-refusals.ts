import { db } from "../db/client";
import { formatAgo } from "../engine/time/format-time";

/** A trigger that matched the profile but did not enrol it, as the profile page and export show it. */
export interface TProfileRefusal {
  journeyId: string;
  journeyName: string;
  /** "reentryBlocked" | "entryLimit" | "journeyEntryLimit" */
  reason: string;
  /** the sentence the enroll API answers with: "already in this journey (re-entry only after exit)" */
  detail: string;
  count: number;
  firstAt: string;
  lastAt: string;
  /** "2 h ago", as of the read */
  lastAgo: string;
}

/**
 * Why journeys did not take this profile when their trigger matched (re-entry policy, entry
 * limits): one row per journey and reason with how often and when (`lastAgo` as of `now`), most
 * recent first. One query.
 */
export async function listProfileRefusals(workspaceId: string, profileId: string, options: { limit?: number; now?: Date } = {}): Promise<TProfileRefusal[]> {
  const now = (options.now ?? new Date()).getTime();
  const rows = await db.enrollmentRefusal.findMany({
    where: { workspaceId, profileId },
    orderBy: [{ lastAt: "desc" }, { id: "asc" }],
    take: options.limit ?? 100,
    include: { journey: { select: { name: true } } },
  });
  return rows.map((r) => ({ journeyId: r.journeyId, journeyName: r.journey.name, reason: r.reason, detail: r.detail, count: r.count, firstAt: r.firstAt.toISOString(), lastAt: r.lastAt.toISOString(), lastAgo: formatAgo(r.lastAt.getTime(), now) }));
}
