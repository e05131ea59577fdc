import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZCondition, type TCondition } from "@/lib/journey/conditions/schema";
import { conditionArbitrary } from "./condition-arbitrary";
import {
  addConditionAt,
  changeConditionKind,
  conditionPaths,
  defaultCondition,
  getConditionAt,
  moveConditionAt,
  removeConditionAt,
  replaceConditionAt,
  toggleNotAt,
  type TConditionKind,
  type TConditionPath,
} from "./condition-ops";

const KINDS: TConditionKind[] = ["all", "any", "not", "trait", "event", "engagement", "consent", "segment"];

const vip: TCondition = { kind: "segment", segmentId: "vip", inSegment: true };
const pro: TCondition = { kind: "trait", path: "plan", op: "equals", value: "pro" };
const bought: TCondition = { kind: "event", name: "Order Completed", op: "atLeast", count: 1 };
const tree: TCondition = { kind: "all", conditions: [vip, { kind: "any", conditions: [pro, bought] }] };

describe("condition tree edits", () => {
  it("reads and replaces by path without touching the input", () => {
    expect(getConditionAt(tree, [1, 0])).toEqual(pro);
    const next = replaceConditionAt(tree, [1, 0], vip);
    expect(getConditionAt(next, [1, 0])).toEqual(vip);
    expect(getConditionAt(tree, [1, 0])).toEqual(pro);
    expect(getConditionAt(tree, [5])).toBeUndefined();
  });

  it("appends to a group, and turns a single rule into an all-group when adding to it", () => {
    expect(addConditionAt(tree, [1], vip)).toMatchObject({ conditions: [vip, { kind: "any", conditions: [pro, bought, vip] }] });
    expect(addConditionAt(pro, [], bought)).toEqual({ kind: "all", conditions: [pro, bought] });
  });

  it("removes a rule, a negated rule with its negation, and leaves an empty group for the root", () => {
    expect(removeConditionAt(tree, [1, 1])).toEqual({ kind: "all", conditions: [vip, { kind: "any", conditions: [pro] }] });
    const negated: TCondition = { kind: "all", conditions: [{ kind: "not", condition: pro }, vip] };
    expect(removeConditionAt(negated, [0, 0])).toEqual({ kind: "all", conditions: [vip] });
    expect(removeConditionAt(tree, [])).toEqual({ kind: "all", conditions: [] });
  });

  it("negates and un-negates in place", () => {
    const negated = toggleNotAt(tree, [0]);
    expect(getConditionAt(negated, [0])).toEqual({ kind: "not", condition: vip });
    expect(toggleNotAt(negated, [0])).toEqual(tree);
  });

  it("keeps children when switching all and any, and wraps a rule when it becomes a group", () => {
    expect(changeConditionKind(tree, "any")).toEqual({ kind: "any", conditions: tree.kind === "all" ? tree.conditions : [] });
    expect(changeConditionKind(pro, "all")).toEqual({ kind: "all", conditions: [pro] });
    expect(changeConditionKind(pro, "consent")).toEqual(defaultCondition("consent"));
    expect(changeConditionKind(pro, "trait")).toBe(pro);
  });

  it("moves a child within its group and stops at the ends", () => {
    expect(moveConditionAt(tree, [1, 1], -1)).toMatchObject({ conditions: [vip, { conditions: [bought, pro] }] });
    expect(moveConditionAt(tree, [0], -1)).toEqual(tree);
  });

  it("starts every kind from a schema-valid default", () => {
    for (const kind of KINDS) expect(ZCondition.safeParse(defaultCondition(kind)).success, kind).toBe(true);
  });
});

type TOp =
  | { op: "add"; kind: TConditionKind }
  | { op: "remove" }
  | { op: "toggleNot" }
  | { op: "changeKind"; kind: TConditionKind }
  | { op: "move"; delta: -1 | 1 }
  | { op: "replace"; with: TCondition };

const opArbitrary: fc.Arbitrary<TOp> = fc.oneof(
  fc.constantFrom(...KINDS).map((kind): TOp => ({ op: "add", kind })),
  fc.constant<TOp>({ op: "remove" }),
  fc.constant<TOp>({ op: "toggleNot" }),
  fc.constantFrom(...KINDS).map((kind): TOp => ({ op: "changeKind", kind })),
  fc.constantFrom(-1 as const, 1 as const).map((delta): TOp => ({ op: "move", delta })),
  conditionArbitrary.map((c): TOp => ({ op: "replace", with: c })),
);

function applyOp(tree: TCondition, path: TConditionPath, op: TOp): TCondition {
  switch (op.op) {
    case "add":
      return addConditionAt(tree, path, defaultCondition(op.kind));
    case "remove":
      return removeConditionAt(tree, path);
    case "toggleNot":
      return toggleNotAt(tree, path);
    case "changeKind": {
      const target = getConditionAt(tree, path);
      return target ? replaceConditionAt(tree, path, changeConditionKind(target, op.kind)) : tree;
    }
    case "move":
      return moveConditionAt(tree, path, op.delta);
    case "replace":
      return replaceConditionAt(tree, path, op.with);
  }
}

describe("condition tree edits, for any tree", () => {
  it("every edit of a valid tree, at any of its paths, yields a tree the schema accepts", () => {
    fc.assert(
      fc.property(conditionArbitrary, fc.array(fc.tuple(fc.nat(), opArbitrary), { minLength: 1, maxLength: 6 }), (start, edits) => {
        expect(ZCondition.safeParse(start).success).toBe(true);
        let current = start;
        for (const [pick, op] of edits) {
          const paths = conditionPaths(current);
          const path = paths[pick % paths.length] ?? [];
          current = applyOp(current, path, op);
          const parsed = ZCondition.safeParse(current);
          if (!parsed.success) throw new Error(`${op.op} at [${path.join(",")}] gave an invalid tree: ${parsed.error.message}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("edits never change the tree they were given", () => {
    fc.assert(
      fc.property(conditionArbitrary, fc.nat(), opArbitrary, (start, pick, op) => {
        const snapshot = structuredClone(start);
        const paths = conditionPaths(start);
        applyOp(start, paths[pick % paths.length] ?? [], op);
        expect(start).toEqual(snapshot);
      }),
      { numRuns: 200 },
    );
  });

  it("removing a path drops exactly one subtree (or a negation with it) and keeps the rest", () => {
    fc.assert(
      fc.property(conditionArbitrary, fc.nat(), (start, pick) => {
        const paths = conditionPaths(start).filter((p) => p.length > 0);
        fc.pre(paths.length > 0);
        const path = paths[pick % paths.length] ?? [];
        const next = removeConditionAt(start, path);
        expect(conditionPaths(next).length).toBeLessThan(conditionPaths(start).length);
      }),
      { numRuns: 200 },
    );
  });
});
