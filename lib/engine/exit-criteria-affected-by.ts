import type { TChannel } from "../journey/channels";
import { isAffectedBy, type TDefinitionFacts } from "../segments/definition-facts";

/** What changed on a profile: trait keys, consent channels, segments it entered or left; `all` after a merge. */
export type TProfileChange = { traits?: readonly string[]; consent?: readonly TChannel[]; segments?: readonly string[]; all?: boolean };

/**
 * Can `change` make exit criteria reading `facts` match? What they read changed; or they read
 * segments and anything changed (memberships follow traits and consent). The runner re-checks
 * running enrollments after a profile change exactly when this says so, and the simulation asks
 * the same question, so a preview steps at an identify exactly when the runner would.
 */
export function exitCriteriaAffectedBy(facts: TDefinitionFacts, change: TProfileChange): boolean {
  if (change.segments?.some((id) => facts.segmentRefs.has(id))) return true;
  if (facts.segmentRefs.size > 0 && ((change.traits?.length ?? 0) > 0 || (change.consent?.length ?? 0) > 0)) return true;
  return isAffectedBy(facts, { ...(change.all ? { all: true } : {}), ...(change.traits ? { traits: change.traits } : {}), ...(change.consent ? { consent: change.consent } : {}) });
}
