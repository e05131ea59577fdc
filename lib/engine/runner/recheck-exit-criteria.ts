import type { Db } from "../../db/client";
import { exitCriteriaAffectedBy, type TProfileChange } from "../exit-criteria-affected-by";
import { loadExitRules } from "./load-exit-rules";
import { stepEnrollments } from "./step-enrollments";

export type { TProfileChange };

export type TRecheckSummary = { checked: number; exited: number };

/**
 * After a profile changed outside a journey step — identify (traits, consent), the consent API,
 * preference centre or one-click unsubscribe, an update-profile step, a merge, a segment entry or
 * exit — re-checks the exit criteria of its active and waiting enrollments at once, instead of at
 * their next wake time. Only enrollments of versions whose criteria read what changed are
 * stepped: a live journey's step checks goal and exit criteria first and, when the enrollment is
 * not due, stays where it is; a paused journey's enrollment gets only that check. A workspace
 * without exit criteria on any live or paused journey pays nothing (`loadExitRules` is cached);
 * otherwise one indexed query finds the enrollments and one batch steps them.
 */
export async function recheckExitCriteria(db: Db, workspaceId: string, changes: ReadonlyMap<string, TProfileChange>, now: Date): Promise<TRecheckSummary> {
  if (changes.size === 0) return { checked: 0, exited: 0 };
  const rules = await loadExitRules(db, workspaceId);
  if (rules.length === 0) return { checked: 0, exited: 0 };
  const wanted = new Map<string, Set<string>>();
  for (const [profileId, change] of changes) {
    const versions = rules.filter((rule) => exitCriteriaAffectedBy(rule.facts, change)).map((rule) => rule.versionId);
    if (versions.length > 0) wanted.set(profileId, new Set(versions));
  }
  if (wanted.size === 0) return { checked: 0, exited: 0 };
  const versionIds = [...new Set([...wanted.values()].flatMap((set) => [...set]))];
  const rows = await db.enrollment.findMany({
    where: { workspaceId, profileId: { in: [...wanted.keys()] }, versionId: { in: versionIds }, state: { in: ["active", "waiting"] } },
    select: { id: true, profileId: true, versionId: true },
  });
  const ids = rows.filter((row) => wanted.get(row.profileId)?.has(row.versionId)).map((row) => row.id);
  if (ids.length === 0) return { checked: 0, exited: 0 };
  const stepped = await stepEnrollments(db, workspaceId, ids, { now, workerId: "exit-criteria", checkPausedRules: true });
  return { checked: stepped.stepped, exited: stepped.exited };
}
