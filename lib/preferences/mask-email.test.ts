import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskEmail } from "./mask-email";

describe("maskEmail", () => {
  it("keeps the first character and the domain", () => {
    expect(maskEmail("jane@example.com")).toBe("j***@example.com");
    expect(maskEmail("not-an-email")).toBe("***");
  });
  it("never shows the local part beyond its first character", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const local = email.slice(0, email.lastIndexOf("@"));
        const masked = maskEmail(email);
        expect(masked.endsWith(email.slice(email.lastIndexOf("@")))).toBe(true);
        if (local.length > 1) expect(masked).not.toContain(local);
      }),
    );
  });
});
