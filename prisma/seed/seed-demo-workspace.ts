import { hashPassword } from "../../lib/auth/password";
import type { Db } from "../../lib/db/client";
import { DEMO_PASSWORD, DEMO_WORKSPACE_SLUG } from "./demo-credentials";
import { computeSeedSegments } from "./compute-seed-segments";
import { formatCredentials } from "./format-credentials";
import { generatePeople } from "./generate-people";
import { seedEvents } from "./seed-events";
import { seedProfiles } from "./seed-profiles";
import { seedSegments } from "./seed-segments";
import { seedTemplatesAndJourneys } from "./seed-templates-and-journeys";
import { seedTopics } from "./seed-topics";
import { seedUsers } from "./seed-users";
import { createSeedWindow } from "./seed-window";
import { seedWorkspaces } from "./seed-workspaces";

export interface TSeedOptions {
  /** number of demo customers; 1,000 by default */
  profiles?: number;
  /** the moment the history ends; events fall in the 120 days before it */
  now?: Date;
  /** where progress lines go; `console.log` by default */
  log?: (line: string) => void;
}

/** Rows this run wrote, per table (all zero when the demo was already there). */
export interface TSeedCounts {
  workspaces: number;
  users: number;
  memberships: number;
  profiles: number;
  identities: number;
  consents: number;
  events: number;
  templates: number;
  journeys: number;
  segments: number;
}

export interface TSeedResult {
  created: boolean;
  workspaceId: string;
  counts: TSeedCounts;
}

export const DEFAULT_DEMO_PROFILES = 1000;

const NO_COUNTS: TSeedCounts = { workspaces: 0, users: 0, memberships: 0, profiles: 0, identities: 0, consents: 0, events: 0, templates: 0, journeys: 0, segments: 0 };

/**
 * Seeds the "Demo Shop" workspace: three users (one per role), a sandbox workspace, customers
 * with identities, consent and about four months of shop events, a few segments, and three draft
 * journeys from the template gallery with the message templates and segments they use. Does
 * nothing when a workspace with the slug "demo" exists. Everything is written in one transaction,
 * so a failed seed leaves no half-made demo behind.
 */
export async function seedDemoWorkspace(db: Db, options: TSeedOptions = {}): Promise<TSeedResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const profileCount = options.profiles ?? DEFAULT_DEMO_PROFILES;
  if (!Number.isInteger(profileCount) || profileCount < 0) throw new RangeError(`profiles must be a whole number ≥ 0, got ${profileCount}`);
  const now = options.now ?? new Date();

  const existing = await findDemo(db);
  if (existing) {
    log("demo workspace already seeded");
    return { created: false, workspaceId: existing, counts: { ...NO_COUNTS } };
  }
  // Work that needs no database happens before the write lock is taken.
  const people = generatePeople(profileCount, createSeedWindow(now));
  // One hash for the three accounts: they share a password that is printed anyway.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  let seeded: { result: TSeedResult; kept: string[] };
  try {
    seeded = await db.$transaction(async (tx) => {
      const workspaces = await seedWorkspaces(tx, now);
      const users = await seedUsers(tx, { demoId: workspaces.demoId, sandboxId: workspaces.sandboxId, passwordHash, now });
      const profiles = await seedProfiles(tx, workspaces.demoId, people);
      const events = await seedEvents(tx, workspaces.demoId, people, profiles.profileIds);
      const segments = await seedSegments(tx, workspaces.demoId, now);
      const content = await seedTemplatesAndJourneys(tx, { workspaceId: workspaces.demoId, ownerId: users.userIds.marketer, now, segmentNames: segments.names });
      await computeSeedSegments(tx, workspaces.demoId, now);
      await seedTopics(tx, workspaces.demoId);
      const counts: TSeedCounts = {
        workspaces: workspaces.created, users: users.created, memberships: users.memberships,
        profiles: profiles.profiles, identities: profiles.identities, consents: profiles.consents,
        events, templates: content.templates, journeys: content.journeys, segments: segments.count + content.segments,
      };
      return { result: { created: true, workspaceId: workspaces.demoId, counts }, kept: users.kept };
    }, { maxWait: 30_000, timeout: 300_000 });
  } catch (error) {
    // Another process seeded the demo between our check and our insert: that is its job done.
    const raced = isUniqueViolation(error) ? await findDemo(db) : null;
    if (!raced) throw error;
    log("demo workspace already seeded");
    return { created: false, workspaceId: raced, counts: { ...NO_COUNTS } };
  }
  for (const email of seeded.kept) log(`kept existing user ${email} (password unchanged)`);
  log(formatCredentials());
  return seeded.result;
}

async function findDemo(db: Db): Promise<string | null> {
  const row = await db.workspace.findUnique({ where: { slug: DEMO_WORKSPACE_SLUG }, select: { id: true } });
  return row?.id ?? null;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
