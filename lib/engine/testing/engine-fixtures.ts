import type { TJourneyGraph } from "../../journey/graph";
import { defaultJourneySettings, type TJourneySettings } from "../../journey/settings";
import { createEnrollment } from "../create-enrollment";
import { step } from "../step";
import type { TContextEvent, TEffect, TEnrollmentState, TJourneyVersion, TLogEffect, TStepContext, TStepResult } from "../types";

/** Test helpers for the engine. Not used by production code. */

/** A Date from an ISO string, so tests read as clock times. */
export const at = (iso: string): Date => new Date(iso);

/** An event of the profile. */
export function event(name: string, timestamp: Date | string, properties: Record<string, unknown> = {}): TContextEvent {
  return { name, properties, timestamp: typeof timestamp === "string" ? at(timestamp) : timestamp };
}

type TContextOverrides = Partial<Omit<TStepContext, "profile" | "workspace">> & {
  profile?: Partial<TStepContext["profile"]>;
  workspace?: Partial<TStepContext["workspace"]>;
};

/**
 * A reachable, consenting profile in a workspace with no caps and no quiet hours (UTC), unless
 * told otherwise: email, phone and device on file, subscribed to email, SMS and push.
 */
export function makeContext(overrides: TContextOverrides = {}): TStepContext {
  const { profile, workspace, ...rest } = overrides;
  return {
    profile: { id: "p-1", traits: {}, timezone: null, locale: null, ...profile },
    identities: [
      { kind: "email", value: "ada@example.com" },
      { kind: "phone", value: "+447700900001" },
      { kind: "deviceId", value: "device-1" },
    ],
    consent: { email: "subscribed", sms: "subscribed", push: "subscribed" },
    events: [],
    engagement: {},
    messages: [],
    segments: [],
    workspace: { timezone: "UTC", frequencyCaps: [], quietHours: {}, consentPolicy: {}, ...workspace },
    journey: { id: "j-1" },
    ...rest,
  };
}

/** A published version of a graph. */
export function makeVersion(graph: TJourneyGraph, settings: Partial<TJourneySettings> = {}): TJourneyVersion {
  return { id: "v-1", graph, settings: { ...defaultJourneySettings(), ...settings } };
}

/** A fresh enrollment at the trigger of `version`, entered at `now`. */
export function enrol(version: TJourneyVersion, now: Date, triggerEvent?: TContextEvent, profileId = "p-1"): TEnrollmentState {
  return createEnrollment({ id: "e-1", journeyId: "j-1", versionId: version.id, profileId, graph: version.graph, now, ...(triggerEvent ? { triggerEvent } : {}) });
}

/** Enrol and take the first step at `now`. */
export function enrolAndStep(version: TJourneyVersion, context: TStepContext, now: Date, triggerEvent?: TContextEvent): TStepResult {
  return step(version, enrol(version, now, triggerEvent, context.profile.id), context, now);
}

/** The log lines of a step, as "node: action (reason)" for readable expectations. */
export function logLines(effects: readonly TEffect[]): string[] {
  return effects.filter((e): e is TLogEffect => e.type === "log").map((e) => `${e.nodeId}: ${e.action} (${e.reason})`);
}

/** The effects of one type. */
export function effectsOf<T extends TEffect["type"]>(effects: readonly TEffect[], type: T): Extract<TEffect, { type: T }>[] {
  return effects.filter((e): e is Extract<TEffect, { type: T }> => e.type === type);
}
