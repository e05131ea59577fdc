import type { TChannel } from "../journey/channels";
import type { TConsentStatus } from "./event-schemas";
import { applyConsentBatch } from "./apply-consent-batch";
import type { TTx } from "./run-write-transaction";

export interface TConsentChange {
  channel: TChannel;
  status: TConsentStatus;
  /** the event's time: a change older than the stored one is ignored */
  at: Date;
  /** what set it: "identify", "track", … */
  source: string;
}

/**
 * Records consent carried by events on a profile the caller has locked or just created. Per
 * channel the newest statement wins — a late, older event cannot re-subscribe someone who
 * unsubscribed since — and Consent.updatedAt keeps the time of that statement. (One profile's
 * case of applyConsentBatch, which holds the rule.)
 */
export async function applyConsentChanges(tx: TTx, workspaceId: string, profileId: string, changes: readonly TConsentChange[], isNewProfile: boolean): Promise<void> {
  await applyConsentBatch(tx, workspaceId, [{ profileId, changes, isNew: isNewProfile }]);
}
