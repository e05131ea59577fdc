import { authenticateWriteKey, type TIngestSource } from "../api-keys/authenticate-write-key";
import { readWriteKey } from "../api-keys/read-write-key";
import { issuePath } from "../http/parse-input";
import type { TEventType } from "./event-schemas";
import { ZIngestEnvelope } from "./ingest-envelope";
import { ingestEvents, type TIngestItem } from "./ingest-events";
import { readRequestBody } from "./read-request-body";
import { submitIngestJob } from "./submit-ingest-job";
import { MAX_EVENT_BYTES } from "./validate-event";

/** Segment's limit per batch request. */
export const MAX_BATCH_BYTES = 500 * 1024;

// Write keys are meant to sit in browsers (analytics.js), so any origin may send.
const CORS = { "access-control-allow-origin": "*", "access-control-allow-methods": "POST, OPTIONS", "access-control-allow-headers": "authorization, content-type, content-encoding", "access-control-max-age": "86400" };
const reply = (status: number, body: unknown) => Response.json(body, { status, headers: CORS });
const UNAUTHORIZED = "unauthorized: send a write key as the HTTP Basic user name (empty password) or as Authorization: Bearer <write key>";

/** The answer to a CORS preflight for the ingestion endpoints. */
export function ingestPreflight(): Response {
  return new Response(null, { status: 204, headers: CORS });
}

async function refuse(source: TIngestSource | null, endpoint: TEventType | "batch", path: string, message: string, receivedAt: Date): Promise<Response> {
  const error = `${path}: ${message}`;
  const eventType = endpoint === "batch" ? null : endpoint;
  if (source) await submitIngestJob({ source, events: [], rejected: [{ reason: error, path, eventType, messageId: null, batchIndex: null }], receivedAt });
  return reply(400, { error, path });
}

/**
 * A Segment-compatible ingestion endpoint (`/api/v1/track`, …, `/api/v1/batch`): write-key auth
 * (header, or `writeKey` in the body as Segment's libraries also send it), body limits, JSON
 * parsing, then ingestEvents. Answers like Segment: 200 `{ success: true }`; a batch answers
 * `{ success, accepted, rejected }` and keeps its valid events. Bad input is a 4xx naming the field.
 */
export function ingestRoute(endpoint: TEventType | "batch") {
  const maxBytes = endpoint === "batch" ? MAX_BATCH_BYTES : MAX_EVENT_BYTES;
  return async (request: Request): Promise<Response> => {
    const receivedAt = new Date();
    try {
      const headerKey = readWriteKey(request.headers.get("authorization"));
      let source = headerKey ? await authenticateWriteKey(headerKey) : null;
      if (headerKey && !source) return reply(401, { error: UNAUTHORIZED });
      const body = await readRequestBody(request, maxBytes);
      if (!body.ok) {
        const limit = endpoint === "batch" ? "the 500 KB limit per batch request" : "the 32 KB limit per event";
        return refuse(source, endpoint, "body", body.reason === "tooLarge" ? `is over ${limit}` : "is not valid gzip", receivedAt);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.text);
      } catch {
        return refuse(source, endpoint, "body", "not valid JSON", receivedAt);
      }
      const bodyKey = typeof parsed === "object" && parsed !== null && "writeKey" in parsed && typeof parsed.writeKey === "string" ? parsed.writeKey : null;
      if (!source && bodyKey) source = await authenticateWriteKey(bodyKey);
      if (!source) return reply(401, { error: UNAUTHORIZED });

      const requestIp = (request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "").slice(0, 64) || null;
      if (endpoint !== "batch") {
        const result = await ingestEvents(source, [{ raw: parsed, type: endpoint, path: "" }], { receivedAt, requestIp });
        const [rejection] = result.rejected;
        return rejection ? reply(400, { error: rejection.error, path: rejection.path }) : reply(200, { success: true });
      }

      const envelope = ZIngestEnvelope.safeParse(parsed);
      if (!envelope.success) {
        const issue = envelope.error.issues[0];
        return refuse(source, endpoint, issue?.path.length ? issuePath(issue.path) : "body", issue?.message ?? "is invalid", receivedAt);
      }
      const items: TIngestItem[] = envelope.data.batch.map((raw, index) => ({ raw, type: null, path: `batch.${index}` }));
      const result = await ingestEvents(source, items, { receivedAt, requestIp, batchContext: envelope.data.context, batchSentAt: envelope.data.sentAt });
      const answer = { success: result.rejected.length === 0, accepted: result.accepted, rejected: result.rejected };
      // all-bad is a client error; partly bad is a success that lists what was refused
      if (result.accepted === 0 && result.rejected.length > 0) return reply(400, { ...answer, error: result.rejected[0]?.error, path: result.rejected[0]?.path });
      return reply(200, answer);
    } catch (error) {
      console.error("ingestion failed", error);
      return reply(500, { error: "internal error: the server failed; retry the request (repeated messageIds are stored once)" });
    }
  };
}
