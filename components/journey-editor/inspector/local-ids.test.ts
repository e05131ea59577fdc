import { describe, expect, it } from "vitest";
import { moveItem, nextLocalId } from "./local-ids";

describe("local ids", () => {
  it("numbers past the highest id in use, so a removed path's id is not handed out again", () => {
    expect(nextLocalId([], "path")).toBe("path-1");
    expect(nextLocalId(["path-1", "path-3", "else"], "path")).toBe("path-4");
    expect(nextLocalId(["a", "b"], "variant")).toBe("variant-1");
  });

  it("moves an item one place and leaves the ends alone", () => {
    expect(moveItem(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
  });
});
