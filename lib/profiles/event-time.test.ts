import { describe, expect, it } from "vitest";
import { eventTime } from "./event-time";

const at = (iso: string) => new Date(iso);
const receivedAt = at("2026-06-01T12:00:00Z");

describe("eventTime", () => {
  it("moves the client's time by its clock skew when sentAt is sent", () => {
    // the client's clock is an hour fast: its timestamp and sentAt both say 13:00-ish
    expect(eventTime({ timestamp: at("2026-06-01T12:59:00Z"), sentAt: at("2026-06-01T13:00:00Z") }, receivedAt)).toEqual({ at: at("2026-06-01T11:59:00Z"), future: false });
  });

  it("sets a time still ahead of the arrival to the arrival, and says so", () => {
    expect(eventTime({ timestamp: at("2026-06-01T15:00:00Z") }, receivedAt)).toEqual({ at: receivedAt, future: true });
    expect(eventTime({ timestamp: at("2099-01-01T00:00:00Z"), sentAt: at("2026-06-01T12:00:00Z") }, receivedAt)).toEqual({ at: receivedAt, future: true });
    expect(eventTime({ originalTimestamp: at("2099-01-01T00:00:00Z") }, receivedAt)).toEqual({ at: receivedAt, future: true });
  });

  it("keeps past times and the arrival itself as they are", () => {
    expect(eventTime({ timestamp: at("2026-06-01T06:00:00Z") }, receivedAt)).toEqual({ at: at("2026-06-01T06:00:00Z"), future: false });
    expect(eventTime({ timestamp: receivedAt }, receivedAt)).toEqual({ at: receivedAt, future: false });
    expect(eventTime({}, receivedAt)).toEqual({ at: receivedAt, future: false });
  });

  it("keeps a future time under the test clock (keepFuture): it is the virtual clock, still skew-corrected", () => {
    expect(eventTime({ timestamp: at("2026-07-01T15:00:00.123Z") }, receivedAt, true)).toEqual({ at: at("2026-07-01T15:00:00.123Z"), future: false });
    expect(eventTime({ timestamp: at("2026-07-01T15:00:00Z"), sentAt: at("2026-06-01T13:00:00Z") }, receivedAt, true)).toEqual({ at: at("2026-07-01T14:00:00Z"), future: false });
  });
});
