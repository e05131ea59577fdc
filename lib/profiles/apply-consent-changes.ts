import type { TChannel } from "../journey/channels";
import type { TConsentStatus } from "./event-schemas";
import { applyConsentBatch } from "./apply-consent-batch";
import type { TTx } from "./run-write-transaction";

export interface TConsentChange {
  channel: TChannel;
  status: TConsentStatus;
  /** the event's time (see decideConsent for how it is compared) */
  at: Date;
  /** what set it: "identify", "track", … */
  source: string;
}

/**
 * Records consent statements on a profile the caller has locked or just created, received at
 * `receivedAt`: an unsubscribe always takes effect, a subscribe only when not older than the
 * stored statement — a late, older event cannot re-subscribe someone who unsubscribed since —
 * and Consent.updatedAt keeps the time of the statement that stands. (One profile's case of
 * applyConsentBatch; the rule is decideConsent.)
 */
export async function applyConsentChanges(tx: TTx, workspaceId: string, profileId: string, changes: readonly TConsentChange[], isNewProfile: boolean, receivedAt: Date): Promise<void> {
  await applyConsentBatch(tx, workspaceId, [{ profileId, changes, isNew: isNewProfile, receivedAt }]);
}
