import { describe, expect, it } from "vitest";
import { ZExpectedStep, ZPreviewRequest } from "@/lib/preview/preview-schemas";
import { buildPreviewRequest, caseInputOf, emptyProfileFields, expectedStepsOf, initialPreviewForm, parseFieldValue, type TPreviewForm } from "./preview-form";

const messages = new Set(["email", "sms", "push"]);

function hypothetical(): TPreviewForm {
  return {
    ...initialPreviewForm([{ id: "e1", type: "track", event: "Cart Abandoned", after: { amount: 0, unit: "minutes" }, properties: [{ id: "p1", key: "item_count", value: "2" }] }]),
    who: "hypothetical",
    hypothetical: {
      ...emptyProfileFields(),
      traits: [
        { id: "t1", key: "first_name", value: "Jane" },
        { id: "t2", key: "", value: "ignored: no key" },
      ],
      timezone: "America/New_York",
      consent: { sms: "unsubscribed" },
      identities: [
        { id: "i1", kind: "email", value: " jane@example.com " },
        { id: "i2", kind: "deviceId", value: "" },
      ],
    },
  };
}

describe("parseFieldValue", () => {
  it("reads numbers and booleans as such, quoted text as text, the rest verbatim", () => {
    expect(parseFieldValue("80")).toBe(80);
    expect(parseFieldValue("-2.5")).toBe(-2.5);
    expect(parseFieldValue("true")).toBe(true);
    expect(parseFieldValue('"02134"')).toBe("02134");
    expect(parseFieldValue("Jane")).toBe("Jane");
    expect(parseFieldValue("")).toBe("");
    expect(parseFieldValue("1e5")).toBe("1e5");
  });
});

describe("buildPreviewRequest", () => {
  it("asks nothing until a real customer is picked", () => {
    expect(buildPreviewRequest(initialPreviewForm(), messages)).toEqual({ ok: false, reason: "nobody" });
  });

  it("describes a hypothetical customer: traits with keys, filled identities, zone and consent; a request the API accepts", () => {
    const built = buildPreviewRequest(hypothetical(), messages);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.request.profileId).toBeUndefined();
    expect(built.request.profile).toEqual({ traits: { first_name: "Jane" }, timezone: "America/New_York", consent: { sms: "unsubscribed" }, identities: [{ kind: "email", value: "jane@example.com" }] });
    expect(built.request.events).toEqual([{ type: "track", event: "Cart Abandoned", after: { amount: 0, unit: "minutes" }, properties: { item_count: 2 } }]);
    expect(ZPreviewRequest.safeParse(built.request).success).toBe(true);
  });

  it("a hypothetical customer with nothing filled in is still a customer (an empty profile)", () => {
    const built = buildPreviewRequest({ ...initialPreviewForm(), who: "hypothetical" }, messages);
    expect(built.ok && built.request.profile).toEqual({});
  });

  it("sends a real customer's overrides only while editing is on", () => {
    const form: TPreviewForm = { ...initialPreviewForm(), profile: { id: "p1", label: "Jane" }, overrides: { ...emptyProfileFields(), consent: { sms: "unsubscribed" } } };
    const plain = buildPreviewRequest(form, messages);
    expect(plain.ok && plain.request).toMatchObject({ profileId: "p1" });
    expect(plain.ok && plain.request.profile).toBeUndefined();
    const edited = buildPreviewRequest({ ...form, editReal: true }, messages);
    expect(edited.ok && edited.request.profile).toEqual({ consent: { sms: "unsubscribed" } });
  });

  it("leaves out (and counts) track events without a name instead of failing the whole preview", () => {
    const form = hypothetical();
    form.events.push({ id: "e2", type: "track", event: "  ", after: { amount: 1, unit: "hours" }, properties: [] });
    const built = buildPreviewRequest(form, messages);
    expect(built.ok && built.request.events).toHaveLength(1);
    expect(built.ok && built.incompleteEvents).toBe(1);
  });

  it("sends identify events with traits and no name", () => {
    const form = hypothetical();
    form.events = [{ id: "e1", type: "identify", event: "left over", after: { amount: 2, unit: "days" }, properties: [{ id: "p", key: "plan", value: "pro" }] }];
    const built = buildPreviewRequest(form, messages);
    expect(built.ok && built.request.events).toEqual([{ type: "identify", after: { amount: 2, unit: "days" }, traits: { plan: "pro" } }]);
    expect(built.ok && ZPreviewRequest.safeParse(built.request).success).toBe(true);
  });

  it("sends only assumptions that differ from the default, and only for message steps of the version shown", () => {
    const form = hypothetical();
    form.assume = {
      email: { delivered: { mode: "default" }, opened: { mode: "after", after: { amount: 2, unit: "hours" } }, clicked: { mode: "never" } },
      sms: { delivered: { mode: "default" }, opened: { mode: "default" }, clicked: { mode: "default" } },
      gone: { delivered: { mode: "never" }, opened: { mode: "default" }, clicked: { mode: "default" } },
    };
    const built = buildPreviewRequest(form, messages);
    expect(built.ok && built.request.assume).toEqual({ email: { opened: { amount: 2, unit: "hours" }, clicked: "never" } });
  });

  it("starts now unless a start is set, and always says how long to follow", () => {
    const now = buildPreviewRequest(hypothetical(), messages);
    expect(now.ok && now.request.start).toBeUndefined();
    expect(now.ok && now.request.duration).toEqual({ amount: 30, unit: "days" });
    const fixed = buildPreviewRequest({ ...hypothetical(), start: "2026-03-02T14:00:00.000Z", version: 2 }, messages);
    expect(fixed.ok && fixed.request).toMatchObject({ start: "2026-03-02T14:00:00.000Z", version: 2 });
  });
});

describe("caseInputOf", () => {
  it("is the request without its version", () => {
    const built = buildPreviewRequest({ ...hypothetical(), version: 3 }, messages);
    if (!built.ok) throw new Error("expected a request");
    const input = caseInputOf(built.request);
    expect(input).not.toHaveProperty("version");
    expect(input.events).toEqual(built.request.events);
  });
});

describe("expectedStepsOf", () => {
  it("keeps each decision's step, action and output, timed from the start", () => {
    const start = "2026-03-02T14:00:00.000Z";
    const steps = [
      { index: 0, at: start, nodeId: "trigger", nodeType: "trigger", nodeLabel: "Trigger", action: "entered" as const, reason: "entered", handle: "next" },
      { index: 1, at: "2026-03-03T14:00:00.000Z", nodeId: "wait", nodeType: "wait", nodeLabel: "Wait", action: "resumed" as const, reason: "waited 24 h" },
    ];
    const expected = expectedStepsOf({ start, steps });
    expect(expected).toEqual([
      { nodeId: "trigger", action: "entered", handle: "next", offsetMs: 0 },
      { nodeId: "wait", action: "resumed", offsetMs: 86_400_000 },
    ]);
    expect(expected.every((step) => ZExpectedStep.safeParse(step).success)).toBe(true);
  });
});
