import { createApiKey } from "@/lib/api-keys/create-api-key";
import { ZCreateApiKeyInput, ZListApiKeysQuery } from "@/lib/api-keys/api-key-schemas";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { apiRoute } from "@/lib/http/api-route";
import { parseInput, readJsonBody, searchParamsOf } from "@/lib/http/parse-input";

export const GET = apiRoute("apiKeys:manage", async ({ request, principal }) => {
  const query = parseInput(ZListApiKeysQuery, searchParamsOf(request), "query");
  return Response.json({ apiKeys: await listApiKeys(principal.workspaceId, { includeRevoked: query.includeRevoked === "true" }) });
});

export const POST = apiRoute("apiKeys:manage", async ({ request, principal }) => {
  const body = parseInput(ZCreateApiKeyInput, await readJsonBody(request));
  return Response.json(await createApiKey(principal.workspaceId, principal.userId, body), { status: 201 });
});
