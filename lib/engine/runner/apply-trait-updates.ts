import type { Prisma } from "../../db/generated/sqlite/client";
import { asJson } from "../../db/json";
import type { TTraitAssignment } from "../../journey/nodes/update-profile/schema";
import { applyTraitAssignments } from "../apply-trait-assignments";

/**
 * Writes an update-profile node's assignments to the stored profile, inside the step's
 * transaction, with the engine's own semantics (`applyTraitAssignments`), so what later steps read
 * is what this step assumed. The ingest branch will route this through identify.
 */
export async function applyTraitUpdates(tx: Prisma.TransactionClient, workspaceId: string, profileId: string, assignments: readonly TTraitAssignment[], now: Date): Promise<void> {
  if (assignments.length === 0) return;
  const profile = await tx.profile.findFirst({ where: { id: profileId, workspaceId }, select: { traits: true } });
  if (!profile) return;
  const current = profile.traits && typeof profile.traits === "object" && !Array.isArray(profile.traits) ? (profile.traits as Record<string, unknown>) : {};
  await tx.profile.updateMany({ where: { id: profileId, workspaceId }, data: { traits: asJson(applyTraitAssignments(current, assignments)), updatedAt: now } });
}
