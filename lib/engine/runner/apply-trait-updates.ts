import type { Prisma } from "../../db/generated/sqlite/client";
import { asJson } from "../../db/json";
import type { TTraitAssignment } from "../../journey/nodes/update-profile/schema";
import { boundTraitTimes, updateTraits } from "../../profiles/update-traits";
import { applyTraitAssignments } from "../apply-trait-assignments";

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Writes an update-profile node's assignments to the stored profile, inside the step's
 * transaction. The engine's own semantics (`applyTraitAssignments`: set, unset, increment,
 * append …) compute the new values, so what later steps read is what this step assumed; they are
 * then stored through `updateTraits`, the writer identify uses, with the step's time: each
 * changed trait gets its set time, and a newer observation already stored is not overwritten.
 */
export async function applyTraitUpdates(tx: Prisma.TransactionClient, workspaceId: string, profileId: string, assignments: readonly TTraitAssignment[], now: Date): Promise<void> {
  if (assignments.length === 0) return;
  const profile = await tx.profile.findFirst({ where: { id: profileId, workspaceId }, select: { traits: true, traitTimestamps: true } });
  if (!profile) return;
  const current = asRecord(profile.traits);
  const wanted = applyTraitAssignments(current, assignments);
  // Top-level traits whose value moved (a nested path changes its whole top-level trait); null removes.
  const changes: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(current), ...Object.keys(wanted)])) {
    if (JSON.stringify(current[key]) !== JSON.stringify(wanted[key])) changes[key] = Object.hasOwn(wanted, key) ? wanted[key] : null;
  }
  // A trait time after the present moment (a future-dated identify stored before event times were
  // bounded) was never observed: it counts as the step's time. One after the pass's `now` but not
  // after the wall clock is real (an identify that arrived during the pass) and still wins.
  const present = new Date(Math.max(now.getTime(), Date.now()));
  const update = updateTraits({ traits: current, traitTimestamps: boundTraitTimes(asRecord(profile.traitTimestamps) as Record<string, string>, present, now) }, changes, now);
  if (!update.changed) return;
  await tx.profile.updateMany({ where: { id: profileId, workspaceId }, data: { traits: asJson(update.traits), traitTimestamps: asJson(update.traitTimestamps), updatedAt: now } });
}
