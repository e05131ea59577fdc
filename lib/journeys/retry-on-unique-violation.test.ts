import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createTestWorkspace } from "../db/testing/factories";
import { isUniqueViolation, retryOnUniqueViolation } from "./retry-on-unique-violation";

describe("retryOnUniqueViolation", () => {
  it("recognises the database's own unique-constraint error", async () => {
    const workspaceId = (await createTestWorkspace()).id;
    await db.template.create({ data: { workspaceId, name: "Twice", channel: "email", content: {} } });
    const error = await db.template.create({ data: { workspaceId, name: "Twice", channel: "email", content: {} } }).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error("something else"))).toBe(false);
  });

  it("runs again after a unique violation and gives up after the given number of runs", async () => {
    let runs = 0;
    const violation = Object.assign(new Error("taken"), { code: "P2002" });
    await expect(retryOnUniqueViolation(async () => (++runs < 3 ? Promise.reject(violation) : "ok"))).resolves.toBe("ok");
    expect(runs).toBe(3);
    runs = 0;
    await expect(retryOnUniqueViolation(async () => { runs++; throw violation; }, 2)).rejects.toBe(violation);
    expect(runs).toBe(2);
  });

  it("does not retry other errors", async () => {
    let runs = 0;
    await expect(retryOnUniqueViolation(async () => { runs++; throw new Error("boom"); })).rejects.toThrow("boom");
    expect(runs).toBe(1);
  });
});
