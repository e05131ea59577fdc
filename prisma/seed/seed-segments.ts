import { randomUUID } from "node:crypto";
import { checkCondition, ZCondition } from "../../lib/journey/conditions";
import { DEMO_SEGMENTS } from "./demo-segments";
import type { TSeedDb } from "./seed-db";

/**
 * Writes the demo segments. Each definition is parsed and checked with the same rules the editor
 * applies, so a change to the condition schema breaks the seed loudly instead of storing junk.
 * Membership is left to the segment evaluator, which computes it from the seeded events.
 */
export async function seedSegments(tx: TSeedDb, workspaceId: string, now: Date): Promise<{ count: number; names: string[] }> {
  const rows = DEMO_SEGMENTS.map((segment) => {
    const definition = ZCondition.parse(segment.definition);
    const errors = checkCondition(definition).filter((problem) => problem.severity === "error");
    if (errors.length > 0) throw new Error(`demo segment "${segment.name}" is invalid: ${errors.map((e) => e.message).join(" ")}`);
    return { id: randomUUID(), workspaceId, name: segment.name, description: segment.description, definition, createdAt: now, updatedAt: now };
  });
  const { count } = await tx.segment.createMany({ data: rows });
  return { count, names: rows.map((row) => row.name) };
}
