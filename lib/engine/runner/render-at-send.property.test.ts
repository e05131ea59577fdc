import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../db/client";
import type { TJourneyGraph, TJourneyNode } from "../../journey/graph";
import type { TTraitAssignment } from "../../journey/nodes/update-profile/schema";
import { exit, link, pause, sendLinks, step } from "../../journey/templates/template-kit";
import { enrollProfile } from "./enroll-profile";
import { loadRunVersions } from "./load-run-versions";
import { stepEnrollments } from "./step-enrollments";
import { createLiveJourney, createRunnerWorkspace, signedUp } from "./testing/runner-fixtures";

type TValue = string | number | boolean | null;
type TPart = { kind: "update"; trait: "tier" | "email"; value: TValue | undefined } | { kind: "message" } | { kind: "wait" };

const HOUR = 3_600_000;
const start = new Date("2026-03-02T10:00:00Z");

const tierValue = fc.oneof(fc.stringMatching(/^[a-z]{1,8}$/), fc.integer({ min: -1000, max: 1000 }), fc.boolean(), fc.constant(null));
const emailValue = fc.integer({ min: 1, max: 99 }).map((n) => `u${n}@example.test`);
const part: fc.Arbitrary<TPart> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("update" as const), trait: fc.constant("tier" as const), value: fc.option(tierValue, { nil: undefined }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("update" as const), trait: fc.constant("email" as const), value: fc.option(emailValue, { nil: undefined, freq: 4 }) }) },
  { weight: 3, arbitrary: fc.constant({ kind: "message" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "wait" as const }) },
);

/** `undefined` is "unset": the assignment removes the trait. */
function assignment(trait: string, value: TValue | undefined): TTraitAssignment {
  return value === undefined ? { trait, op: "unset" } : { trait, op: "set", value };
}

/** trigger → the parts in order → exit; every message leaves through both handles to the next part. */
function graphOf(parts: readonly TPart[], templateId: string): TJourneyGraph {
  const nodes: TJourneyNode[] = [step("trigger", "trigger", { source: { kind: "event", event: "Signed Up" }, reentry: "always" })];
  parts.forEach((p, i) => {
    const id = `n${i}`;
    if (p.kind === "update") nodes.push(step(id, "updateProfile", { assignments: [assignment(p.trait, p.value)] }));
    else if (p.kind === "wait") nodes.push(pause(id, 1, "hours"));
    else nodes.push(step(id, "message", { channel: "email", templateId, onSkip: "skip", respectQuietHours: false, frequencyCapExempt: false }));
  });
  nodes.push(exit("done", "Done"));
  const ids = nodes.map((n) => n.id);
  const edges = nodes.slice(0, -1).flatMap((n, i) => (n.type === "message" ? sendLinks(n.id, ids[i + 1] as string) : [link(n.id, "next", ids[i + 1] as string)]));
  return { nodes, edges };
}

/** What Liquid prints for a trait value; a missing or null trait prints nothing. */
const printed = (value: TValue | undefined) => (value === undefined || value === null ? "" : String(value));

describe("property: every message shows the profile as the latest update before it left it", () => {
  let workspaceId: string;
  let templateId: string;
  beforeAll(async () => {
    workspaceId = (await createRunnerWorkspace(db)).workspace.id;
    templateId = (await db.template.create({ data: { workspaceId, name: "Tier", channel: "email", content: { subject: "Tier", html: "<p>x</p>", text: "[{{ profile.traits.tier }}]" } } })).id;
  });

  it("renders each message's trait and chooses its address from the state at that step", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(part, { minLength: 1, maxLength: 8 }), tierValue, async (drawn, initialTier) => {
        const parts: TPart[] = [...drawn, { kind: "message" }];
        const { versionId } = await createLiveJourney(db, workspaceId, graphOf(parts, templateId));
        const run = (await loadRunVersions(db, [versionId])).versions.get(versionId);
        if (!run) throw new Error("version did not load");
        // No email identity: the address is the `email` trait, so updates to it move the recipient.
        const traits = { tier: initialTier, email: "first@example.test" };
        const profile = await db.profile.create({ data: { workspaceId, traits, consents: { create: [{ workspaceId, channel: "email", status: "subscribed", source: "test" }] } } });
        const enrolled = await enrollProfile(db, { run, profileId: profile.id, event: signedUp(start.toISOString()), now: start });
        if (!enrolled.enrolled) throw new Error(enrolled.reason);
        // Each wait parks the run for an hour; step it on past every one.
        for (let hour = 1; hour <= parts.length; hour++) {
          await stepEnrollments(db, workspaceId, [enrolled.enrollmentId], { now: new Date(start.getTime() + hour * HOUR) });
        }
        const enrollment = await db.enrollment.findUniqueOrThrow({ where: { id: enrolled.enrollmentId } });
        expect(enrollment.state).toBe("completed");

        const messages = new Map((await db.message.findMany({ where: { enrollmentId: enrolled.enrollmentId } })).map((m) => [m.nodeId, m]));
        let tier: TValue | undefined = initialTier;
        let email: TValue | undefined = traits.email;
        parts.forEach((p, i) => {
          if (p.kind === "update") {
            if (p.trait === "tier") tier = p.value;
            else email = p.value;
            return;
          }
          if (p.kind !== "message") return;
          const sent = messages.get(`n${i}`);
          if (email === undefined) {
            expect(sent, `n${i} has no address to go to`).toBeUndefined();
            return;
          }
          expect(sent?.recipient, `n${i} recipient`).toBe(email);
          expect((sent?.content as { rendered: { text: string } }).rendered.text, `n${i} text`).toBe(`[${printed(tier)}]`);
        });
        const skipped = await db.stepLog.count({ where: { enrollmentId: enrolled.enrollmentId, action: "skipped", reason: "no email address" } });
        expect(skipped + messages.size).toBe(parts.filter((p) => p.kind === "message").length);
      }),
      { numRuns: 40 },
    );
  });
});
