import { randomUUID } from "node:crypto";
import { generateApiKey, hashApiKey } from "../../api-keys/hash-api-key";
import { hashPassword } from "../../auth/password";
import type { TRole } from "../../auth/roles";
import { db } from "../client";

/** A fresh workspace with a unique slug, so tests never see each other's rows. */
export async function createTestWorkspace(name = "Test workspace") {
  return db.workspace.create({ data: { name, slug: `test-${randomUUID()}` } });
}

/** A user who belongs to the workspace with the given role. */
export async function createTestMember(workspaceId: string, role: TRole, password = "correct horse battery") {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.test`;
  const user = await db.user.create({
    data: { email, name: `Test ${role}`, passwordHash: await hashPassword(password), memberships: { create: { workspaceId, role } } },
  });
  return { user, email, password };
}

/** A management key acting with the given role; returns the clear key once, as the UI would. */
export async function createTestManagementKey(workspaceId: string, role: TRole) {
  const key = generateApiKey("management");
  await db.apiKey.create({ data: { workspaceId, kind: "management", role, name: `${role} key`, prefix: key.slice(0, 12), keyHash: hashApiKey(key) } });
  return key;
}
