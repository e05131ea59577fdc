import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db, dbProvider } from "../../db/client";
import { asJson } from "../../db/json";
import { enrollProfile } from "./enroll-profile";
import { loadRunVersions } from "./load-run-versions";
import { stepEnrollments } from "./step-enrollments";
import { at, createLiveJourney, createReachableProfile, createRunnerWorkspace, emailThenSmsGraph, signedUp } from "./testing/runner-fixtures";

const t0 = at("2026-03-02T10:00:00Z");
const nextDay = at("2026-03-03T10:00:00Z");

/** What the SMS template is when a group of enrollments reaches its step. */
type TTemplateState = "ok" | "deleted" | "wrongChannel" | "brokenLiquid";
const phases = fc.array(fc.record({ state: fc.constantFrom<TTemplateState>("ok", "deleted", "wrongChannel", "brokenLiquid"), stepped: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 4 });

async function setTemplate(workspaceId: string, id: string, state: TTemplateState) {
  const exists = (await db.template.count({ where: { id } })) > 0;
  if (state === "deleted") {
    if (exists) await db.template.delete({ where: { id } });
    return;
  }
  const data = { channel: state === "wrongChannel" ? "push" : "sms", content: asJson({ body: state === "brokenLiquid" ? "Hey {{ profile.traits.first_name" : "Hey {{ profile.traits.first_name }}" }) };
  if (exists) await db.template.update({ where: { id }, data });
  else await db.template.create({ data: { id, workspaceId, name: "Welcome SMS", ...data } });
}

describe("the step log and counters tell the truth about sends (property)", () => {
  it("logs and counts a message step as sent exactly when its outbox row can go, and as failed when its template could not render", async () => {
    await fc.assert(
      fc.asyncProperty(phases, async (plan) => {
        const world = await createRunnerWorkspace(db);
        const workspaceId = world.workspace.id;
        const { journeyId, versionId } = await createLiveJourney(db, workspaceId, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
        const run = (await loadRunVersions(db, [versionId])).versions.get(versionId);
        if (!run) throw new Error("version did not load");
        const expected = new Map<string, TTemplateState>();
        for (const phase of plan) {
          // enrolled while the template is fine (the email goes out), parked a day before the SMS
          await setTemplate(workspaceId, world.smsTemplateId, "ok");
          const group: string[] = [];
          for (let i = 0; i < phase.stepped; i++) {
            const profile = await createReachableProfile(db, workspaceId);
            const result = await enrollProfile(db, { run, profileId: profile.id, event: signedUp(t0.toISOString()), now: t0 });
            if (!result.enrolled) throw new Error(result.reason);
            group.push(result.enrollmentId);
          }
          await setTemplate(workspaceId, world.smsTemplateId, phase.state);
          await stepEnrollments(db, workspaceId, group, { now: nextDay });
          for (const id of group) expected.set(id, phase.state);
        }

        const logs = await db.stepLog.findMany({ where: { journeyId, nodeId: "sms" }, select: { enrollmentId: true, action: true } });
        const messages = await db.message.findMany({ where: { journeyId, nodeId: "sms" }, select: { enrollmentId: true, status: true } });
        const stats = Object.fromEntries((await db.nodeStat.findMany({ where: { journeyId, nodeId: "sms" } })).map((s) => [s.metric, s.count]));
        for (const [enrollmentId, state] of expected) {
          const want = state === "ok" ? { action: "sent", status: "pending" } : { action: "failed", status: "failed" };
          expect({ action: logs.find((l) => l.enrollmentId === enrollmentId)?.action, status: messages.find((m) => m.enrollmentId === enrollmentId)?.status }, state).toEqual(want);
        }
        const sent = logs.filter((l) => l.action === "sent").length;
        const failed = logs.filter((l) => l.action === "failed").length;
        expect(sent).toBe(messages.filter((m) => m.status !== "failed").length);
        expect(failed).toBe(messages.filter((m) => m.status === "failed").length);
        expect({ sent: stats.sent ?? 0, failed: stats.failed ?? 0 }).toEqual({ sent, failed });
      }),
      { numRuns: dbProvider() === "postgresql" ? 8 : 20 },
    );
  }, 120_000);
});
