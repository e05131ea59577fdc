import type { TChannel } from "../journey/channels";
import type { CONSENT_STATUSES } from "../journey/conditions/schema";
import type { TJourneyGraph } from "../journey/graph";
import type { TTraitAssignment } from "../journey/nodes/update-profile/schema";
import type { TJourneySettings } from "../journey/settings";

/** A profile's standing on a channel; a channel never asked about reads as "neverAsked". */
export type TConsentStatus = (typeof CONSENT_STATUSES)[number];

/** An event as the engine sees it: a tracked action of the profile. */
export type TContextEvent = {
  name: string;
  properties: Readonly<Record<string, unknown>>;
  timestamp: Date;
};

/** Where an enrollment stands. `active` exists only before its first step; a step ends in one of the other three. */
export type TEnrollmentStatus = "active" | "waiting" | "completed" | "exited";

/** The wait-for-event node an enrollment is parked on, and the event it listens for. */
export type TWaitingFor = { event: string; nodeId: string };

/** A message node holding a send back (quiet hours, frequency cap) until `until`. */
export type TDeferral = { nodeId: string; until: Date; reason: string; since: Date };

/** What an enrollment remembers between steps. Stored as JSON; see `parseEnrollmentMemory`. */
export type TEnrollmentMemory = {
  /** How many times each node was entered; the visit number is part of the idempotency key. */
  visits: Record<string, number>;
  /** Sticky split assignment per split node: a variant id, or "holdout". */
  splits: Record<string, string>;
  /** Idempotency keys of the sends each message node emitted. */
  sends: Record<string, string[]>;
  /** The event that enrolled the profile, for templates (`event.properties.cart_url`). */
  triggerEvent?: TContextEvent;
  /** Set while a message node defers its send; cleared when the profile moves on. */
  deferredUntil?: TDeferral;
  /** The journey goal was reached (recorded once). */
  converted?: { at: Date; event: string };
};

/** One profile's run through one journey version. */
export type TEnrollmentState = {
  id: string;
  journeyId: string;
  versionId: string;
  profileId: string;
  state: TEnrollmentStatus;
  currentNodeId: string | null;
  wakeAt: Date | null;
  waitingFor: TWaitingFor | null;
  memory: TEnrollmentMemory;
  enteredAt: Date;
  exitedAt: Date | null;
  exitReason: string | null;
};

/** Engagement with the message a node sent on this enrollment (latest send of that node). */
export type TEngagement = { delivered: Date | null; opened: Date | null; clicked: Date | null };

/** A message already sent to the profile, by any journey, for frequency caps. */
export type TSentMessage = { channel: TChannel; at: Date; journeyId: string | null; exempt: boolean };

/** A workspace frequency cap: at most `max` messages per `windowHours`, on `channels` (null = all). */
export type TFrequencyCap = {
  id: string;
  name: string;
  max: number;
  windowHours: number;
  channels: readonly TChannel[] | null;
  /** Journeys (e.g. transactional) whose sends neither obey nor count against this cap. */
  exemptJourneyIds: readonly string[];
};

/** A quiet window in the profile's local time; `start` > `end` wraps midnight ("21:00"–"08:00"). */
export type TQuietHours = { start: string; end: string; behaviour: "defer" | "skip" };

/** optIn: send only to subscribed profiles; optOut: send unless unsubscribed. */
export type TConsentPolicy = "optIn" | "optOut";

/** A profile's standing on a subscription topic; `neverAsked` falls back to the topic's default. */
export type TTopicStanding = { name: string; defaultSubscribed: boolean; status: TConsentStatus };

/** The workspace rules that apply at send time. */
export type TWorkspaceRules = {
  timezone: string;
  frequencyCaps: readonly TFrequencyCap[];
  quietHours: Partial<Record<TChannel, TQuietHours>>;
  consentPolicy: Partial<Record<TChannel, TConsentPolicy>>;
};

/** The profile a step runs for. `timezone` is an IANA name; null falls back to the workspace's. */
export type TContextProfile = {
  id: string;
  traits: Readonly<Record<string, unknown>>;
  timezone: string | null;
  locale: string | null;
};

/**
 * Everything a step may read, as a read-only snapshot loaded before the step (in bulk, for a batch).
 * The step never mutates it; in-step changes (traits set by an update-profile node, messages sent
 * earlier in the same step) live in a working copy.
 */
export type TStepContext = {
  profile: TContextProfile;
  identities: readonly { kind: string; value: string }[];
  /** Per channel; a missing channel reads as "neverAsked". */
  consent: Partial<Record<TChannel, TConsentStatus>>;
  /** Recent events of the profile, any order. Events later than `now` are ignored. */
  events: readonly TContextEvent[];
  /** By message node id: engagement with what that node sent on this enrollment. */
  engagement: Readonly<Record<string, TEngagement>>;
  /** Recent messages to the profile across journeys, for frequency caps. */
  messages: readonly TSentMessage[];
  /** Ids of the segments the profile is in. */
  segments: readonly string[];
  workspace: TWorkspaceRules;
  journey: { id: string };
  /** The event being ingested (wakes a wait-for-event; checked against goal and exit criteria). */
  resumeEvent?: TContextEvent;
  /** Subscription topics by id with the profile's choice; absent where topics were not loaded (previews). */
  topics?: Readonly<Record<string, TTopicStanding>>;
};

/** The published version an enrollment runs on: its graph and its settings, both immutable. */
export type TJourneyVersion = { id: string; graph: TJourneyGraph; settings: TJourneySettings };

/** What a step log line records; `action` is a stable word for analytics, `reason` a sentence for people. */
export type TLogAction =
  | "entered"
  | "waiting"
  | "resumed"
  | "eventReceived"
  | "timedOut"
  | "branched"
  | "assigned"
  | "holdout"
  | "sent"
  /** A send the step decided on but that could not be rendered (template gone, wrong channel, render error); set by the runner after rendering. */
  | "failed"
  | "skipped"
  | "deferred"
  | "suppressed"
  | "passed"
  | "updated"
  | "completed"
  | "converted"
  | "exited";

/**
 * The profile as a send saw it (see `profileAtSend`): traits after the updates earlier in the
 * step, and the addresses and ids the message may print. Templates read it as `profile`.
 */
export type TSendProfile = {
  id: string;
  traits: Record<string, unknown>;
  email: string | null;
  phone: string | null;
  userId: string | null;
  timezone: string | null;
  locale: string | null;
};

export type TSendEffect = {
  type: "send";
  nodeId: string;
  channel: TChannel;
  templateId: string;
  /** `${enrollmentId}:${nodeId}:${visit}`: a re-run of the same step yields the same key. */
  idempotencyKey: string;
  /** The send neither obeys nor counts against frequency caps (node or journey exemption). */
  frequencyCapExempt: boolean;
  /** The subscription topic the message belongs to (the preference centre can stop it). */
  topicId?: string;
  /** The profile at the moment of the send: the message is rendered from it, not from the state before the step. */
  profile: TSendProfile;
  /** Where it goes at that moment (email, E.164 phone, device token); null when the channel needs no address. */
  recipient: string | null;
};
export type TLogEffect = { type: "log"; nodeId: string; nodeType: string; action: TLogAction; reason: string; handle?: string; at: Date };
export type TScheduleEffect = { type: "schedule"; wakeAt: Date };
export type TUpdateProfileEffect = { type: "updateProfile"; nodeId: string; assignments: TTraitAssignment[] };
export type TExitEffect = { type: "exit"; nodeId: string | null; state: "completed" | "exited"; reason: string };
export type TConvertEffect = { type: "convert"; at: Date; event: string };

/** What a step asks the runner to do, in order. The runner commits them with the new state. */
export type TEffect = TSendEffect | TLogEffect | TScheduleEffect | TUpdateProfileEffect | TExitEffect | TConvertEffect;

export type TStepResult = { enrollment: TEnrollmentState; effects: TEffect[] };

/** What a node handler is given. `context` is the in-step view (updated traits, in-step sends). */
export type TNodeRunInput = {
  nodeId: string;
  /** `enter`: arrived in this step (visit counted); `resume`: parked here by an earlier step. */
  arrival: "enter" | "resume";
  /** This node's visit number (1 on the first entry), part of the idempotency key. */
  visit: number;
  enrollment: Readonly<TEnrollmentState>;
  context: TStepContext;
  settings: TJourneySettings;
  /** The profile's IANA time zone, already resolved (profile, else workspace, else UTC). */
  timeZone: string;
  now: Date;
};

/**
 * Fields every logged outcome carries: the log line's action and reason, effects to emit (sends,
 * profile updates, conversions) and memory fields to replace.
 */
type TLogged = { action: TLogAction; reason: string; effects?: TEffect[]; memory?: Partial<TEnrollmentMemory> };

/**
 * What a node handler decides. `continue` leaves through `handle`; `park` holds the profile here
 * until `wakeAt` (or the awaited event); `end` finishes the enrollment; `stay` means a resumed
 * node is not due yet (nothing changes, nothing is logged). A handler never stays on `enter`.
 */
export type TNodeOutcome =
  | (TLogged & { kind: "continue"; handle: string })
  | (TLogged & { kind: "park"; wakeAt: Date; waitingFor: TWaitingFor | null })
  | (TLogged & { kind: "end"; state: "completed" | "exited" })
  | { kind: "stay" };
