import type { Db } from "../db/client";
import { renderSends, type TOutboxRow } from "../engine/runner/render-sends";
import { simulateJourney, type TSimulatedEvent, type TSimulationResult } from "../engine/simulate";
import { invalid } from "../errors";
import { publicBaseUrl } from "../preferences/public-base-url";
import { assemblePreviewResult } from "./assemble-preview-result";
import { buildPreviewTimeline, engagementFromAssumptions } from "./build-preview-timeline";
import { checkStorable } from "./check-storable";
import type { TPreviewJourneyRow } from "./load-preview-journey";
import { loadPreviewProfile, PREVIEW_ENROLLMENT_ID, type TPreviewProfileLoad } from "./load-preview-profile";
import type { TLoadedPreviewVersion } from "./load-preview-version";
import { PREVIEW_LIMITS, type TPreviewInput, type TPreviewResult } from "./preview-schemas";
import { previewWindow } from "./preview-window";

/** Renders per run: a send found unrenderable is re-run as failed (not counted for caps), which may change later sends; this settles in one or two. */
const MAX_RENDER_PASSES = 3;

export type TPreviewOptions = {
  db?: Db;
  /** The present moment (default: the machine's clock): `start` defaults to it. */
  now?: Date;
  /** Accept `assume` keys that are message steps of another version (a comparison checks them against both). */
  assumeKeys?: ReadonlySet<string>;
};

type TJourneyRow = TPreviewJourneyRow;

function checkAssumptions(assume: TPreviewInput["assume"], known: ReadonlySet<string>): void {
  for (const nodeId of Object.keys(assume ?? {})) {
    if (!known.has(nodeId)) throw invalid(`assume.${nodeId}`, "is not a message step of this version");
  }
}

/** Placeholder preference links: a preview never hands out a working unsubscribe link for a real person. */
function placeholderLinks() {
  const base = publicBaseUrl();
  return { unsubscribeUrl: `${base}/api/unsubscribe/preview-placeholder-link`, preferencesUrl: `${base}/p/preview` };
}

function notesFor(loaded: TLoadedPreviewVersion, who: TPreviewProfileLoad, simulation: TSimulationResult): string[] {
  const notes: string[] = [];
  if (simulation.messages.length > 0) notes.push("Unsubscribe and preference links are placeholders here; a real message carries links signed for the customer.");
  if (JSON.stringify(loaded.version).includes('"segmentId"')) notes.push("Segment memberships stay as they are at the start: scripted events do not move the profile in or out of segments.");
  if (who.profile.hypothetical) notes.push("A hypothetical profile has no history: no earlier events, messages or segment memberships.");
  const live = who.live;
  if (live && who.continueFrom) notes.push(`Continues the profile's run in version ${live.run.version} from where it stands (${live.run.state}${who.continueFrom.currentNodeId ? ` at "${live.labels.get(who.continueFrom.currentNodeId) ?? who.continueFrom.currentNodeId}"` : ""}).`);
  else if (live && (live.run.state === "active" || live.run.state === "waiting")) notes.push(`The profile is in version ${live.run.version} now; this preview shows a fresh entry into ${loaded.kind === "draft" ? "the draft" : `version ${loaded.number}`}.`);
  return notes;
}

/**
 * Simulates, renders every message as the outbox would, and re-simulates while rendering finds
 * sends that could not go (a failed send does not count for the caps, as a failed outbox row
 * does not), so the path and the messages agree.
 */
async function simulateAndRender(client: Db, workspaceId: string, journey: TJourneyRow, loaded: TLoadedPreviewVersion, who: TPreviewProfileLoad, timeline: TSimulatedEvent[], request: TPreviewInput, window: { start: Date; until: Date; now: Date }) {
  let failures = new Map<string, string>();
  let simulation: TSimulationResult | undefined;
  let rendered: TOutboxRow[] = [];
  for (let pass = 0; pass < MAX_RENDER_PASSES; pass++) {
    const known = failures;
    simulation = simulateJourney(loaded.version, who.context, timeline, {
      start: window.start,
      until: window.until,
      engagement: engagementFromAssumptions(request.assume),
      enrollmentId: who.continueFrom?.id ?? PREVIEW_ENROLLMENT_ID,
      maxIterations: PREVIEW_LIMITS.maxIterations,
      journeyName: journey.name,
      existing: who.existing,
      ...(who.continueFrom ? { resume: who.continueFrom } : {}),
      sendFailure: (send) => known.get(send.idempotencyKey) ?? null,
    });
    rendered = await renderSends(client, simulation.messages.map((m) => ({ workspaceId, enrollment: m.enrollment, journeyName: journey.name, send: m.send, at: m.at })), window.now, { links: placeholderLinks });
    const found = new Map(rendered.flatMap((row) => (row.status === "failed" ? [[row.idempotencyKey, row.error ?? "could not be rendered"] as const] : [])));
    if (found.size === known.size && [...found.keys()].every((key) => known.has(key))) break;
    failures = found;
  }
  return { simulation: simulation as TSimulationResult, rendered };
}

/** The preview of one loaded version (the compare endpoint runs two). */
export async function previewVersion(client: Db, workspaceId: string, journey: TJourneyRow, loaded: TLoadedPreviewVersion, request: TPreviewInput, options: TPreviewOptions = {}): Promise<TPreviewResult> {
  const now = options.now ?? new Date();
  checkStorable(request);
  const { start, until } = previewWindow(request, now);
  checkAssumptions(request.assume, options.assumeKeys ?? loaded.messageNodeIds);
  const settings = await client.workspaceSettings.findUnique({ where: { workspaceId }, select: { defaultRegion: true } });
  const timeline = buildPreviewTimeline(request.events, start, settings?.defaultRegion ?? "US");
  const who = await loadPreviewProfile(client, { workspaceId, journey, version: loaded.version, ...(request.profileId ? { profileId: request.profileId } : {}), ...(request.profile ? { overrides: request.profile } : {}), start });
  const ownAssumptions = request.assume ? Object.fromEntries(Object.entries(request.assume).filter(([nodeId]) => loaded.messageNodeIds.has(nodeId))) : undefined;
  const ownRequest = { ...request, ...(ownAssumptions ? { assume: ownAssumptions } : {}) };
  if (loaded.unusable) {
    const empty: TSimulationResult = { steps: [], messages: [], effects: [], enrollment: null, stoppedBecause: "notEnrolled", iterations: 0 };
    const result = assemblePreviewResult({ journey, loaded, who, start, until, simulation: empty, rendered: [], notes: [] });
    return { ...result, stoppedBecause: "invalidStep", reason: loaded.unusable };
  }
  const { simulation, rendered } = await simulateAndRender(client, workspaceId, journey, loaded, who, timeline, ownRequest, { start, until, now });
  return assemblePreviewResult({ journey, loaded, who, start, until, simulation, rendered, notes: notesFor(loaded, who, simulation) });
}
