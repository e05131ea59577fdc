import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestWorkspace } from "@/lib/db/testing/factories";
import { conditionContextOf } from "@/lib/engine/conditions/condition-context";
import { evaluateCondition } from "@/lib/engine/conditions/evaluate-condition";
import { loadStepContexts } from "@/lib/engine/context/load-step-contexts";
import type { TJourneyVersion } from "@/lib/engine/types";
import { asJson } from "@/lib/db/json";
import type { TCondition } from "@/lib/journey/conditions/schema";
import { evaluateSegmentFor } from "./evaluate-segment-for";
import { definitionArb } from "./testing/segment-fixtures";

const now = new Date("2026-06-10T12:00:00Z");
const HOUR = 3_600_000;

describe("evaluateSegmentFor", () => {
  let workspaceId: string;
  let profileIds: string[];

  beforeAll(async () => {
    workspaceId = (await createTestWorkspace()).id;
    const people = [
      { traits: { plan: "pro", score: 3, seen_at: new Date(now.getTime() - 3 * HOUR).toISOString() }, consent: { email: "subscribed" }, events: [["A", 2, 1], ["A", 0, 30], ["B", 3, 50]] },
      { traits: { plan: "free", score: "2" }, consent: { email: "unsubscribed", sms: "subscribed" }, events: [["B", 1, 2], ["B", 2, 80]] },
      { traits: { plan: "team", seen_at: new Date(now.getTime() - 40 * HOUR).toISOString() }, consent: {}, events: [["A", 1, 70], ["A", 3, 71], ["A", 3, 5]] },
      { traits: {}, consent: { sms: "unsubscribed" }, events: [] },
    ] as const;
    profileIds = [];
    for (const person of people) {
      const profile = await db.profile.create({ data: { workspaceId, traits: asJson(person.traits) } });
      profileIds.push(profile.id);
      for (const [channel, status] of Object.entries(person.consent)) await db.consent.create({ data: { workspaceId, profileId: profile.id, channel, status, source: "test" } });
      for (const [name, v, hoursAgo] of person.events) {
        await db.event.create({ data: { workspaceId, profileId: profile.id, messageId: crypto.randomUUID(), type: "track", name, properties: { v }, timestamp: new Date(now.getTime() - hoursAgo * HOUR) } });
      }
    }
  });

  it("answers exactly as a journey step would, for any definition over the same profiles", async () => {
    // The engine's own loader and evaluator, for the same profiles at the same moment.
    const version: Pick<TJourneyVersion, "graph" | "settings"> = { graph: { nodes: [], edges: [] }, settings: {} as TJourneyVersion["settings"] };
    const stepContexts = await loadStepContexts(db, profileIds.map((profileId) => ({ enrollmentId: profileId, workspaceId, profileId, journeyId: "j", version })), now);
    await fc.assert(
      fc.asyncProperty(definitionArb, async (definition) => {
        const segment = await db.segment.create({ data: { workspaceId, name: crypto.randomUUID(), definition: asJson(definition) } });
        const answers = await evaluateSegmentFor(db, workspaceId, [segment.id], profileIds, now);
        for (const profileId of profileIds) {
          const journeyAnswer = evaluateCondition(definition, conditionContextOf(stepContexts.get(profileId) as NonNullable<ReturnType<typeof stepContexts.get>>), now);
          expect(answers.get(profileId)?.get(segment.id)?.member).toBe(journeyAnswer);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("reads another segment's fresh answer when both are evaluated, its stored membership otherwise", async () => {
    const pro: TCondition = { kind: "trait", path: "plan", op: "equals", value: "pro" };
    const base = await db.segment.create({ data: { workspaceId, name: "Pros (stale)", definition: asJson(pro) } });
    const reader = await db.segment.create({ data: { workspaceId, name: "Not pros", definition: asJson({ kind: "segment", segmentId: base.id, inSegment: false }) } });
    // Nobody is stored as a member of "Pros" yet: alone, the reader sees everyone outside it.
    const alone = await evaluateSegmentFor(db, workspaceId, [reader.id], profileIds, now);
    expect(profileIds.filter((id) => alone.get(id)?.get(reader.id)?.member)).toHaveLength(4);
    const together = await evaluateSegmentFor(db, workspaceId, [reader.id, base.id], profileIds, now);
    expect(profileIds.filter((id) => together.get(id)?.get(reader.id)?.member)).toEqual(profileIds.slice(1));
  });

  it("names when a time window will next move the answer", async () => {
    const recent = await db.segment.create({ data: { workspaceId, name: "Did A in a day", definition: asJson({ kind: "event", name: "A", op: "atLeast", count: 1, within: { amount: 1, unit: "days" } }) } });
    const answers = await evaluateSegmentFor(db, workspaceId, [recent.id], profileIds, now);
    // Profile 0 did A 1 h and 30 h ago: the 1 h one leaves the window 23 h from now.
    expect(answers.get(profileIds[0] as string)?.get(recent.id)).toEqual({ member: true, recheckAt: new Date(now.getTime() + 23 * HOUR + 1) });
    expect(answers.get(profileIds[3] as string)?.get(recent.id)).toEqual({ member: false, recheckAt: null });
  });
});
