import { describe, expect, it } from "vitest";
import { around, send } from "../../testing/fixtures";
import { validateJourney } from "../../validate";
import type { TValidationContext } from "../../validation/types";
import { messageNode } from "./index";
import type { TMessageData } from "./schema";

const withData = (overrides: Partial<TMessageData>) => {
  const node = send("m", "email", "welcome");
  return around({ ...node, data: { ...node.data, ...overrides } }, ["next", "skipped"]);
};
const codes = (overrides: Partial<TMessageData>, ctx: TValidationContext = {}) => validateJourney(withData(overrides), ctx).map((i) => i.code);

describe("message", () => {
  it("leaves by next when sent and by skipped otherwise", () => {
    expect(messageNode.handles(messageNode.defaultData()).map((h) => h.id)).toEqual(["next", "skipped"]);
  });

  it("needs a template", () => {
    expect(codes({ templateId: null })).toEqual(["message-template-missing"]);
    expect(codes({ templateId: "tpl_1" })).toEqual([]);
  });

  it("warns when its subscription topic is not among the workspace's active topics", () => {
    expect(codes({ templateId: "tpl_1", topicId: "offers" }, { topics: [{ id: "offers" }] })).toEqual([]);
    expect(codes({ templateId: "tpl_1", topicId: "archived" }, { topics: [{ id: "offers" }] })).toEqual(["message-topic-inactive"]);
    expect(codes({ templateId: "tpl_1", topicId: "anything" })).toEqual([]);
  });

  it("needs an existing template for its channel when the workspace's templates are known", () => {
    const templates = [
      { id: "tpl_email", channel: "email" },
      { id: "tpl_sms", channel: "sms" },
    ];
    expect(codes({ templateId: "tpl_email" }, { templates })).toEqual([]);
    expect(codes({ templateId: "tpl_gone" }, { templates })).toEqual(["message-template-unknown"]);
    expect(codes({ templateId: "tpl_sms" }, { templates })).toEqual(["message-template-channel"]);
  });

  it("lets best-channel messages use a template of one of their fallback channels", () => {
    const templates = [{ id: "tpl_push", channel: "push" }];
    expect(codes({ channel: "best", fallbackChannels: ["push", "email"], templateId: "tpl_push" }, { templates })).toEqual([]);
    expect(codes({ channel: "best", fallbackChannels: ["email"], templateId: "tpl_push" }, { templates })).toEqual(["message-template-channel"]);
    expect(codes({ channel: "best", templateId: "tpl_push" })).toEqual(["message-best-no-fallback"]);
  });

  it("warns when SMS or push goes to an audience without that consent", () => {
    expect(codes({ channel: "sms" }, { audienceConsent: { sms: false } })).toEqual(["message-consent-missing"]);
    expect(codes({ channel: "sms" }, { audienceConsent: { sms: true } })).toEqual([]);
    expect(codes({ channel: "email" }, { audienceConsent: { email: false } })).toEqual([]);
    expect(codes({ channel: "best", fallbackChannels: ["push"] }, { audienceConsent: { push: false } })).toEqual(["message-consent-missing"]);
  });

  it("warns that fallbacks only matter for the best channel", () => {
    expect(codes({ fallbackChannels: ["sms"] })).toEqual(["message-fallback-ignored"]);
  });

  it("summarizes channel, template and house-rule exceptions", () => {
    expect(messageNode.summarize(messageNode.defaultData())).toBe("Email · no template yet");
    expect(messageNode.summarize({ ...messageNode.defaultData(), channel: "sms", templateId: "t", respectQuietHours: false, frequencyCapExempt: true })).toBe(
      "SMS · template set · ignores quiet hours · cap-exempt",
    );
  });
});
