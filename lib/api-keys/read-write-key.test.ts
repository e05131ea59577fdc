import { describe, expect, it } from "vitest";
import { apiKeyPrefix } from "./hash-api-key";
import { readWriteKey } from "./read-write-key";

const basic = (userPass: string) => `Basic ${Buffer.from(userPass).toString("base64")}`;

describe("readWriteKey", () => {
  it("reads the key from HTTP Basic with an empty password, as Segment's libraries send it", () => {
    expect(readWriteKey(basic("wm_write_abc:"))).toBe("wm_write_abc");
  });

  it("ignores a password, as Segment does", () => {
    expect(readWriteKey(basic("wm_write_abc:secret"))).toBe("wm_write_abc");
  });

  it("reads a Bearer key", () => {
    expect(readWriteKey("Bearer wm_write_xyz")).toBe("wm_write_xyz");
    expect(readWriteKey("bearer   wm_write_xyz ")).toBe("wm_write_xyz");
  });

  it("gives null for missing, empty or other schemes", () => {
    expect(readWriteKey(null)).toBeNull();
    expect(readWriteKey("")).toBeNull();
    expect(readWriteKey(basic(":only-password"))).toBeNull();
    expect(readWriteKey("Digest abc")).toBeNull();
    expect(readWriteKey("Bearer")).toBeNull();
  });
});

describe("apiKeyPrefix", () => {
  it("keeps the kind and six characters", () => {
    expect(apiKeyPrefix("wm_write_AbCdEfGhIj")).toBe("wm_write_AbCdEf");
    expect(apiKeyPrefix("wm_mgmt_AbCdEfGhIj")).toBe("wm_mgmt_AbCdEf");
  });
});
