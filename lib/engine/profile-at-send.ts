import { identityValue } from "./send-rules/resolve-address";
import type { TSendProfile, TStepContext } from "./types";

/**
 * The profile as a message node sees it at the moment it sends: the step's working copy, so a
 * trait an update-profile node set earlier in the same step is already there. The send carries
 * this snapshot and the message is rendered from it, by the runner and the preview alike.
 */
export function profileAtSend(context: Pick<TStepContext, "identities" | "profile">): TSendProfile {
  return {
    id: context.profile.id,
    traits: { ...context.profile.traits },
    email: identityValue(context, "email", "email"),
    phone: identityValue(context, "phone", "phone"),
    userId: identityValue(context, "userId", "user_id"),
    timezone: context.profile.timezone,
    locale: context.profile.locale,
  };
}
