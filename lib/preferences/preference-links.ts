import type { TChannel } from "../journey/channels";
import { publicBaseUrl } from "./public-base-url";
import { signPreferenceToken } from "./sign-preference-token";

/** The two links a message carries: one-click unsubscribe and the preference centre. */
export interface TPreferenceLinks {
  /** RFC 8058 endpoint: POST unsubscribes, GET asks first */
  unsubscribeUrl: string;
  preferencesUrl: string;
}

export interface TPreferenceLinksInput {
  workspaceId: string;
  profileId: string;
  /** what the unsubscribe link stops: the topic when the message has one, else the channel */
  channel?: TChannel;
  topicId?: string;
  /** the message's idempotency key, so an unsubscribe is recorded against the message */
  messageKey?: string;
  /** the runner's clock, so re-rendering the same step gives the same links */
  issuedAt?: Date;
}

/** Signed links for one profile (and message), absolute on the public base URL. */
export function preferenceLinks(input: TPreferenceLinksInput, baseUrl: string = publicBaseUrl()): TPreferenceLinks {
  const unsubscribe = signPreferenceToken(input);
  const preferences = signPreferenceToken({ workspaceId: input.workspaceId, profileId: input.profileId, ...(input.issuedAt ? { issuedAt: input.issuedAt } : {}) });
  return { unsubscribeUrl: `${baseUrl}/api/unsubscribe/${unsubscribe}`, preferencesUrl: `${baseUrl}/p/${preferences}` };
}
