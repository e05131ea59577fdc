export interface TClientTimes {
  timestamp?: Date | null;
  originalTimestamp?: Date | null;
  sentAt?: Date | null;
}

/**
 * When an event happened, as Segment computes it: the client's `timestamp` (or
 * `originalTimestamp`) moved by the client's clock skew, `receivedAt − sentAt`, when the client
 * said when it sent the request. Without a client time the event happened when it arrived.
 */
export function eventTime(times: TClientTimes, receivedAt: Date): Date {
  const clientTime = times.timestamp ?? times.originalTimestamp;
  if (!clientTime) return receivedAt;
  if (!times.sentAt) return clientTime;
  return new Date(clientTime.getTime() + (receivedAt.getTime() - times.sentAt.getTime()));
}
