import { describe, expect, it } from "vitest";
import { checkTopic } from "./check-topic";

const offers = (status: "subscribed" | "unsubscribed" | "neverAsked", defaultSubscribed = true) => ({ topics: { t1: { name: "Offers", defaultSubscribed, status } } });

describe("checkTopic", () => {
  it("passes messages without a topic and contexts without topics (previews)", () => {
    expect(checkTopic(undefined, offers("unsubscribed"))).toEqual({ ok: true });
    expect(checkTopic("t1", {})).toEqual({ ok: true });
  });
  it("follows the profile's choice, else the topic's default", () => {
    expect(checkTopic("t1", offers("subscribed", false))).toEqual({ ok: true });
    expect(checkTopic("t1", offers("unsubscribed"))).toEqual({ ok: false, reason: 'unsubscribed from topic "Offers"' });
    expect(checkTopic("t1", offers("neverAsked", true))).toEqual({ ok: true });
    expect(checkTopic("t1", offers("neverAsked", false))).toEqual({ ok: false, reason: 'unsubscribed from topic "Offers"' });
  });
  it("blocks a topic that no longer exists", () => {
    expect(checkTopic("gone", offers("subscribed"))).toEqual({ ok: false, reason: "topic gone no longer exists" });
  });
});
