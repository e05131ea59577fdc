import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { PUT as putConsent } from "@/app/api/v1/profiles/[id]/consent/route";
import { createApiKey } from "../../api-keys/create-api-key";
import { db } from "../../db/client";
import { createTestManagementKey } from "../../db/testing/factories";
import type { TCondition } from "../../journey/conditions/schema";
import { exit, link, pause, step } from "../../journey/templates/template-kit";
import { sendIngest } from "../../profiles/testing/ingest-fixtures";
import { createLiveJourney, createRunnerWorkspace } from "./testing/runner-fixtures";

/** Leave when vip, when the tier is gold or platinum, or when unsubscribed from email. */
const criteria: TCondition = {
  kind: "any",
  conditions: [
    { kind: "trait", path: "vip", op: "equals", value: true },
    { kind: "trait", path: "tier", op: "in", value: ["gold", "platinum"] },
    { kind: "consent", channel: "email", status: "unsubscribed" },
  ],
};

/** The oracle: the criteria read by hand from what is stored. */
function matches(traits: Record<string, unknown>, emailConsent: string | undefined): boolean {
  return traits.vip === true || traits.tier === "gold" || traits.tier === "platinum" || emailConsent === "unsubscribed";
}

type TOp =
  | { kind: "identifyVip"; who: number; vip: boolean }
  | { kind: "identifyTier"; who: number; tier: string | null }
  | { kind: "identifyConsent"; who: number; status: "subscribed" | "unsubscribed" }
  | { kind: "consentApi"; who: number; status: "subscribed" | "unsubscribed" }
  | { kind: "track"; who: number };

const who = fc.integer({ min: 0, max: 2 });
const status = fc.constantFrom("subscribed" as const, "unsubscribed" as const);
const op: fc.Arbitrary<TOp> = fc.oneof(
  fc.record({ kind: fc.constant("identifyVip" as const), who, vip: fc.boolean() }),
  fc.record({ kind: fc.constant("identifyTier" as const), who, tier: fc.constantFrom("silver", "gold", "platinum", null) }),
  fc.record({ kind: fc.constant("identifyConsent" as const), who, status }),
  fc.record({ kind: fc.constant("consentApi" as const), who, status }),
  fc.record({ kind: fc.constant("track" as const), who }),
);

describe("property: after every identify or consent change, no running enrollment matches the exit criteria", () => {
  let workspaceId: string;
  let writeKey: string;
  let marketer: string;
  let run = 0;

  beforeAll(async () => {
    const world = await createRunnerWorkspace(db);
    workspaceId = world.workspace.id;
    writeKey = (await createApiKey(workspaceId, null, { kind: "write", name: "Test source" })).key;
    marketer = await createTestManagementKey(workspaceId, "marketer");
  });

  it("holds for random sequences of identify calls, consent API writes and re-entries", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
        run++;
        const event = `Signed Up ${run}`;
        const graph = {
          nodes: [step("trigger", "trigger", { source: { kind: "event", event }, reentry: "afterExit" }), pause("wait", 3, "days"), exit("done", "Done")],
          edges: [link("trigger", "next", "wait"), link("wait", "next", "done")],
        };
        const { journeyId } = await createLiveJourney(db, workspaceId, graph, { exitCriteria: criteria });
        const users = [0, 1, 2].map((i) => `r${run}-u${i}`);
        const profileIds: string[] = [];
        for (const userId of users) {
          await sendIngest("identify", { userId, traits: { email: `${userId}@example.test`, consent: { email: "subscribed" } } }, { key: writeKey });
          await sendIngest("track", { userId, event }, { key: writeKey });
          profileIds.push((await db.identity.findFirstOrThrow({ where: { workspaceId, kind: "userId", value: userId } })).profileId);
        }
        for (const o of ops) {
          const userId = users[o.who] as string;
          if (o.kind === "identifyVip") await sendIngest("identify", { userId, traits: { vip: o.vip } }, { key: writeKey });
          else if (o.kind === "identifyTier") await sendIngest("identify", { userId, traits: { tier: o.tier } }, { key: writeKey });
          else if (o.kind === "identifyConsent") await sendIngest("identify", { userId, traits: { consent: { email: o.status } } }, { key: writeKey });
          else if (o.kind === "track") await sendIngest("track", { userId, event }, { key: writeKey });
          else {
            const id = profileIds[o.who] as string;
            const response = await putConsent(
              new Request(`http://localhost/api/v1/profiles/${id}/consent`, { method: "PUT", headers: { authorization: `Bearer ${marketer}`, "content-type": "application/json" }, body: JSON.stringify({ email: o.status }) }),
              { params: Promise.resolve({ id }) },
            );
            expect(response.status).toBe(200);
          }
          // After every request: nobody still running matches.
          const running = await db.enrollment.findMany({ where: { journeyId, state: { in: ["active", "waiting"] } }, select: { profileId: true } });
          for (const { profileId } of running) {
            const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId }, select: { traits: true } });
            const consent = await db.consent.findFirst({ where: { workspaceId, profileId, channel: "email" }, select: { status: true } });
            expect(matches(profile.traits as Record<string, unknown>, consent?.status), `${profileId} after ${JSON.stringify(o)}`).toBe(false);
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});
