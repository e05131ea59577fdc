import { z } from "zod";
import { ZApiKeySummary, ZCreateApiKeyInput, ZCreatedApiKey, ZListApiKeysQuery } from "../api-keys/api-key-schemas";
import { ZAliasEvent, ZBatchBody, ZBatchResult, ZGroupEvent, ZIdentifyEvent, ZIngestSuccess, ZPageEvent, ZScreenEvent, ZTrackEvent } from "../profiles/event-schemas";
import { defineRoute } from "./define-route";

// Ingestion takes write keys, not sessions or management keys: `auth: "writeKey"` gives these
// routes their own security schemes; the summaries say it in words as well.
const WRITE_KEY = "Authenticate with a write key: HTTP Basic with the key as user name and an empty password (as Segment's libraries do), or `Authorization: Bearer <write key>`.";
const ingestErrors = {
  400: { description: "invalid call: `error` names the field (`event: is required`), `path` is its dotted path (an email or phone in traits that is not one is not a refusal: the event is kept without it and the value is recorded as a dropped identifier); over 32 KB per event, or malformed JSON (`body: not valid JSON`)" },
  401: { description: "no write key, or an unknown, revoked or management key" },
};
const single = (type: string, body: z.ZodType, summary: string) =>
  defineRoute({ method: "post", path: `/api/v1/${type}`, summary: `${summary}. ${WRITE_KEY}`, tag: "Ingestion (Segment-compatible)", permission: null, auth: "writeKey", body, responses: { 200: { description: "accepted (a repeated messageId is accepted and stored once)", schema: ZIngestSuccess }, ...ingestErrors } });

const keyErrors = { 400: { description: "invalid input: `error` names the field" }, 401: { description: "not signed in and no valid management key" }, 403: { description: "only admins manage API keys" } };

export const ingestionRoutes = [
  single("track", ZTrackEvent, "Record an event a person performed (Segment track)"),
  single("identify", ZIdentifyEvent, "Tie a person to their traits (Segment identify). traits.email and traits.phone become identifiers, under the workspace's identity rules (GET /api/v1/settings/identity); traits.consent = { email | sms | push | …: \"subscribed\" | \"unsubscribed\" } records consent"),
  single("page", ZPageEvent, "Record a page view (Segment page)"),
  single("screen", ZScreenEvent, "Record a mobile screen view (Segment screen)"),
  single("group", ZGroupEvent, "Associate a person with a group (Segment group); group traits stay on the event"),
  single("alias", ZAliasEvent, "Link an earlier id (a known user id or anonymous id) to a user id (Segment alias); the two profiles merge"),
  defineRoute({
    method: "post",
    path: "/api/v1/batch",
    summary: `Send many calls at once, each with its type (Segment batch; what the Segment SDKs use). Up to 500 KB per request and 32 KB per event; valid events are kept when others are rejected. ${WRITE_KEY}`,
    tag: "Ingestion (Segment-compatible)",
    permission: null,
    auth: "writeKey",
    body: ZBatchBody,
    responses: { 200: { description: "at least one event accepted; `rejected` lists the others by index with the field at fault", schema: ZBatchResult }, 400: { description: "every event rejected (same body, plus `error`/`path` of the first), or the request is over 500 KB, malformed JSON, or `batch` is not a list" }, 401: ingestErrors[401] },
  }),
  defineRoute({ method: "get", path: "/api/v1/api-keys", summary: "List API keys (no secrets; revoked ones with includeRevoked=true)", tag: "API keys", permission: "apiKeys:manage", query: ZListApiKeysQuery, responses: { 200: { description: "keys, newest first", schema: z.object({ apiKeys: z.array(ZApiKeySummary) }) }, ...keyErrors } }),
  defineRoute({ method: "post", path: "/api/v1/api-keys", summary: "Create a write key (ingestion) or a management key (this API, acting with a role). The key is in the answer once and never again", tag: "API keys", permission: "apiKeys:manage", body: ZCreateApiKeyInput, responses: { 201: { description: "the key, in clear this once", schema: ZCreatedApiKey }, ...keyErrors } }),
  defineRoute({ method: "delete", path: "/api/v1/api-keys/{id}", summary: "Revoke a key: the next request made with it gets 401", tag: "API keys", permission: "apiKeys:manage", responses: { 200: { description: "the revoked key", schema: ZApiKeySummary }, 404: { description: "no such key in this workspace" }, ...keyErrors } }),
];
