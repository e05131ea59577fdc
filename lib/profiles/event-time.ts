export interface TClientTimes {
  timestamp?: Date | null;
  originalTimestamp?: Date | null;
  sentAt?: Date | null;
}

export interface TEventTime {
  /** when the event happened: skew-corrected, never after receivedAt (unless `keepFuture`) */
  at: Date;
  /** the corrected time lay after receivedAt and was set to it (counted per write key) */
  future: boolean;
}

/**
 * When an event happened, as Segment computes it: the client's `timestamp` (or
 * `originalTimestamp`) moved by the client's clock skew, `receivedAt − sentAt`, when the client
 * said when it sent the request. Without a client time the event happened when it arrived.
 * Nothing happens after it arrives: a time still later than `receivedAt` (a client clock hours
 * fast without `sentAt`, a 2099 timestamp) is set to `receivedAt`, because a future time would
 * win every "newest wins" comparison — traits, consent, lastSeenAt — until that date.
 * `keepFuture` (the test clock only) keeps such a time: there the client's time is the virtual
 * clock the test runs the journeys on, and it runs ahead of the real one.
 */
export function eventTime(times: TClientTimes, receivedAt: Date, keepFuture = false): TEventTime {
  const clientTime = times.timestamp ?? times.originalTimestamp;
  if (!clientTime) return { at: receivedAt, future: false };
  const at = times.sentAt ? new Date(clientTime.getTime() + (receivedAt.getTime() - times.sentAt.getTime())) : clientTime;
  return at > receivedAt && !keepFuture ? { at: receivedAt, future: true } : { at, future: false };
}
