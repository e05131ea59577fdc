import { describe, expect, it } from "vitest";
import { findJsonProblem, MAX_JSON_DEPTH } from "./find-json-problem";

describe("findJsonProblem", () => {
  it("accepts ordinary JSON", () => {
    expect(findJsonProblem({ a: [1, "two", { three: null }], b: "café 🎉" })).toBeNull();
  });

  it("names the path of a NUL character in a value or a key", () => {
    expect(findJsonProblem({ a: ["ok", "b\u0000d"] })).toEqual({ path: ["a", 1], message: "contains a NUL character (\\u0000), which cannot be stored" });
    expect(findJsonProblem({ a: { "k\u0000": 1 } })?.path).toEqual(["a", "k\u0000"]);
  });

  it("names an unpaired surrogate, which PostgreSQL's jsonb refuses", () => {
    expect(findJsonProblem({ name: "\ud800x" })?.message).toMatch(/unpaired surrogate/);
  });

  it("stops at the depth limit without recursing", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findJsonProblem(deep)?.message).toBe(`nests deeper than ${MAX_JSON_DEPTH} levels`);
  });
});
