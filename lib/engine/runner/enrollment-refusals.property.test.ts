import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { db, dbProvider } from "@/lib/db/client";
import type { TJourneyGraph } from "@/lib/journey/graph";
import { exit, link, pause, step } from "@/lib/journey/templates/template-kit";
import { sendIngest } from "@/lib/profiles/testing/ingest-fixtures";
import { createLiveJourney, createRunnerWorkspace } from "./testing/runner-fixtures";

const USERS = ["rf-u0", "rf-u1", "rf-u2"];

/** Journey rules: re-entry policy, per-profile entry limit, journey-wide throttle, and whether a run ends at once or waits a day. */
const rules = fc.record({
  reentry: fc.constantFrom("never" as const, "afterExit" as const, "always" as const),
  profileLimit: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
  journeyLimit: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  endsAtOnce: fc.boolean(),
});

/** Requests sent one after the other: a track call, or a batch (its items may repeat a messageId); some calls are "Logged In", which triggers nothing. */
const item = fc.record({ user: fc.integer({ min: 0, max: USERS.length - 1 }), m: fc.integer({ min: 0, max: 11 }), triggers: fc.boolean() });
const requests = fc.array(fc.oneof(item.map((one) => [one]), fc.array(item, { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 6 });

type TRules = { reentry: "never" | "afterExit" | "always"; profileLimit: number | null; journeyLimit: number | null; endsAtOnce: boolean };

function graphOf(r: TRules): TJourneyGraph {
  const trigger = step("trigger", "trigger", { source: { kind: "event", event: "Signed Up" }, reentry: r.reentry, ...(r.profileLimit ? { entryLimit: { max: r.profileLimit } } : {}) });
  return r.endsAtOnce
    ? { nodes: [trigger, exit("done", "Done")], edges: [link("trigger", "next", "done")] }
    : { nodes: [trigger, pause("wait-1d", 1, "days"), exit("done", "Done")], edges: [link("trigger", "next", "wait-1d"), link("wait-1d", "next", "done")] };
}

describe("refused enrolments (property)", () => {
  it("every distinct triggering event either enrols its profile or is recorded as a refusal, counted on the trigger, with a reason the rules allow", async () => {
    await fc.assert(
      fc.asyncProperty(rules, requests, async (r, sent) => {
        const { workspace } = await createRunnerWorkspace(db);
        const { key } = await createApiKey(workspace.id, null, { kind: "write", name: "Site" });
        const { journeyId } = await createLiveJourney(db, workspace.id, graphOf(r), r.journeyLimit ? { entryLimit: { max: r.journeyLimit, per: { amount: 1, unit: "days" } } } : {});
        // a messageId stands for one event whatever copy carries it: the first copy's user and name
        const firstOf = new Map<number, { user: number; triggers: boolean }>();
        for (const request of sent) for (const one of request) if (!firstOf.has(one.m)) firstOf.set(one.m, one);
        for (const request of sent) {
          const calls = request.map((one) => {
            const first = firstOf.get(one.m) as { user: number; triggers: boolean };
            return { type: "track", userId: USERS[first.user], event: first.triggers ? "Signed Up" : "Logged In", messageId: `rf-m${one.m}` };
          });
          const response = calls.length === 1 ? await sendIngest("track", calls[0], { key }) : await sendIngest("batch", { batch: calls }, { key });
          expect(response.status).toBe(200);
        }

        const enrollments = await db.enrollment.findMany({ where: { journeyId }, select: { profileId: true } });
        const refusals = await db.enrollmentRefusal.findMany({ where: { journeyId } });
        const counter = await db.nodeStat.findFirst({ where: { journeyId, nodeId: "trigger", metric: "refused" } });
        const identities = await db.identity.findMany({ where: { workspaceId: workspace.id, kind: "userId" } });
        const profileOfUser = new Map(identities.map((i) => [i.value, i.profileId]));
        for (const [u, userId] of USERS.entries()) {
          const triggering = [...firstOf.values()].filter((first) => first.user === u && first.triggers).length;
          const profileId = profileOfUser.get(userId);
          const entered = enrollments.filter((e) => e.profileId === profileId).length;
          const refused = refusals.filter((row) => row.profileId === profileId).reduce((n, row) => n + row.count, 0);
          expect(entered + refused, `${userId}: ${triggering} triggering events`).toBe(triggering);
        }
        const total = refusals.reduce((n, row) => n + row.count, 0);
        expect(counter?.count ?? 0).toBe(total);
        const allowed = new Set<string>([...(r.reentry === "always" ? [] : ["reentryBlocked"]), ...(r.profileLimit ? ["entryLimit"] : []), ...(r.journeyLimit ? ["journeyEntryLimit"] : [])]);
        for (const row of refusals) expect(allowed.has(row.reason), `${row.reason} under ${JSON.stringify(r)}`).toBe(true);
        if (r.reentry === "never") for (const profileId of profileOfUser.values()) expect(enrollments.filter((e) => e.profileId === profileId).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: dbProvider() === "postgresql" ? 12 : 30 },
    );
  }, 120_000);
});
