/** One consent statement for one channel: what was said, when (the event's time) and by what. */
export interface TConsentStatement {
  status: string;
  at: Date;
  source: string;
}

/**
 * The rule every consent write follows (identify, `context.consent`, CSV import, the consent API,
 * the preference centre, merges): the statement that stands for a channel after `statement`
 * arrives, or null when the stored one stands unchanged.
 *
 * - An `unsubscribed` statement always applies when it arrives, even when its event time is older
 *   than the stored statement: a customer's "no" must take effect, whatever a client clock said
 *   earlier. Overriding a newer subscribe, it is dated just after that statement, so a late,
 *   older subscribe still cannot undo it; a repeated "no" only moves the date forward.
 * - A `subscribed` statement applies only when it is not older than the stored one, so a late,
 *   old subscribe cannot re-subscribe someone; a repeated "yes" leaves the standing statement.
 *
 * Callers pass stored times as they can be compared: one later than the present moment was never
 * observed (a future-dated event stored before event times were bounded) and counts as the
 * request's receivedAt (applyConsentBatch heals it so).
 */
export function decideConsent(stored: TConsentStatement | undefined, statement: TConsentStatement): TConsentStatement | null {
  if (!stored) return statement;
  const same = stored.status === statement.status;
  if (statement.status === "unsubscribed") {
    if (statement.at >= stored.at) return same && statement.at.getTime() === stored.at.getTime() ? null : statement;
    return same ? null : { ...statement, at: new Date(stored.at.getTime() + 1) };
  }
  return same || statement.at < stored.at ? null : statement;
}
