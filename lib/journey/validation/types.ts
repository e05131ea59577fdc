import type { TChannel } from "../channels";
import type { TJourneySettings } from "../settings";

export type TValidationSeverity = "error" | "warning";

/**
 * One finding of `validateJourney`. Errors block publishing; warnings are shown but allowed.
 * `fix` is an imperative sentence the editor shows under the message.
 */
export type TValidationIssue = {
  nodeId?: string;
  edgeId?: string;
  severity: TValidationSeverity;
  /** Stable kebab-case code, for tests and for the editor to pick an icon or a quick fix. */
  code: string;
  message: string;
  fix: string;
};

/** What the caller knows about the workspace; every field is optional and only enables more checks. */
export type TValidationContext = {
  /** The workspace's message templates; message nodes must then name one of these, on their channel. */
  templates?: readonly { id: string; channel: string }[];
  /** The workspace's segments; segment triggers and segment conditions must then name one of these. */
  segments?: readonly { id: string; name?: string }[];
  /** Whether the journey's audience has consent on a channel; `false` makes SMS/push steps warn. */
  audienceConsent?: Partial<Record<TChannel, boolean>>;
  /** The workspace's active subscription topics; a message step naming another one then warns. */
  topics?: readonly { id: string; name?: string }[];
  /** Journey-level settings, for the goal-window and exit-criteria rules. */
  settings?: TJourneySettings;
};
