import { createApiKey } from "../../api-keys/create-api-key";
import { createTestWorkspace } from "../../db/testing/factories";
import { db } from "../../db/client";
import { DEFAULT_IDENTITY_RULES, MAX_IDENTITY_LIMIT, type TIdentityRules } from "../identity-rules";
import { ingestRoute } from "../ingest-route";

/**
 * Identity rules that never refuse a merge or an identifier: resolution as plain connected
 * components, for tests about merges themselves (two known users may become one).
 */
export const OPEN_IDENTITY_RULES: TIdentityRules = { priority: DEFAULT_IDENTITY_RULES.priority, limits: { userId: MAX_IDENTITY_LIMIT, email: MAX_IDENTITY_LIMIT, phone: MAX_IDENTITY_LIMIT, deviceId: MAX_IDENTITY_LIMIT, anonymousId: MAX_IDENTITY_LIMIT } };

/** A workspace with a write key (and its phone region, and identity rules: the defaults unless given), ready to receive events. */
export async function createIngestWorkspace(defaultRegion = "US", identityRules?: TIdentityRules) {
  const workspace = await createTestWorkspace();
  await db.workspaceSettings.create({ data: { workspaceId: workspace.id, defaultRegion, ...(identityRules ? { identityRules: { priority: [...identityRules.priority], limits: { ...identityRules.limits } } } : {}) } });
  const key = await createApiKey(workspace.id, null, { kind: "write", name: "Test source" });
  return { workspaceId: workspace.id, writeKey: key.key, apiKeyId: key.id };
}

/** HTTP Basic with the key as user name and an empty password, as Segment's libraries send it. */
export const basicAuth = (key: string) => `Basic ${Buffer.from(`${key}:`).toString("base64")}`;

const handlers = new Map<string, ReturnType<typeof ingestRoute>>();

/** Posts to an ingestion endpoint's real route handler; `raw` sends a body as is. */
export async function sendIngest(endpoint: Parameters<typeof ingestRoute>[0], body: unknown, options: { key?: string | null; authorization?: string; raw?: string; headers?: Record<string, string> } = {}) {
  const handler = handlers.get(endpoint) ?? ingestRoute(endpoint);
  handlers.set(endpoint, handler);
  const headers: Record<string, string> = { "content-type": "application/json", ...options.headers };
  const authorization = options.authorization ?? (options.key ? basicAuth(options.key) : undefined);
  if (authorization) headers.authorization = authorization;
  const response = await handler(new Request(`http://localhost/api/v1/${endpoint}`, { method: "POST", headers, body: options.raw ?? JSON.stringify(body) }));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { error?: string; path?: string } };
}

/** Every identifier of a workspace as `kind:value → profileId`. */
export async function identitiesOf(workspaceId: string): Promise<Map<string, string>> {
  const rows = await db.identity.findMany({ where: { workspaceId } });
  return new Map(rows.map((row) => [`${row.kind}:${row.value}`, row.profileId]));
}
