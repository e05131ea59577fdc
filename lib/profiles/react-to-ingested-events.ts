import { db } from "../db/client";
import { handleIngestedEvent, loadLiveVersions } from "../engine/runner/handle-ingested-event";
import { processSegmentEntries } from "../engine/runner/process-segment-entries";
import { ingestClock } from "../engine/runner/test-clock";
import { updateSegmentsAfterIngest } from "../segments/update-segments-after-ingest";
import type { TIncomingEvent } from "./incoming-event";
import { recheckAfterIngest } from "./recheck-after-ingest";

/**
 * Hands newly stored track events to the journey runner in the same request, so an event that
 * triggers a journey or resumes a wait-for-event gets its first decision in milliseconds rather
 * than on the next tick. Events are handled in order, each for the profile it resolved to.
 * Workspaces with no live journey pay one query per request and nothing else.
 * A failure here is logged, never turned into a refusal: the events are already stored.
 *
 * One clock: everything here happens at the real time, except under the test clock
 * (`ingestClock`), where each track event is handled at its own time and the request's segment
 * and exit-criteria steps at the newest time of its stored events — so a test that dates its
 * events sees them decided and recorded at those virtual times, as ticks are at their `now`.
 */
export async function reactToIngestedEvents(workspaceId: string, events: readonly TIncomingEvent[], profileOf: ReadonlyMap<string, string>, storedIds: ReadonlySet<string>): Promise<void> {
  const storedTimes = events.filter((e) => storedIds.has(e.messageId)).map((e) => e.timestamp.getTime());
  const requestNow = () => (storedTimes.length > 0 ? ingestClock(new Date(Math.max(...storedTimes)), new Date()) : new Date());
  // Segments first, for every call type (identify sets traits and consent, any call may merge),
  // so the journeys below read fresh memberships; a profile that just entered a segment enters
  // that segment's journeys in this request too (the runner pass would otherwise pick it up).
  const segments = await updateSegmentsAfterIngest(db, workspaceId, events, profileOf, storedIds, requestNow()).catch((error: unknown) => {
    console.error("segment memberships could not follow ingested events", error);
    return { entered: 0 };
  });
  if (segments.entered > 0) {
    await processSegmentEntries(db, { workspaceId, now: requestNow(), maxBatches: 1 }).catch((error: unknown) => console.error("segment-entry journeys could not react to ingested events", error));
  }
  // Profiles whose traits or consent changed (or who merged) leave journeys whose exit criteria they now match.
  await recheckAfterIngest(db, workspaceId, events, profileOf, storedIds, requestNow()).catch((error: unknown) => console.error("exit criteria could not be re-checked after ingested events", error));
  // A request may carry one messageId twice (a retrying client, a doubled batch item): it was
  // stored once, so it reaches journeys once — the first copy, as the stored event is.
  const seen = new Set<string>();
  const tracks = events.filter((e) => {
    if (e.type !== "track" || !storedIds.has(e.messageId) || !profileOf.get(e.messageId) || seen.has(e.messageId)) return false;
    seen.add(e.messageId);
    return true;
  });
  if (tracks.length === 0) return;
  // One load of the live versions serves every event of the request.
  const liveVersions = await loadLiveVersions(db, workspaceId);
  if (liveVersions.size === 0) return;
  for (const event of tracks) {
    try {
      await handleIngestedEvent(db, {
        workspaceId,
        profileId: profileOf.get(event.messageId) as string,
        event: { name: event.name, properties: event.properties, timestamp: event.timestamp },
        now: ingestClock(event.timestamp, new Date()),
        liveVersions,
      });
    } catch (error) {
      console.error(`journeys could not react to event ${event.messageId}`, error);
    }
  }
}
