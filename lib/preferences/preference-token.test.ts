import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHANNELS } from "../journey/channels";
import { signPreferenceToken } from "./sign-preference-token";
import { verifyPreferenceToken } from "./verify-preference-token";

const SECRET = "test-secret-for-preference-tokens";
const id = fc.stringMatching(/^[a-z0-9]{1,30}$/);
const tokenArb = fc.record(
  {
    workspaceId: id,
    profileId: id,
    channel: fc.constantFrom(...CHANNELS),
    topicId: id,
    messageKey: fc.string({ minLength: 1, maxLength: 80 }),
    issuedAt: fc.integer({ min: 0, max: 4_000_000_000 }).map((s) => new Date(s * 1000)),
  },
  { requiredKeys: ["workspaceId", "profileId", "issuedAt"] },
);

describe("preference tokens", () => {
  it("round-trips whatever it signs", () => {
    fc.assert(
      fc.property(tokenArb, (token) => {
        expect(verifyPreferenceToken(signPreferenceToken(token, SECRET), SECRET)).toEqual(token);
      }),
    );
  });

  it("refuses a token with any single character changed", () => {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ ";
    fc.assert(
      fc.property(tokenArb, fc.nat(), fc.constantFrom(...alphabet), (token, at, replacement) => {
        const signed = signPreferenceToken(token, SECRET);
        const index = at % signed.length;
        fc.pre(signed[index] !== replacement);
        const tampered = signed.slice(0, index) + replacement + signed.slice(index + 1);
        expect(verifyPreferenceToken(tampered, SECRET)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it("refuses a token with any byte flipped, dropped or added", () => {
    fc.assert(
      fc.property(tokenArb, fc.nat(), fc.integer({ min: 1, max: 255 }), fc.constantFrom("flip", "drop", "add"), (token, at, mask, how) => {
        const bytes = Buffer.from(signPreferenceToken(token, SECRET), "latin1");
        const index = at % bytes.length;
        let changed: Buffer;
        if (how === "flip") {
          changed = Buffer.from(bytes);
          changed[index] = (changed[index] ?? 0) ^ mask;
        } else if (how === "drop") changed = Buffer.concat([bytes.subarray(0, index), bytes.subarray(index + 1)]);
        else changed = Buffer.concat([bytes.subarray(0, index), Buffer.from([mask]), bytes.subarray(index)]);
        expect(verifyPreferenceToken(changed.toString("latin1"), SECRET)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it("refuses a token signed with another secret, or moved to another workspace", () => {
    const token = { workspaceId: "ws1", profileId: "p1", channel: "email" as const };
    expect(verifyPreferenceToken(signPreferenceToken(token, "other-secret"), SECRET)).toBeNull();
    const signed = signPreferenceToken(token, SECRET);
    const [, mac] = signed.split(".");
    const forged = `${Buffer.from(JSON.stringify({ v: 1, w: "ws2", p: "p1", c: "email", i: 1 })).toString("base64url")}.${mac}`;
    expect(verifyPreferenceToken(forged, SECRET)).toBeNull();
  });

  it("never throws on garbage", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (garbage) => {
        expect(verifyPreferenceToken(garbage, SECRET)).toBeNull();
      }),
    );
    expect(verifyPreferenceToken("x".repeat(5000), SECRET)).toBeNull();
    expect(verifyPreferenceToken(`${Buffer.from("[1]").toString("base64url")}.${"A".repeat(43)}`, SECRET)).toBeNull();
  });

  it("uses the auth secret by default", () => {
    const signed = signPreferenceToken({ workspaceId: "ws", profileId: "p" });
    expect(verifyPreferenceToken(signed)?.profileId).toBe("p");
  });
});
