import type { Db } from "../db/client";
import { enrollmentFromRow } from "../engine/context/enrollment-row";
import { loadStepContexts } from "../engine/context/load-step-contexts";
import { identityValue } from "../engine/send-rules/resolve-address";
import type { TEnrollmentSummary } from "../engine/should-enroll";
import type { TEnrollmentState, TEnrollmentStatus, TJourneyVersion, TStepContext } from "../engine/types";
import { invalid } from "../errors";
import { profileLabel } from "../message-templates/profile-label";
import { describeJourneyNodes } from "../profiles/describe-journey-nodes";
import { loadTopicStandings } from "../topics/load-topic-standings";
import { getWorkspaceRulesMany } from "../workspace-settings/get-workspace-rules";
import type { TLiveRun, TPreviewProfile } from "./preview-schemas";

/** The id a hypothetical profile runs under: fixed, so its split assignments are the same every run. */
export const HYPOTHETICAL_PROFILE_ID = "preview-profile";
/** The enrollment id of a fresh preview run (idempotency keys read `preview:<node>:<visit>`). */
export const PREVIEW_ENROLLMENT_ID = "preview";
const MAX_LIVE_STEPS = 500;

export type TPreviewProfileLoad = {
  context: TStepContext;
  profile: { id: string | null; label: string; hypothetical: boolean };
  /** The profile's earlier, finished enrollments in the journey, for the re-entry policy. */
  existing: TEnrollmentSummary[];
  /** Its latest enrollment in the live version, with the real step log. */
  live?: { run: Omit<TLiveRun, "continued" | "steps"> & { steps: Omit<TLiveRun["steps"][number], "nodeLabel">[] }; enrollment: TEnrollmentState | null; versionId: string; labels: Map<string, string> };
  /** That enrollment, when it is still running on the previewed version: the prediction continues it. */
  continueFrom?: TEnrollmentState;
};

export type TLoadPreviewProfileOptions = {
  workspaceId: string;
  journey: { id: string; liveVersionId: string | null };
  version: TJourneyVersion;
  profileId?: string;
  overrides?: TPreviewProfile;
  start: Date;
};

/** The request's overrides on a context: traits merged; consent and topics per channel / topic; time zone, locale and identities replaced. */
function applyOverrides(context: TStepContext, overrides: TPreviewProfile | undefined): TStepContext {
  if (!overrides) return context;
  const topics = context.topics && overrides.topics
    ? Object.fromEntries(Object.entries(context.topics).map(([id, topic]) => [id, overrides.topics?.[id] ? { ...topic, status: overrides.topics[id] } : topic]))
    : context.topics;
  return {
    ...context,
    profile: {
      ...context.profile,
      traits: { ...context.profile.traits, ...overrides.traits },
      ...(overrides.timezone ? { timezone: overrides.timezone } : {}),
      ...(overrides.locale ? { locale: overrides.locale } : {}),
    },
    consent: { ...context.consent, ...overrides.consent },
    ...(overrides.identities ? { identities: overrides.identities.map((i) => ({ kind: i.kind, value: i.value })) } : {}),
    ...(topics ? { topics } : {}),
  };
}

/** A profile that exists only in the request: the workspace's rules and topics, nothing else on file. */
async function hypotheticalContext(db: Db, options: TLoadPreviewProfileOptions): Promise<TStepContext> {
  const rules = (await getWorkspaceRulesMany(db, [options.workspaceId])).get(options.workspaceId);
  const topicsFor = await loadTopicStandings(db, [{ workspaceId: options.workspaceId, profileId: HYPOTHETICAL_PROFILE_ID, version: options.version }]);
  const topics = topicsFor(options.workspaceId, HYPOTHETICAL_PROFILE_ID);
  return {
    profile: { id: HYPOTHETICAL_PROFILE_ID, traits: {}, timezone: null, locale: null },
    identities: [],
    consent: {},
    events: [],
    engagement: {},
    messages: [],
    segments: [],
    workspace: rules ?? { timezone: "UTC", frequencyCaps: [], quietHours: {}, consentPolicy: {} },
    journey: { id: options.journey.id },
    ...(topics ? { topics } : {}),
  };
}

/** The profile's latest enrollment in the journey's live version, with its real step log. */
async function loadLive(db: Db, options: TLoadPreviewProfileOptions, profileId: string): Promise<TPreviewProfileLoad["live"]> {
  if (!options.journey.liveVersionId) return undefined;
  const row = await db.enrollment.findFirst({
    where: { workspaceId: options.workspaceId, journeyId: options.journey.id, versionId: options.journey.liveVersionId, profileId },
    orderBy: [{ enteredAt: "desc" }, { id: "desc" }],
    select: { id: true, journeyId: true, versionId: true, profileId: true, state: true, currentNodeId: true, memory: true, wakeAt: true, waitingFor: true, enteredAt: true, exitedAt: true, exitReason: true, version: { select: { version: true, graph: true } } },
  });
  if (!row) return undefined;
  const steps = await db.stepLog.findMany({ where: { enrollmentId: row.id }, orderBy: [{ at: "asc" }, { id: "asc" }], take: MAX_LIVE_STEPS, select: { at: true, nodeId: true, nodeType: true, action: true, reason: true, handle: true } });
  const parsed = enrollmentFromRow(row);
  return {
    run: {
      enrollmentId: row.id,
      version: row.version.version,
      state: row.state,
      steps: steps.map((s) => ({ at: s.at.toISOString(), nodeId: s.nodeId, nodeType: s.nodeType, action: s.action as TLiveRun["steps"][number]["action"], reason: s.reason, ...(s.handle ? { handle: s.handle } : {}) })),
    },
    enrollment: parsed.ok ? parsed.enrollment : null,
    versionId: row.versionId,
    labels: describeJourneyNodes(row.version.graph),
  };
}

/**
 * Who a preview runs for, as the runner would see them at `start`: a real profile through the
 * runner's own loader (`loadStepContexts`: traits, identities, consent, its events in the
 * version's window up to `start`, its messages inside the cap windows, segment memberships,
 * topics, the workspace rules), optionally with the request's overrides; or a hypothetical
 * profile built from the overrides alone. An unknown `profileId` is a 400 naming it.
 */
export async function loadPreviewProfile(db: Db, options: TLoadPreviewProfileOptions): Promise<TPreviewProfileLoad> {
  const { workspaceId, journey, profileId, overrides, start } = options;
  if (profileId === undefined) {
    const context = applyOverrides(await hypotheticalContext(db, options), overrides);
    const email = identityValue(context, "email", "email");
    return { context, profile: { id: null, label: profileLabel(context.profile.traits, email, identityValue(context, "userId", "user_id"), "Hypothetical profile"), hypothetical: true }, existing: [] };
  }
  const live = await loadLive(db, options, profileId);
  const running = live?.enrollment && (live.enrollment.state === "active" || live.enrollment.state === "waiting") && live.versionId === options.version.id ? live.enrollment : undefined;
  const enrollmentId = running?.id ?? PREVIEW_ENROLLMENT_ID;
  const contexts = await loadStepContexts(db, [{ enrollmentId, workspaceId, profileId, journeyId: journey.id, version: options.version }], start);
  const loaded = contexts.get(enrollmentId);
  if (!loaded) throw invalid("profileId", `no profile ${profileId} in this workspace`);
  const context = applyOverrides(loaded, overrides);
  const earlier = await db.enrollment.findMany({ where: { workspaceId, journeyId: journey.id, profileId, enteredAt: { lte: start } }, select: { id: true, state: true, enteredAt: true } });
  const existing = earlier
    .filter((e) => e.id !== enrollmentId && (e.state === "completed" || e.state === "exited"))
    .map((e) => ({ state: e.state as TEnrollmentStatus, enteredAt: e.enteredAt }));
  const label = profileLabel(context.profile.traits, identityValue(loaded, "email", "email"), identityValue(loaded, "userId", "user_id"), profileId);
  return { context, profile: { id: profileId, label, hypothetical: false }, existing, ...(live ? { live } : {}), ...(running ? { continueFrom: running } : {}) };
}
