import { describe, expect, it } from "vitest";
import { decideConsent, type TConsentStatement } from "./decide-consent";

const at = (iso: string) => new Date(iso);
const said = (status: string, iso: string, source = "identify"): TConsentStatement => ({ status, at: at(iso), source });

describe("decideConsent", () => {
  it("applies an unsubscribe that arrives after a newer subscribe, dated just after that subscribe", () => {
    expect(decideConsent(said("subscribed", "2026-06-01T10:00:00Z"), said("unsubscribed", "2026-06-01T09:00:00Z", "track"))).toEqual(said("unsubscribed", "2026-06-01T10:00:00.001Z", "track"));
  });

  it("does not let a late, older subscribe undo an unsubscribe", () => {
    expect(decideConsent(said("unsubscribed", "2026-06-01T10:00:00.001Z"), said("subscribed", "2026-06-01T09:30:00Z"))).toBeNull();
    expect(decideConsent(said("unsubscribed", "2026-06-01T10:00:00Z"), said("subscribed", "2026-06-01T11:00:00Z"))).toEqual(said("subscribed", "2026-06-01T11:00:00Z"));
  });

  it("moves a repeated unsubscribe's date forward and leaves a repeated subscribe alone", () => {
    expect(decideConsent(said("unsubscribed", "2026-06-01T09:00:00Z"), said("unsubscribed", "2026-06-01T11:00:00Z", "page"))).toEqual(said("unsubscribed", "2026-06-01T11:00:00Z", "page"));
    expect(decideConsent(said("unsubscribed", "2026-06-01T11:00:00Z"), said("unsubscribed", "2026-06-01T09:00:00Z"))).toBeNull();
    expect(decideConsent(said("subscribed", "2026-06-01T09:00:00Z"), said("subscribed", "2026-06-01T11:00:00Z"))).toBeNull();
  });

  it("records the first statement for a channel as it is", () => {
    expect(decideConsent(undefined, said("subscribed", "2026-06-01T11:00:00Z"))).toEqual(said("subscribed", "2026-06-01T11:00:00Z"));
  });
});
