import { describe, expect, it } from "vitest";
import { ZMessageData, type TMessageData } from "@/lib/journey/nodes/message/schema";
import { defaultMessageData } from "@/lib/journey/nodes/message/defaults";
import { templateChannels, withChannel } from "./message-channels";

const templates = [
  { id: "t-email", channel: "email" as const },
  { id: "t-sms", channel: "sms" as const },
];

describe("message channel changes", () => {
  const email: TMessageData = { ...defaultMessageData(), templateId: "t-email" };

  it("drops a template made for another channel", () => {
    const sms = withChannel(email, "sms", templates);
    expect(sms).toMatchObject({ channel: "sms", templateId: null });
    expect(ZMessageData.safeParse(sms).success).toBe(true);
  });

  it("switching to best keeps the previous channel (and its template) as the first fallback", () => {
    const best = withChannel(email, "best", templates);
    expect(best).toMatchObject({ channel: "best", fallbackChannels: ["email"], templateId: "t-email" });
    expect(templateChannels(best)).toEqual(["email"]);
  });

  it("leaving best removes the fallbacks, which only best uses", () => {
    const back = withChannel({ ...email, channel: "best", fallbackChannels: ["sms", "email"] }, "email", templates);
    expect(back).not.toHaveProperty("fallbackChannels");
    expect(back.templateId).toBe("t-email");
  });

  it("clears a template the workspace no longer has", () => {
    expect(withChannel({ ...email, templateId: "gone" }, "push", templates).templateId).toBeNull();
  });
});
