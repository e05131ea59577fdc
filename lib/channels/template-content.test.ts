import { describe, expect, it } from "vitest";
import { CHANNELS } from "../journey/channels";
import { defaultTemplateContent, liquidVariables, parseTemplateContent, ZTemplateContent } from "./template-content";

describe("template content", () => {
  it("has valid starter content for every channel", () => {
    for (const channel of CHANNELS) {
      expect(parseTemplateContent(channel, defaultTemplateContent(channel))).toMatchObject({ ok: true });
      expect(ZTemplateContent.safeParse({ channel, content: defaultTemplateContent(channel) }).success).toBe(true);
    }
  });

  it("accepts an email with Liquid variables", () => {
    const email = { subject: "Hi {{ profile.traits.first_name }}", preheader: "", html: "<p>Hi</p>", text: "Hi" };
    expect(parseTemplateContent("email", email)).toEqual({ ok: true, content: email });
  });

  it("reports the first problem with its path", () => {
    expect(parseTemplateContent("email", { subject: "", preheader: "", html: "", text: "" })).toEqual({ ok: false, path: "subject", message: "must not be empty" });
    expect(parseTemplateContent("sms", { body: "x".repeat(1601) })).toMatchObject({ ok: false, path: "body" });
    expect(parseTemplateContent("webhook", { url: "ftp://x", method: "POST", headers: {}, body: "" })).toMatchObject({ ok: false, path: "url" });
    expect(parseTemplateContent("directMail", { addressLines: [], copy: "" })).toMatchObject({ ok: false, path: "addressLines" });
    const headers = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`X-${i}`, "v"]));
    expect(parseTemplateContent("webhook", { url: "https://x.example", method: "POST", headers, body: "" })).toMatchObject({ ok: false, path: "headers", message: "must have at most 50 headers" });
  });

  it("allows Liquid in webhook URLs and optional push fields", () => {
    expect(parseTemplateContent("webhook", { url: "{{ settings.webhook_url }}", method: "GET", headers: { "X-Key": "k" }, body: "" })).toMatchObject({ ok: true });
    expect(parseTemplateContent("push", { title: "T", body: "B" })).toMatchObject({ ok: true });
  });

  it("keeps content of one channel out of another", () => {
    expect(ZTemplateContent.safeParse({ channel: "sms", content: { title: "T", body: "B" } }).success).toBe(true);
    expect(ZTemplateContent.safeParse({ channel: "push", content: { body: "B" } }).success).toBe(false);
    expect(parseTemplateContent("constructor" as never, {})).toMatchObject({ ok: false, path: "channel" });
  });

  it("lists the Liquid variables a text uses", () => {
    expect(liquidVariables("Hi {{ profile.traits.first_name | default: 'there' }}, {{profile.traits.first_name}} {{ event.properties.cart_url }}")).toEqual([
      "profile.traits.first_name",
      "event.properties.cart_url",
    ]);
  });
});
