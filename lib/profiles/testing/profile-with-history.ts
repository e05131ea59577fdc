import { randomUUID } from "node:crypto";
import { db } from "../../db/client";
import { createLiveJourney, createRunnerWorkspace, emailThenSmsGraph } from "../../engine/runner/testing/runner-fixtures";
import { createApiKey } from "../../api-keys/create-api-key";
import { sendIngest } from "./ingest-fixtures";

/** Test data for the profile pages and privacy. Not used by production code. */

/** A workspace with a write key, a live "Signed Up" → email → wait → SMS journey, a topic and a segment. */
export async function createHistoryWorkspace() {
  const { workspace, emailTemplateId, smsTemplateId } = await createRunnerWorkspace(db);
  await db.workspaceSettings.create({ data: { workspaceId: workspace.id, defaultRegion: "GB" } });
  const key = await createApiKey(workspace.id, null, { kind: "write", name: "Test source" });
  const journey = await createLiveJourney(db, workspace.id, emailThenSmsGraph(emailTemplateId, smsTemplateId));
  const topic = await db.topic.create({ data: { workspaceId: workspace.id, name: `Offers ${randomUUID().slice(0, 6)}` } });
  const segment = await db.segment.create({ data: { workspaceId: workspace.id, name: `VIPs ${randomUUID().slice(0, 6)}`, definition: { kind: "all", conditions: [{ kind: "trait", path: "plan", op: "equals", value: "pro" }] } } });
  return { workspaceId: workspace.id, writeKey: key.key, journey, topicId: topic.id, segmentId: segment.id };
}

/**
 * A customer with a life in the workspace, made the way production makes it: identify (traits,
 * email, phone, consent), track events (one triggers the journey, which sends an email), an
 * earlier anonymous visit merged in (carrying a phone that was not one: a dropped identifier), a
 * second sign-up the journey refused (re-entry), an open of the email, a topic preference, and membership
 * of the "plan is pro" segment, which ingestion keeps current by itself. Returns the profile id and the identifiers used.
 */
export async function createProfileWithHistory(ws: Awaited<ReturnType<typeof createHistoryWorkspace>>, name = "Ada") {
  const tag = randomUUID().slice(0, 8);
  const userId = `${name.toLowerCase()}-${tag}`;
  const email = `${name.toLowerCase()}.${tag}@example.com`;
  const anonymousId = `anon-${tag}`;
  const send = async (endpoint: "identify" | "track", body: Record<string, unknown>) => {
    const result = await sendIngest(endpoint, body, { key: ws.writeKey });
    if (result.status !== 200) throw new Error(`ingest failed: ${JSON.stringify(result.body)}`);
  };
  // The visitor typed a phone the site could not read: the event stays, the phone is recorded as dropped.
  await send("track", { anonymousId, event: "Viewed Product", properties: { sku: `sku-${tag}` }, context: { traits: { phone: `unknown-${tag}` } } });
  await send("identify", { userId, traits: { email, first_name: name, plan: "pro", secret_note: `note-${tag}` }, context: { consent: { email: "subscribed", sms: "subscribed" } } });
  // Links the anonymous visit to the known user: the two profiles merge.
  await send("identify", { userId, anonymousId });
  await send("track", { userId, event: "Signed Up", properties: { plan: "pro" } });
  // Signing up again while the first run waits is refused by the re-entry policy (and recorded).
  await send("track", { userId, event: "Signed Up", properties: { plan: "pro" } });
  const identity = await db.identity.findUniqueOrThrow({ where: { workspaceId_kind_value: { workspaceId: ws.workspaceId, kind: "userId", value: userId } } });
  const profileId = identity.profileId;
  const message = await db.message.findFirstOrThrow({ where: { workspaceId: ws.workspaceId, profileId } });
  await db.messageEvent.create({ data: { workspaceId: ws.workspaceId, messageId: message.id, type: "opened", at: new Date() } });
  await db.topicPreference.create({ data: { workspaceId: ws.workspaceId, profileId, topicId: ws.topicId, status: "unsubscribed", source: "preferenceCentre" } });
  return { profileId, userId, email, anonymousId, tag };
}
