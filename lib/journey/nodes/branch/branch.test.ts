import { describe, expect, it } from "vitest";
import { ZJourneyNode } from "../../graph";
import { around, step } from "../../testing/fixtures";
import { validateJourney } from "../../validate";
import { branchNode } from "./index";
import type { TBranchData } from "./schema";

const vip = { kind: "trait", path: "plan", op: "equals", value: "vip" } as const;
const data = (...labels: string[]): TBranchData => ({ paths: labels.map((label, i) => ({ id: `p${i}`, label, condition: vip })) });
const issues = (d: TBranchData, connect = [...d.paths.map((p) => p.id), "else"]) => validateJourney(around(step("b", "branch", d), connect));

describe("branch", () => {
  it("has one handle per path, in order, then else", () => {
    expect(branchNode.handles(data("VIP", "Engaged")).map((h) => [h.id, h.label])).toEqual([
      ["p0", "VIP"],
      ["p1", "Engaged"],
      ["else", "Else"],
    ]);
  });

  it("is valid with labelled paths and every handle connected", () => {
    expect(issues(data("VIP", "Engaged"))).toEqual([]);
  });

  it("needs its else path connected", () => {
    const found = issues(data("VIP"), ["p0"]);
    expect(found).toMatchObject([{ nodeId: "b", code: "handle-unconnected", message: expect.stringContaining('"Else"') }]);
  });

  it("needs non-empty, distinct labels", () => {
    expect(issues(data("VIP", "")).map((i) => i.code)).toEqual(["branch-label-missing"]);
    expect(issues(data("VIP", "vip ")).map((i) => i.code)).toEqual(["branch-label-duplicate"]);
  });

  it("needs at least one path", () => {
    expect(issues({ paths: [] }).map((i) => i.code)).toEqual(["branch-no-paths"]);
  });

  it("refuses path ids that collide with each other or with else, at parse time", () => {
    const parse = (paths: TBranchData["paths"]) => ZJourneyNode.safeParse({ id: "b", type: "branch", position: { x: 0, y: 0 }, data: { paths } });
    expect(parse([{ id: "else", label: "x", condition: vip }]).error?.issues[0]?.path).toEqual(["data", "paths", 0, "id"]);
    expect(parse([{ id: "a", label: "x", condition: vip }, { id: "a", label: "y", condition: vip }]).error?.issues[0]?.path).toEqual(["data", "paths", 1, "id"]);
  });

  it("warns that an empty default condition always matches", () => {
    const found = issues(branchNode.defaultData());
    expect(found.map((i) => [i.code, i.severity])).toEqual([["condition-incomplete", "warning"]]);
  });

  it("summarizes one path as a sentence and several by label", () => {
    expect(branchNode.summarize(data("VIP"))).toBe('If plan is "vip"');
    expect(branchNode.summarize(data("VIP", "Engaged"))).toBe("VIP / Engaged / else");
  });
});
