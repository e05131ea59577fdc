import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiKey } from "../../api-keys/create-api-key";
import { db } from "../../db/client";
import { exit, link, send, sendLinks, step } from "../../journey/templates/template-kit";
import { sendIngest } from "../../profiles/testing/ingest-fixtures";
import { createComputedSegment } from "../../segments/testing/segment-fixtures";
import { updateWorkspaceRules } from "../../workspace-settings/update-workspace-rules";
import { createLiveJourney, createRunnerWorkspace, emailThenSmsGraph, segmentEntryGraph, tickWorkspace } from "./testing/runner-fixtures";

/**
 * One clock, as a property: under the test clock, random sequences of ticks and ingested events
 * (tracks that trigger, resume waits for events and reach goals, identifies that change traits
 * read by exit criteria, identifies that merge profiles) at increasing virtual times leave every
 * time the runner records for the workspace equal to one of the times the test used — a tick's
 * `now` or an event's own timestamp — and never the wall clock or a database default (the virtual
 * clock runs a month ahead of the real one and carries milliseconds).
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const USERS = ["u0", "u1", "u2"] as const;
const ANONYMOUS = ["a0", "a1"] as const;
const PHONES = ["+447400100001", "+447400100002", "+447400100003"] as const;

type TOp =
  | { kind: "tick"; dt: number }
  | { kind: "track"; who: string; event: string; dt: number }
  | { kind: "identify"; user: string; plan: string; dt: number }
  | { kind: "link"; user: string; anonymous: string; dt: number };

const dtArb = fc.oneof(fc.integer({ min: 1, max: 999 }), fc.integer({ min: MINUTE, max: 30 * HOUR }));
// Few people and many tracks, so runs enrol, convert, wait, get refused and merge within a dozen operations.
const opArb: fc.Arbitrary<TOp> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("tick" as const), dt: dtArb }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("track" as const), who: fc.constantFrom(...USERS.slice(0, 2), ...ANONYMOUS), event: fc.constantFrom("Signed Up", "Order Completed", "Cart Abandoned", "Clicked"), dt: dtArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("identify" as const), user: fc.constantFrom(...USERS), plan: fc.constantFrom("pro", "cancelled"), dt: dtArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("link" as const), user: fc.constantFrom(...USERS), anonymous: fc.constantFrom(...ANONYMOUS), dt: dtArb }) },
);

const iso = (ms: number) => new Date(ms).toISOString();
const isAnonymous = (who: string) => (ANONYMOUS as readonly string[]).includes(who);

async function ingest(endpoint: "track" | "identify", body: Record<string, unknown>, key: string): Promise<void> {
  const response = await sendIngest(endpoint, body, { key });
  if (response.status !== 200) throw new Error(`${endpoint}: ${response.status} ${JSON.stringify(response.body)}`);
}

/**
 * A workspace with a daily cap of 2 and three live journeys: a cascade with a goal and exit
 * criteria (re-entry after exit, so repeats are refused), a wait for a click, and a segment-entry
 * journey on "bought in the last 30 days".
 */
async function world(start: number) {
  const { workspace, emailTemplateId, smsTemplateId } = await createRunnerWorkspace(db);
  const workspaceId = workspace.id;
  const { key } = await createApiKey(workspaceId, null, { kind: "write", name: "Clock" });
  await updateWorkspaceRules(db, workspaceId, { frequencyCaps: [{ id: "day", name: "max 2/day", max: 2, windowHours: 24, channels: null }], quietHours: {} });
  await createLiveJourney(db, workspaceId, emailThenSmsGraph(emailTemplateId, smsTemplateId), {
    goal: { event: "Order Completed", within: { amount: 3, unit: "days" }, exitOnGoal: true },
    exitCriteria: { kind: "trait", path: "plan", op: "equals", value: "cancelled" },
  });
  await createLiveJourney(db, workspaceId, {
    nodes: [
      step("trigger", "trigger", { source: { kind: "event", event: "Cart Abandoned" }, reentry: "always" }),
      step("wait-click", "waitForEvent", { event: "Clicked", timeout: { amount: 2, unit: "hours" } }),
      send("email", "email", emailTemplateId, { templateId: emailTemplateId }),
      exit("done", "Done"),
      exit("gave-up", "No click"),
    ],
    edges: [link("trigger", "next", "wait-click"), link("wait-click", "event", "email"), link("wait-click", "timeout", "gave-up"), ...sendLinks("email", "done")],
  });
  const buyers = await createComputedSegment(db, workspaceId, "Buyers", { kind: "event", name: "Order Completed", op: "atLeast", count: 1, within: { amount: 30, unit: "days" } }, new Date(start));
  await createLiveJourney(db, workspaceId, segmentEntryGraph(buyers, emailTemplateId, "afterExit"));
  for (const [index, userId] of USERS.entries()) {
    await ingest("identify", { userId, traits: { email: `${userId}@example.test`, phone: PHONES[index], plan: "pro", consent: { email: "subscribed", sms: "subscribed" } }, timestamp: iso(start) }, key);
  }
  return { workspaceId, key };
}

async function apply(op: TOp, at: number, workspaceId: string, key: string): Promise<void> {
  const timestamp = iso(at);
  if (op.kind === "tick") await tickWorkspace(db, workspaceId, new Date(at));
  else if (op.kind === "track") await ingest("track", { ...(isAnonymous(op.who) ? { anonymousId: op.who } : { userId: op.who }), event: op.event, properties: { total: 80 }, timestamp }, key);
  else if (op.kind === "identify") await ingest("identify", { userId: op.user, traits: { plan: op.plan }, timestamp }, key);
  else await ingest("identify", { userId: op.user, anonymousId: op.anonymous, timestamp }, key);
}

/** Every time the runner (and the ingest hook it drives) recorded for the workspace, named for the failure message. */
async function recordedTimes(workspaceId: string): Promise<{ what: string; at: Date }[]> {
  const where = { workspaceId };
  const [logs, messages, enrollments, refusals, changes, merges] = await Promise.all([
    db.stepLog.findMany({ where, select: { nodeId: true, action: true, at: true } }),
    db.message.findMany({ where, select: { nodeId: true, createdAt: true, nextAttemptAt: true } }),
    db.enrollment.findMany({ where, select: { id: true, enteredAt: true, exitedAt: true, convertedAt: true } }),
    db.enrollmentRefusal.findMany({ where, select: { reason: true, firstAt: true, lastAt: true } }),
    db.segmentMembershipChange.findMany({ where, select: { change: true, at: true, processedAt: true } }),
    db.profileMerge.findMany({ where, select: { createdAt: true } }),
  ]);
  const times: { what: string; at: Date | null }[] = [
    ...logs.map((l) => ({ what: `StepLog.at (${l.nodeId} ${l.action})`, at: l.at })),
    ...messages.flatMap((m) => [
      { what: `Message.createdAt (${m.nodeId})`, at: m.createdAt },
      { what: `Message.nextAttemptAt (${m.nodeId})`, at: m.nextAttemptAt },
    ]),
    ...enrollments.flatMap((e) => [
      { what: "Enrollment.enteredAt", at: e.enteredAt },
      { what: "Enrollment.exitedAt", at: e.exitedAt },
      { what: "Enrollment.convertedAt", at: e.convertedAt },
    ]),
    ...refusals.flatMap((r) => [
      { what: `EnrollmentRefusal.firstAt (${r.reason})`, at: r.firstAt },
      { what: `EnrollmentRefusal.lastAt (${r.reason})`, at: r.lastAt },
    ]),
    ...changes.flatMap((c) => [
      { what: `SegmentMembershipChange.at (${c.change})`, at: c.at },
      { what: `SegmentMembershipChange.processedAt (${c.change})`, at: c.processedAt },
    ]),
    ...merges.map((m) => ({ what: "ProfileMerge.createdAt", at: m.createdAt })),
  ];
  return times.flatMap((t) => (t.at ? [{ what: t.what, at: t.at }] : []));
}

describe("one clock (property)", () => {
  beforeAll(() => {
    vi.stubEnv("WAYMARK_TEST_CLOCK", "1");
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it("records only the times of the passes and events a test used, never the wall clock", async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 14 }), async (ops) => {
        const start = Math.floor(Date.now() / HOUR) * HOUR + 30 * DAY + 123;
        const { workspaceId, key } = await world(start);
        const used = new Set<number>([start]);
        let at = start;
        for (const op of ops) {
          at += op.dt;
          used.add(at);
          await apply(op, at, workspaceId, key);
        }
        const recorded = await recordedTimes(workspaceId);
        const strays = recorded.filter((r) => !used.has(r.at.getTime())).map((r) => `${r.what} = ${r.at.toISOString()}`);
        expect(strays, `times used: ${[...used].map(iso).join(", ")}`).toEqual([]);
        runs += recorded.length > 0 ? 1 : 0;
      }),
      { numRuns: 25 },
    );
    expect(runs).toBeGreaterThan(0);
  });
});
