import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import { createDb, type Db } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations";
import { ZCondition } from "../../lib/journey/conditions";
import { parseGraph } from "../../lib/journey/parse-graph";
import { parseJourneySettings } from "../../lib/journey/settings";
import { hasBlockingIssues, validateJourney } from "../../lib/journey/validate";
import { DEMO_PASSWORD, DEMO_USERS, seedDemoWorkspace, type TSeedResult } from "./index";
import { createSeedWindow } from "./seed-window";

const PROFILES = 200;
const now = new Date("2026-06-15T12:00:00Z");
let dir: string;
let db: Db;
let first: TSeedResult;
const lines: string[] = [];

async function tableCounts(): Promise<Record<string, number>> {
  return {
    workspaces: await db.workspace.count(),
    users: await db.user.count(),
    memberships: await db.membership.count(),
    profiles: await db.profile.count(),
    identities: await db.identity.count(),
    consents: await db.consent.count(),
    events: await db.event.count(),
    templates: await db.template.count(),
    journeys: await db.journey.count(),
    segments: await db.segment.count(),
  };
}

// Every database this file seeds is an embedded SQLite file, also when the suite runs on
// PostgreSQL (TEST_DATABASE_URL): provider-specific SQL (row locks) follows DATABASE_URL, so it
// names SQLite here for the length of the file.
const suiteDatabaseUrl = process.env.DATABASE_URL;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "waymark-seed-"));
  const url = `file:${path.join(dir, "seed.db")}`;
  process.env.DATABASE_URL = url;
  await applyMigrations(url);
  db = createDb(url);
  first = await seedDemoWorkspace(db, { profiles: PROFILES, now, log: (line) => lines.push(line) });
});

afterAll(async () => {
  await db?.$disconnect();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (suiteDatabaseUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = suiteDatabaseUrl;
});

describe("seedDemoWorkspace", () => {
  it("creates the demo workspace with UK settings and reports what it wrote", async () => {
    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" }, include: { settings: true } });
    expect(first).toMatchObject({ created: true, workspaceId: workspace.id });
    expect(workspace).toMatchObject({ name: "Demo Shop", isDemo: true });
    expect(workspace.settings).toMatchObject({
      timezone: "Europe/London",
      defaultRegion: "GB",
      consentPolicy: { email: "optOut", sms: "optIn", push: "optIn", inApp: "optOut" },
      quietHours: { sms: { start: "21:00", end: "08:00", behaviour: "defer" } },
    });
    expect(await tableCounts()).toEqual(first.counts);
  });

  it("creates the three demo users with their roles and the shared demo password", async () => {
    const demo = await db.workspace.findUniqueOrThrow({ where: { slug: "demo" } });
    for (const expected of DEMO_USERS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: expected.email }, include: { memberships: true } });
      expect(user.name).toBe(expected.name);
      expect(user.memberships.find((m) => m.workspaceId === demo.id)?.role).toBe(expected.role);
      expect(await verifyPassword(DEMO_PASSWORD, user.passwordHash)).toBe(true);
    }
  });

  it("makes the admin an admin of the sandbox too, so there is a workspace to switch to", async () => {
    const sandbox = await db.workspace.findUniqueOrThrow({ where: { slug: "sandbox" }, include: { memberships: { include: { user: true } } } });
    expect(sandbox.isDemo).toBe(true);
    expect(sandbox.memberships.map((m) => [m.user.email, m.role])).toEqual([["admin@waymark.test", "admin"]]);
  });

  it("gives every profile a userId and an email identity, and no identifier to two profiles", async () => {
    expect(await db.profile.count()).toBe(PROFILES);
    const identities = await db.identity.findMany();
    for (const kind of ["userId", "email"]) {
      expect(new Set(identities.filter((i) => i.kind === kind).map((i) => i.profileId)).size).toBe(PROFILES);
    }
    expect(new Set(identities.map((i) => `${i.kind}:${i.value}`)).size).toBe(identities.length);
    expect(identities.filter((i) => i.kind === "email").every((i) => i.value === i.value.toLowerCase())).toBe(true);
  });

  it("writes events inside the 120-day window, none after now, each with its own message id", async () => {
    const window = createSeedWindow(now);
    const events = await db.event.findMany({ select: { timestamp: true, receivedAt: true, messageId: true, type: true, profileId: true } });
    expect(events.length).toBeGreaterThan(PROFILES * 20);
    expect(new Set(events.map((e) => e.messageId)).size).toBe(events.length);
    for (const event of events) {
      expect(event.timestamp.getTime()).toBeGreaterThanOrEqual(window.start.getTime());
      expect(event.timestamp.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(event.receivedAt).toEqual(event.timestamp);
      expect(["track", "page"]).toContain(event.type);
      expect(event.profileId).not.toBeNull();
    }
  });

  it("keeps order properties and traits readable as JSON", async () => {
    const order = await db.event.findFirstOrThrow({ where: { name: "Order Completed" }, include: { profile: true } });
    expect(order.properties).toMatchObject({ order_id: expect.any(String), product: expect.any(String), category: expect.any(String), price: expect.any(Number), revenue: expect.any(Number) });
    expect(order.profile?.traits).toMatchObject({ email: expect.any(String), plan: expect.stringMatching(/^(free|pro|team)$/), last_order_at: expect.any(String) });
  });

  it("stores three draft journeys owned by the marketer, with graphs that parse and templates that exist", async () => {
    const journeys = await db.journey.findMany({ include: { owner: true }, orderBy: { name: "asc" } });
    expect(journeys.map((j) => j.name)).toEqual(["Cart recovery cascade", "New customer onboarding", "Win-back lapsed buyers"]);
    const templateIds = new Set((await db.template.findMany({ select: { id: true } })).map((t) => t.id));
    for (const journey of journeys) {
      expect(journey.status).toBe("draft");
      expect(journey.owner?.email).toBe("marketer@waymark.test");
      const parsed = parseGraph(journey.draft);
      expect(parsed.ok, parsed.ok ? "" : `${journey.name}: ${parsed.path} ${parsed.message}`).toBe(true);
      if (!parsed.ok) continue;
      const messages = parsed.graph.nodes.flatMap((node) => (node.type === "message" ? [node.data.templateId] : []));
      expect(messages.length).toBeGreaterThan(0);
      for (const templateId of messages) expect(templateId !== null && templateIds.has(templateId)).toBe(true);
    }
  });

  it("gives journeys that could be published as they are: no blocking issues against the workspace", async () => {
    const templates = await db.template.findMany({ select: { id: true, channel: true } });
    const segments = await db.segment.findMany({ select: { id: true, name: true } });
    for (const journey of await db.journey.findMany()) {
      const parsed = parseGraph(journey.draft);
      const settings = parseJourneySettings(journey.settings);
      if (!parsed.ok || !settings.ok) throw new Error(`${journey.name} does not parse`);
      const issues = validateJourney(parsed.graph, { templates, segments, settings: settings.settings });
      expect(hasBlockingIssues(issues), JSON.stringify(issues)).toBe(false);
    }
  });

  it("stores segments whose definitions are valid condition trees", async () => {
    const segments = await db.segment.findMany();
    // The demo's own segments, plus "Lapsed customers", which the win-back journey enters from.
    expect(segments.map((s) => s.name)).toEqual(expect.arrayContaining(["Recent purchasers (7 days)", "Lapsed buyers (60+ days)", "Lapsed customers"]));
    for (const segment of segments) expect(ZCondition.safeParse(segment.definition).success).toBe(true);
  });

  it("offers two subscription topics, one on by default and one only for those who ask", async () => {
    const topics = await db.topic.findMany({ orderBy: { name: "asc" }, select: { name: true, defaultSubscribed: true } });
    expect(topics).toEqual([
      { name: "Offers & promotions", defaultSubscribed: false },
      { name: "Product news", defaultSubscribed: true },
    ]);
  });

  it("computes the segments from the seeded history, counts matching the membership rows", async () => {
    const segments = await db.segment.findMany({ include: { _count: { select: { members: { where: { exitedAt: null } } } } } });
    for (const segment of segments) {
      expect(segment.computedAt).toEqual(now);
      expect(segment.memberCount).toBe(segment._count.members);
    }
    expect(segments.find((s) => s.name === "Recent purchasers (7 days)")?.memberCount).toBeGreaterThan(0);
  });

  it("prints the sign-in credentials", () => {
    const printed = lines.join("\n");
    expect(printed).toContain("sign in at http://localhost:3000");
    for (const user of DEMO_USERS) expect(printed).toMatch(new RegExp(`${user.email}\\s+/ ${DEMO_PASSWORD}\\s+\\(${user.role}\\)`));
  });

  it("does nothing on a second run", async () => {
    const before = await tableCounts();
    const log: string[] = [];
    const second = await seedDemoWorkspace(db, { profiles: PROFILES, now, log: (line) => log.push(line) });
    expect(second).toMatchObject({ created: false, workspaceId: first.workspaceId });
    expect(Object.values(second.counts).every((count) => count === 0)).toBe(true);
    expect(log).toEqual(["demo workspace already seeded"]);
    expect(await tableCounts()).toEqual(before);
  });
});

describe("seedDemoWorkspace next to existing data", () => {
  let otherDir: string;
  let other: Db;

  beforeAll(async () => {
    otherDir = mkdtempSync(path.join(tmpdir(), "waymark-seed-"));
    const url = `file:${path.join(otherDir, "seed.db")}`;
    await applyMigrations(url);
    other = createDb(url);
  });

  afterAll(async () => {
    await other?.$disconnect();
    if (otherDir) rmSync(otherDir, { recursive: true, force: true });
  });

  it("keeps an existing demo user's password and stays out of a real workspace named sandbox", async () => {
    await other.user.create({ data: { email: "admin@waymark.test", name: "Ada Admin", passwordHash: "kept-hash" } });
    await other.workspace.create({ data: { name: "Real sandbox", slug: "sandbox", isDemo: false } });
    const log: string[] = [];
    const result = await seedDemoWorkspace(other, { profiles: 5, now, log: (line) => log.push(line) });

    expect(result.created).toBe(true);
    expect(result.counts).toMatchObject({ workspaces: 1, users: 2, memberships: 3, profiles: 5 });
    expect((await other.user.findUniqueOrThrow({ where: { email: "admin@waymark.test" } })).passwordHash).toBe("kept-hash");
    expect(await other.membership.count({ where: { workspace: { slug: "sandbox" } } })).toBe(0);
    expect(log).toContain("kept existing user admin@waymark.test (password unchanged)");
  });
});

describe("seedDemoWorkspace racing another seed", () => {
  it("answers created:false when the demo appears between its check and its insert", async () => {
    const raceDir = mkdtempSync(path.join(tmpdir(), "waymark-seed-"));
    const url = `file:${path.join(raceDir, "seed.db")}`;
    await applyMigrations(url);
    const winner = createDb(url);
    try {
      const won = await seedDemoWorkspace(winner, { profiles: 3, now, log: () => undefined });
      // The loser's existence check ran before the winner committed: it saw no demo workspace.
      let checks = 0;
      const loser = new Proxy(winner, {
        get(target, key, receiver) {
          if (key !== "workspace") return Reflect.get(target, key, receiver);
          const findUnique: Db["workspace"]["findUnique"] = (...args) => (checks++ === 0 ? Promise.resolve(null) : target.workspace.findUnique(...args)) as never;
          return { ...target.workspace, findUnique };
        },
      });
      const log: string[] = [];
      const lost = await seedDemoWorkspace(loser, { profiles: 3, now, log: (line) => log.push(line) });
      expect(lost).toMatchObject({ created: false, workspaceId: won.workspaceId });
      expect(log).toEqual(["demo workspace already seeded"]);
      expect(await winner.profile.count()).toBe(3);
    } finally {
      await winner.$disconnect();
      rmSync(raceDir, { recursive: true, force: true });
    }
  });
});
