import { CHANNEL_LABELS, type TChannel } from "../../journey/channels";
import type { TMessageData } from "../../journey/nodes/message/schema";
import type { TStepContext } from "../types";
import { checkAddress } from "./check-address";
import { checkConsent } from "./check-consent";

export type TChannelChoice = { ok: true; channel: TChannel; note: string } | { ok: false; reason: string };

function reachable(channel: TChannel, context: TStepContext): { ok: true } | { ok: false; reason: string } {
  const consent = checkConsent(channel, context);
  return consent.ok ? checkAddress(channel, context) : consent;
}

/**
 * The channel a message node sends on, checked for consent and an address. A fixed channel must
 * pass both; `best` takes the first of its fallback channels that does (the learned preference
 * is not modelled yet, so the marketer's order is the preference).
 */
export function chooseChannel(data: TMessageData, context: TStepContext): TChannelChoice {
  if (data.channel !== "best") {
    const check = reachable(data.channel, context);
    return check.ok ? { ok: true, channel: data.channel, note: "" } : check;
  }
  const candidates = data.fallbackChannels ?? [];
  const refusals: string[] = [];
  for (const channel of candidates) {
    const check = reachable(channel, context);
    if (check.ok) {
      const note = refusals.length > 0 ? ` (best channel; ${refusals.join(", ")})` : " (best channel)";
      return { ok: true, channel, note };
    }
    refusals.push(check.reason);
  }
  if (candidates.length === 0) return { ok: false, reason: "best channel: no channels to choose from" };
  return { ok: false, reason: `best channel: none reachable (${refusals.join(", ")}) of ${candidates.map((c) => CHANNEL_LABELS[c]).join(", ")}` };
}
