import { checkJourneyRules } from "../../../engine/check-journey-rules";
import { chooseChannel } from "../../../engine/send-rules/choose-channel";
import { checkFrequencyCaps } from "../../../engine/send-rules/check-frequency-caps";
import { checkQuietHours } from "../../../engine/send-rules/check-quiet-hours";
import { checkTopic } from "../../../engine/send-rules/check-topic";
import { resolveAddress } from "../../../engine/send-rules/resolve-address";
import { profileAtSend } from "../../../engine/profile-at-send";
import { formatLocalTime } from "../../../engine/time/format-time";
import type { TEffect, TNodeOutcome, TNodeRunInput } from "../../../engine/types";
import { CHANNEL_LABELS, type TChannel } from "../../channels";
import type { TMessageData } from "./schema";

/** A send deferred this long without the block lifting is dropped: stale news is worse than none. */
export const MAX_DEFERRAL_MS = 7 * 86_400_000;

type TBlock = { skipReason: string; deferReason: string; until: Date; defer: boolean };

/** The first house rule that holds the send back now: the frequency caps, then quiet hours. */
function findBlock(data: TMessageData, channel: TChannel, input: TNodeRunInput): TBlock | undefined {
  const { context, now, timeZone } = input;
  const exempt = data.frequencyCapExempt || input.settings.frequencyCapExempt;
  if (!exempt) {
    const caps = checkFrequencyCaps(channel, context, now);
    if (!caps.ok) {
      const deferReason = `${caps.reason}; deferred until ${formatLocalTime(caps.freesAt, timeZone, now)}`;
      return { skipReason: caps.reason, deferReason, until: caps.freesAt, defer: data.onSkip === "defer" };
    }
  }
  if (data.respectQuietHours) {
    const quiet = checkQuietHours(channel, context, timeZone, now);
    // Either the node or the workspace rule asking to defer is enough: neither breaks the quiet window.
    if (!quiet.ok) return { skipReason: quiet.skipReason, deferReason: quiet.deferReason, until: quiet.opensAt, defer: data.onSkip === "defer" || quiet.rule.behaviour === "defer" };
  }
  return undefined;
}

/**
 * Send, checked at send time in this order, each refusal logged with its reason: the journey's
 * goal and exit criteria (leave), the message's subscription topic, consent and a reachable address (skip; `best` tries its
 * fallbacks), then the frequency caps and quiet hours (skip, or defer: stay on this node until
 * the block lifts and check everything again). Sending emits a `send` with the idempotency key
 * `${enrollmentId}:${nodeId}:${visit}` and leaves through `next`; skipping leaves through `skipped`.
 */
export function runMessage(data: TMessageData, input: TNodeRunInput): TNodeOutcome {
  const { now, enrollment, nodeId } = input;
  if (input.arrival === "resume" && enrollment.wakeAt !== null && now.getTime() < enrollment.wakeAt.getTime()) return { kind: "stay" };
  const rules = checkJourneyRules(input.settings, enrollment, input.context, now);
  const ruleEffects: TEffect[] = rules.converted ? [{ type: "convert", ...rules.converted }] : [];
  if (rules.exit) return { kind: "end", state: "exited", action: "exited", reason: rules.exit.reason, effects: ruleEffects };
  const skip = (reason: string): TNodeOutcome => ({ kind: "continue", handle: "skipped", action: "skipped", reason, effects: ruleEffects });

  const templateId = data.templateId?.trim() ?? "";
  if (templateId === "") return skip("no template chosen");
  const topicId = data.topicId ?? undefined;
  const topic = checkTopic(topicId, input.context);
  if (!topic.ok) return skip(topic.reason);
  const choice = chooseChannel(data, input.context);
  if (!choice.ok) return skip(choice.reason);

  const block = findBlock(data, choice.channel, input);
  if (block) {
    const previous = enrollment.memory.deferredUntil;
    const since = previous?.nodeId === nodeId ? previous.since : now;
    if (!block.defer) return skip(block.skipReason);
    if (now.getTime() - since.getTime() >= MAX_DEFERRAL_MS) return skip(`gave up after deferring for 7 days: ${block.skipReason}`);
    return {
      kind: "park",
      wakeAt: block.until,
      waitingFor: null,
      action: "deferred",
      reason: block.deferReason,
      effects: ruleEffects,
      memory: { deferredUntil: { nodeId, until: block.until, reason: block.deferReason, since } },
    };
  }

  const send: TEffect = {
    type: "send",
    nodeId,
    channel: choice.channel,
    templateId,
    idempotencyKey: `${enrollment.id}:${nodeId}:${input.visit}`,
    frequencyCapExempt: data.frequencyCapExempt || input.settings.frequencyCapExempt,
    ...(topicId ? { topicId } : {}),
    // This moment's state (traits updated earlier in the step included): what the message prints and where it goes.
    profile: profileAtSend(input.context),
    recipient: resolveAddress(choice.channel, input.context),
  };
  return { kind: "continue", handle: "next", action: "sent", reason: `sent ${CHANNEL_LABELS[choice.channel]}${choice.note}`, effects: [...ruleEffects, send] };
}
