import { describe, expect, it } from "vitest";
import { step } from "../../../engine/step";
import { at, effectsOf, enrolAndStep, logLines, makeContext, makeVersion } from "../../../engine/testing/engine-fixtures";
import type { TFrequencyCap, TSentMessage, TStepContext } from "../../../engine/types";
import type { TJourneySettings } from "../../settings";
import { exit, link, step as node } from "../../testing/fixtures";
import type { TMessageData } from "./schema";

const base: TMessageData = { channel: "sms", templateId: "tpl-sms", onSkip: "skip", respectQuietHours: true, frequencyCapExempt: false };

/** trigger → message → "Sent" or "Skipped". */
function journey(data: Partial<TMessageData> = {}, settings: Partial<TJourneySettings> = {}) {
  return makeVersion(
    {
      nodes: [node("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }), node("m", "message", { ...base, ...data }), exit("sent", "Sent"), exit("skipped", "Skipped")],
      edges: [link("trigger", "next", "m"), link("m", "next", "sent"), link("m", "skipped", "skipped")],
    },
    settings,
  );
}
const noon = at("2024-06-10T12:00:00Z");
const dailyCap: TFrequencyCap = { id: "cap", name: "max 3/day", max: 3, windowHours: 24, channels: null, exemptJourneyIds: [] };
const sentAt = (iso: string, extra: Partial<TSentMessage> = {}): TSentMessage => ({ channel: "email", at: at(iso), journeyId: "other-journey", exempt: false, ...extra });
const threeToday = [sentAt("2024-06-10T02:00:00Z"), sentAt("2024-06-10T06:00:00Z"), sentAt("2024-06-10T09:00:00Z")];
const run = (data: Partial<TMessageData>, context: TStepContext, settings: Partial<TJourneySettings> = {}, now = noon) => enrolAndStep(journey(data, settings), context, now);
const lineOf = (result: ReturnType<typeof run>) => logLines(result.effects).find((line) => line.startsWith("m: "));

describe("message (engine): sending", () => {
  it("sends with the idempotency key enrollment:node:visit and leaves through next", () => {
    const result = run({}, makeContext());
    expect(effectsOf(result.effects, "send")).toEqual([
      { type: "send", nodeId: "m", channel: "sms", templateId: "tpl-sms", idempotencyKey: "e-1:m:1", frequencyCapExempt: false, profile: expect.objectContaining({ id: makeContext().profile.id }), recipient: expect.any(String) },
    ]);
    expect(lineOf(result)).toBe("m: sent (sent SMS)");
    expect(result.enrollment).toMatchObject({ exitReason: "Sent", memory: { sends: { m: ["e-1:m:1"] } } });
  });

  it("gives a second visit of the node its own key", () => {
    const loop = makeVersion({
      nodes: [node("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }), node("m", "message", base), node("w", "wait", { mode: "duration", duration: { amount: 1, unit: "days" } })],
      edges: [link("trigger", "next", "m"), link("m", "next", "w"), link("m", "skipped", "w"), link("w", "next", "m")],
    });
    const first = enrolAndStep(loop, makeContext(), noon);
    const second = step(loop, first.enrollment, makeContext(), at("2024-06-11T12:00:00Z"));
    expect(effectsOf(second.effects, "send")[0]?.idempotencyKey).toBe("e-1:m:2");
    expect(second.enrollment.memory.sends).toEqual({ m: ["e-1:m:1", "e-1:m:2"] });
  });
});

describe("message (engine): consent and reachability", () => {
  it("skips an opt-in channel without a yes", () => {
    for (const status of ["neverAsked", "unsubscribed"] as const) {
      const result = run({}, makeContext({ consent: { sms: status } }));
      expect(lineOf(result)).toBe("m: skipped (no SMS consent)");
      expect(result.enrollment.exitReason).toBe("Skipped");
    }
  });

  it("sends on an opt-out channel unless the profile unsubscribed", () => {
    expect(lineOf(run({ channel: "email", templateId: "t" }, makeContext({ consent: {} })))).toBe("m: sent (sent Email)");
    expect(lineOf(run({ channel: "email", templateId: "t" }, makeContext({ consent: { email: "unsubscribed" } })))).toBe("m: skipped (unsubscribed from Email)");
  });

  it("follows the workspace's policy over the channel's default", () => {
    const context = makeContext({ consent: {}, workspace: { consentPolicy: { email: "optIn", sms: "optOut" } } });
    expect(lineOf(run({ channel: "email", templateId: "t" }, context))).toBe("m: skipped (no Email consent)");
    expect(lineOf(run({}, context))).toBe("m: sent (sent SMS)");
  });

  it("skips a profile with no address on the channel", () => {
    expect(lineOf(run({}, makeContext({ identities: [{ kind: "email", value: "a@b.c" }] })))).toBe("m: skipped (no phone number)");
    expect(lineOf(run({}, makeContext({ identities: [], profile: { traits: { phone: "+15550100" } } })))).toBe("m: sent (sent SMS)");
  });

  it("sends `best` on the first fallback channel the profile can be reached on", () => {
    const result = run({ channel: "best", fallbackChannels: ["sms", "push", "email"] }, makeContext({ consent: { push: "subscribed", email: "subscribed" } }));
    expect(effectsOf(result.effects, "send")[0]?.channel).toBe("push");
    expect(lineOf(result)).toBe("m: sent (sent Push (best channel; no SMS consent))");
  });

  it("skips `best` when no fallback channel can be used", () => {
    const result = run({ channel: "best", fallbackChannels: ["sms", "push"] }, makeContext({ consent: {} }));
    expect(lineOf(result)).toBe("m: skipped (best channel: none reachable (no SMS consent, no Push consent) of SMS, Push)");
  });
});

describe("message (engine): frequency caps", () => {
  const capped = (extra: Partial<TStepContext> = {}) => makeContext({ workspace: { frequencyCaps: [dailyCap] }, messages: threeToday, ...extra });

  it("skips when the workspace cap is full, saying which rule", () => {
    expect(lineOf(run({}, capped()))).toBe("m: skipped (capped: 3 messages in 24 h (workspace rule 'max 3/day'))");
  });

  it("counts only messages inside the window", () => {
    const context = capped({ messages: [sentAt("2024-06-09T11:00:00Z"), ...threeToday.slice(1)] });
    expect(lineOf(run({}, context))).toBe("m: sent (sent SMS)");
  });

  it("counts a per-channel cap on its channels only", () => {
    const smsCap = { ...dailyCap, name: "1 SMS/day", max: 1, channels: ["sms" as const] };
    const context = makeContext({ workspace: { frequencyCaps: [smsCap] }, messages: threeToday });
    expect(lineOf(run({}, context))).toBe("m: sent (sent SMS)");
    const withSms = makeContext({ workspace: { frequencyCaps: [smsCap] }, messages: [sentAt("2024-06-10T09:00:00Z", { channel: "sms" })] });
    expect(lineOf(run({}, withSms))).toBe("m: skipped (capped: 1 SMS message in 24 h (workspace rule '1 SMS/day'))");
  });

  it("neither obeys nor counts exempt sends: the node, the journey, or a journey the rule exempts", () => {
    expect(lineOf(run({ frequencyCapExempt: true }, capped()))).toBe("m: sent (sent SMS)");
    expect(lineOf(run({}, capped(), { frequencyCapExempt: true }))).toBe("m: sent (sent SMS)");
    const exemptJourney = makeContext({ workspace: { frequencyCaps: [{ ...dailyCap, exemptJourneyIds: ["j-1"] }] }, messages: threeToday });
    expect(lineOf(run({}, exemptJourney))).toBe("m: sent (sent SMS)");
    const exemptMessages = capped({ messages: threeToday.map((m) => ({ ...m, exempt: true })) });
    expect(lineOf(run({}, exemptMessages))).toBe("m: sent (sent SMS)");
    const fromExemptJourney = makeContext({ workspace: { frequencyCaps: [{ ...dailyCap, exemptJourneyIds: ["other-journey"] }] }, messages: threeToday });
    expect(lineOf(run({}, fromExemptJourney))).toBe("m: sent (sent SMS)");
  });

  it("counts what this very step sent", () => {
    const twoInARow = makeVersion({
      nodes: [node("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }), node("m1", "message", base), node("m2", "message", base), exit("done", "Done")],
      edges: [link("trigger", "next", "m1"), link("m1", "next", "m2"), link("m1", "skipped", "m2"), link("m2", "next", "done"), link("m2", "skipped", "done")],
    });
    const context = makeContext({ workspace: { frequencyCaps: [{ ...dailyCap, name: "1/day", max: 1 }] } });
    const result = enrolAndStep(twoInARow, context, noon);
    expect(logLines(result.effects)).toEqual(expect.arrayContaining(["m1: sent (sent SMS)", "m2: skipped (capped: 1 message in 24 h (workspace rule '1/day'))"]));
  });

  it("defers until a slot frees up when the node says so, then sends with the same key", () => {
    const context = capped();
    const version = journey({ onSkip: "defer" });
    const first = enrolAndStep(version, context, noon);
    // The oldest of the three (02:00) leaves the 24 h window at 02:00 tomorrow.
    expect(first.enrollment).toMatchObject({ state: "waiting", currentNodeId: "m", wakeAt: at("2024-06-11T02:00:00Z") });
    expect(lineOf(first)).toBe("m: deferred (capped: 3 messages in 24 h (workspace rule 'max 3/day'); deferred until 02:00 UTC)");
    expect(step(version, first.enrollment, context, at("2024-06-10T20:00:00Z")).effects).toEqual([]);
    const later = step(version, first.enrollment, context, at("2024-06-11T02:00:00Z"));
    expect(effectsOf(later.effects, "send")[0]?.idempotencyKey).toBe("e-1:m:1");
    expect(later.enrollment.memory.deferredUntil).toBeUndefined();
  });
});

describe("message (engine): quiet hours", () => {
  const paris = (behaviour: "defer" | "skip") =>
    makeContext({ profile: { timezone: "Europe/Paris" }, workspace: { quietHours: { sms: { start: "21:00", end: "08:00", behaviour } } } });
  const lateEvening = at("2024-06-10T20:30:00Z"); // 22:30 in Paris

  it("skips inside the window when neither the node nor the workspace defers", () => {
    expect(lineOf(run({}, paris("skip"), {}, lateEvening))).toBe("m: skipped (quiet hours (21:00–08:00 Europe/Paris))");
  });

  it("defers to the window's opening in the profile's time zone, then sends", () => {
    const version = journey();
    const first = enrolAndStep(version, paris("defer"), lateEvening);
    expect(lineOf(first)).toBe("m: deferred (quiet hours until 08:00 Europe/Paris)");
    expect(first.enrollment).toMatchObject({ state: "waiting", wakeAt: at("2024-06-11T06:00:00Z"), memory: { deferredUntil: { nodeId: "m", until: at("2024-06-11T06:00:00Z") } } });
    const morning = step(version, first.enrollment, paris("defer"), at("2024-06-11T06:00:00Z"));
    expect(effectsOf(morning.effects, "send")).toHaveLength(1);
    expect(morning.enrollment.exitReason).toBe("Sent");
  });

  it("defers when the node asks to, even if the workspace rule skips", () => {
    expect(lineOf(run({ onSkip: "defer" }, paris("skip"), {}, lateEvening))).toBe("m: deferred (quiet hours until 08:00 Europe/Paris)");
  });

  it("sends outside the window, in the early-morning part of a window that wraps midnight, and when the node ignores quiet hours", () => {
    expect(lineOf(run({}, paris("skip"), {}, at("2024-06-10T12:00:00Z")))).toBe("m: sent (sent SMS)");
    expect(lineOf(run({}, paris("skip"), {}, at("2024-06-10T05:00:00Z")))).toBe("m: skipped (quiet hours (21:00–08:00 Europe/Paris))");
    expect(lineOf(run({ respectQuietHours: false }, paris("skip"), {}, lateEvening))).toBe("m: sent (sent SMS)");
  });

  it("gives up on a send deferred for a week", () => {
    const version = journey();
    const first = enrolAndStep(version, paris("defer"), lateEvening);
    const stale = { ...first.enrollment, wakeAt: at("2024-06-17T21:00:00Z") };
    const result = step(version, stale, paris("defer"), at("2024-06-17T21:00:00Z"));
    expect(lineOf(result)).toBe("m: skipped (gave up after deferring for 7 days: quiet hours (21:00–08:00 Europe/Paris))");
  });
});

describe("message (engine): journey rules at send time", () => {
  it("exits instead of sending once the exit criteria match", () => {
    const result = run({}, makeContext({ profile: { traits: { unsubscribed_all: true } } }), { exitCriteria: { kind: "trait", path: "unsubscribed_all", op: "equals", value: true } });
    expect(result.enrollment).toMatchObject({ state: "exited", exitReason: "exit criteria met: unsubscribed_all is true" });
    expect(effectsOf(result.effects, "send")).toEqual([]);
  });

  it("checks them again right before the send, after a profile update earlier in the same step", () => {
    const version = makeVersion(
      {
        nodes: [
          node("trigger", "trigger", { source: { kind: "api" }, reentry: "never" }),
          node("optout", "updateProfile", { assignments: [{ trait: "do_not_contact", op: "set", value: true }] }),
          node("m", "message", base),
          exit("done", "Done"),
        ],
        edges: [link("trigger", "next", "optout"), link("optout", "next", "m"), link("m", "next", "done"), link("m", "skipped", "done")],
      },
      { exitCriteria: { kind: "trait", path: "do_not_contact", op: "equals", value: true } },
    );
    const result = enrolAndStep(version, makeContext(), noon);
    expect(logLines(result.effects).at(-1)).toBe("m: exited (exit criteria met: do_not_contact is true)");
    expect(effectsOf(result.effects, "send")).toEqual([]);
  });

  it("skips a message with no template", () => {
    expect(lineOf(run({ templateId: null }, makeContext()))).toBe("m: skipped (no template chosen)");
  });
});
