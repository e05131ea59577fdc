import { describe, expect, it } from "vitest";
import { templateFromBody, toPreviewView } from "./preview-view";

describe("template preview view", () => {
  it("reads an email rendered at the top level or under `rendered`", () => {
    const email = { subject: "Hi Ada", preheader: "Your cart", html: "<p>Hi Ada</p>", text: "Hi Ada" };
    expect(toPreviewView("email", email)).toEqual({ channel: "email", subject: "Hi Ada", preheader: "Your cart", html: "<p>Hi Ada</p>", text: undefined });
    expect(toPreviewView("email", { rendered: email })?.subject).toBe("Hi Ada");
  });

  it("shows the text part when an email has no HTML", () => {
    expect(toPreviewView("email", { subject: "S", html: "", text: "Plain" })).toMatchObject({ text: "Plain" });
  });

  it("keeps the lines each channel shows", () => {
    expect(toPreviewView("sms", { preview: { body: "Your code is 1234" } })).toEqual({ channel: "sms", text: "Your code is 1234" });
    expect(toPreviewView("webhook", { url: "https://x.test/hook", method: "PUT", body: "{}" })).toMatchObject({ lines: ["PUT https://x.test/hook"], text: "{}" });
    expect(toPreviewView("directMail", { addressLines: ["Ada Lovelace", "12 St James's Square"], copy: "Dear Ada" })).toMatchObject({ lines: ["Ada Lovelace", "12 St James's Square"] });
    expect(toPreviewView("push", { title: "Back in stock", body: "Your size is here", deepLink: "shop://p/1" })?.lines).toEqual(["Opens shop://p/1"]);
  });

  it("has nothing to show for an error body or an unrelated shape", () => {
    expect(toPreviewView("sms", { error: "content.body: must not be empty" })).toBeUndefined();
    expect(toPreviewView("email", "oops")).toBeUndefined();
  });

  it("finds a template's content bare or under `template`", () => {
    expect(templateFromBody({ template: { id: "t1", channel: "sms", content: { body: "B" } } })).toEqual({ channel: "sms", content: { body: "B" } });
    expect(templateFromBody({ id: "t1", content: { body: "B" } })).toEqual({ channel: undefined, content: { body: "B" } });
    expect(templateFromBody({ error: "not found" })).toBeUndefined();
  });
});
