import type { Db } from "../db/client";
import { asJson } from "../db/json";
import { conflict } from "../errors";
import { getSegment } from "./get-segment";
import type { TCreateSegmentBody, TSegmentDetail } from "./segment-schemas";
import { startSegmentRecompute } from "./start-segment-recompute";
import { validateSegmentDefinition } from "./validate-segment-definition";

/** Whether an error is a unique-index violation (two saves racing for one name). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

/** 409 when another segment of the workspace (archived ones too) already has the name. */
export async function requireFreeName(db: Db, workspaceId: string, name: string, exceptId: string | null): Promise<void> {
  const taken = await db.segment.findFirst({ where: { workspaceId, name, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { archivedAt: true } });
  if (taken) throw conflict(`a segment named "${name}" already exists${taken.archivedAt ? " (archived)" : ""}; choose another name`, { path: "name" });
}

/**
 * A new segment (definition validated as validateSegmentDefinition says, name unique per
 * workspace → 409), whose first recompute starts at once: the answer carries the job.
 */
export async function createSegment(db: Db, workspaceId: string, createdById: string | null, input: TCreateSegmentBody): Promise<TSegmentDetail> {
  const definition = await validateSegmentDefinition(db, workspaceId, input.definition, null);
  await requireFreeName(db, workspaceId, input.name, null);
  let id: string;
  try {
    id = (await db.segment.create({ data: { workspaceId, name: input.name, description: input.description ?? "", definition: asJson(definition) }, select: { id: true } })).id;
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`a segment named "${input.name}" already exists; choose another name`, { path: "name" });
    throw error;
  }
  await startSegmentRecompute(db, workspaceId, id, { createdById });
  return getSegment(db, workspaceId, id);
}
