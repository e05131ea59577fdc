import { CHANNEL_LABELS, type TChannel } from "../../journey/channels";
import { formatSpan } from "../time/format-time";
import type { TFrequencyCap, TStepContext } from "../types";

export type TCapCheck = { ok: true } | { ok: false; reason: string; freesAt: Date };

const HOUR = 3_600_000;

function appliesTo(cap: TFrequencyCap, channel: TChannel, journeyId: string | null): boolean {
  if (cap.channels !== null && !cap.channels.includes(channel)) return false;
  return journeyId === null || !cap.exemptJourneyIds.includes(journeyId);
}

function describeCount(cap: TFrequencyCap, count: number): string {
  const only = cap.channels?.length === 1 ? cap.channels[0] : undefined;
  return `${count} ${only ? `${CHANNEL_LABELS[only]} ` : ""}${count === 1 ? "message" : "messages"}`;
}

/**
 * The workspace frequency caps, counted over the profile's recent messages across journeys: a
 * cap counts the non-exempt messages on its channels (all, when it names none) inside its window,
 * leaving out journeys it exempts. When one is full, `freesAt` is when enough of those messages
 * have aged out of the window for one more to fit (the latest such moment over all full caps).
 */
export function checkFrequencyCaps(channel: TChannel, context: Pick<TStepContext, "workspace" | "messages" | "journey">, now: Date): TCapCheck {
  let blocked: { reason: string; freesAt: number } | undefined;
  for (const cap of context.workspace.frequencyCaps) {
    if (!appliesTo(cap, channel, context.journey.id) || cap.max < 0 || !(cap.windowHours > 0)) continue;
    const windowMs = cap.windowHours * HOUR;
    const from = now.getTime() - windowMs;
    const times = context.messages
      .filter((m) => !m.exempt && m.at.getTime() > from && m.at.getTime() <= now.getTime() && appliesTo(cap, m.channel, m.journeyId))
      .map((m) => m.at.getTime())
      .sort((a, b) => a - b);
    if (times.length < cap.max) continue;
    // The oldest (count - max + 1) messages must leave the window before one more fits.
    const freesAt = (times[times.length - cap.max] ?? now.getTime()) + windowMs;
    const reason = `capped: ${describeCount(cap, times.length)} in ${formatSpan(windowMs)} (workspace rule '${cap.name}')`;
    blocked = blocked ? { reason: blocked.reason, freesAt: Math.max(blocked.freesAt, freesAt) } : { reason, freesAt };
  }
  return blocked ? { ok: false, reason: blocked.reason, freesAt: new Date(blocked.freesAt) } : { ok: true };
}
