import { randomUUID } from "node:crypto";
import { DEMO_USERS, type TDemoUser } from "./demo-credentials";
import type { TSeedDb } from "./seed-db";

export interface TSeedUsersOptions {
  demoId: string;
  sandboxId: string | null;
  /** bcrypt hash of the demo password, computed before the transaction opens */
  passwordHash: string;
  now: Date;
}

export interface TSeededUsers {
  userIds: Record<TDemoUser["key"], string>;
  created: number;
  memberships: number;
  /** demo users that existed already; their passwords were left alone */
  kept: string[];
}

/**
 * The three demo users with their roles in the demo workspace, plus the admin in the sandbox.
 * A user that already exists (an earlier demo was deleted, the account was not) is reused as is:
 * the seed never resets a password someone may have changed.
 */
export async function seedUsers(tx: TSeedDb, options: TSeedUsersOptions): Promise<TSeededUsers> {
  const { demoId, sandboxId, passwordHash, now } = options;
  const existing = await tx.user.findMany({ where: { email: { in: DEMO_USERS.map((user) => user.email) } }, select: { id: true, email: true } });
  const idByEmail = new Map(existing.map((user) => [user.email, user.id]));
  const missing = DEMO_USERS.filter((user) => !idByEmail.has(user.email));
  for (const user of missing) idByEmail.set(user.email, randomUUID());
  await tx.user.createMany({
    data: missing.map((user) => ({ id: idByEmail.get(user.email) ?? "", email: user.email, name: user.name, passwordHash, createdAt: now, updatedAt: now })),
  });

  const userIds = Object.fromEntries(DEMO_USERS.map((user) => [user.key, idByEmail.get(user.email) ?? ""])) as Record<TDemoUser["key"], string>;
  await tx.membership.createMany({
    data: DEMO_USERS.map((user) => ({ id: randomUUID(), workspaceId: demoId, userId: userIds[user.key], role: user.role, createdAt: now, updatedAt: now })),
  });
  if (sandboxId) {
    await tx.membership.upsert({
      where: { workspaceId_userId: { workspaceId: sandboxId, userId: userIds.admin } },
      create: { workspaceId: sandboxId, userId: userIds.admin, role: "admin" },
      update: { role: "admin" },
    });
  }
  return { userIds, created: missing.length, memberships: DEMO_USERS.length + (sandboxId ? 1 : 0), kept: existing.map((user) => user.email) };
}
