import type { TCondition, TConditionGroup } from "@/lib/journey/conditions/schema";

/*
 * Immutable edits of a condition tree, addressed by paths. A path lists child indexes from the
 * root: `[1, 0]` is the first child of the root's second child. A `not` has one child, index 0.
 * Every function returns a new tree and leaves its input untouched, so React sees each edit.
 */

export type TConditionPath = readonly number[];
export type TConditionKind = TCondition["kind"];
export type TLeafKind = Exclude<TConditionKind, "all" | "any" | "not">;

/** An all/any group (a type guard: TS cannot narrow the two-valued `kind` by two comparisons). */
export function isGroup(condition: TCondition): condition is TConditionGroup {
  return condition.kind === "all" || condition.kind === "any";
}

/** The kinds a marketer picks for one rule, in menu order. */
export const LEAF_KINDS: readonly TLeafKind[] = ["trait", "event", "engagement", "consent", "segment"];

/** A fresh, schema-valid condition of `kind`; blanks (trait path, event name) are for the marketer to fill. */
export function defaultCondition(kind: TConditionKind): TCondition {
  switch (kind) {
    case "all":
    case "any":
      return { kind, conditions: [] };
    case "not":
      return { kind: "not", condition: defaultCondition("trait") };
    case "trait":
      return { kind: "trait", path: "", op: "equals", value: "" };
    case "event":
      return { kind: "event", name: "", op: "atLeast", count: 1, within: { amount: 7, unit: "days" } };
    case "engagement":
      return { kind: "engagement", nodeId: "", engagement: "opened" };
    case "consent":
      return { kind: "consent", channel: "email", status: "subscribed" };
    case "segment":
      return { kind: "segment", segmentId: "", inSegment: true };
  }
}

function children(condition: TCondition): TCondition[] {
  if (condition.kind === "all" || condition.kind === "any") return condition.conditions;
  if (condition.kind === "not") return [condition.condition];
  return [];
}

/** The condition at `path`, or `undefined` when the path leads nowhere. */
export function getConditionAt(tree: TCondition, path: TConditionPath): TCondition | undefined {
  let current: TCondition | undefined = tree;
  for (const index of path) {
    if (current === undefined) return undefined;
    current = children(current)[index];
  }
  return current;
}

/** `tree` with the condition at `path` replaced by `next`; unchanged when the path leads nowhere. */
export function replaceConditionAt(tree: TCondition, path: TConditionPath, next: TCondition): TCondition {
  const [index, ...rest] = path;
  if (index === undefined) return next;
  if (tree.kind === "all" || tree.kind === "any") {
    const child = tree.conditions[index];
    if (child === undefined) return tree;
    return { ...tree, conditions: tree.conditions.map((c, i) => (i === index ? replaceConditionAt(child, rest, next) : c)) };
  }
  if (tree.kind === "not" && index === 0) return { ...tree, condition: replaceConditionAt(tree.condition, rest, next) };
  return tree;
}

/**
 * `tree` without the condition at `path`. Removing the only child of a `not` removes the `not`
 * too (a negation of nothing means nothing); removing the root leaves an empty "all" group.
 */
export function removeConditionAt(tree: TCondition, path: TConditionPath): TCondition {
  if (path.length === 0) return defaultCondition("all");
  const parentPath = path.slice(0, -1);
  const index = path[path.length - 1] ?? 0;
  const parent = getConditionAt(tree, parentPath);
  if (parent === undefined) return tree;
  if (parent.kind === "not") return removeConditionAt(tree, parentPath);
  if (parent.kind !== "all" && parent.kind !== "any") return tree;
  if (index >= parent.conditions.length) return tree;
  return replaceConditionAt(tree, parentPath, { ...parent, conditions: parent.conditions.filter((_, i) => i !== index) });
}

/**
 * `condition` added at `path`: appended when a group is there; otherwise the rule there and the
 * new one become an "all" group, so a single rule can grow into several.
 */
export function addConditionAt(tree: TCondition, path: TConditionPath, condition: TCondition): TCondition {
  const target = getConditionAt(tree, path);
  if (target === undefined) return tree;
  if (target.kind === "all" || target.kind === "any") return replaceConditionAt(tree, path, { ...target, conditions: [...target.conditions, condition] });
  return replaceConditionAt(tree, path, { kind: "all", conditions: [target, condition] });
}

/** Wraps the condition at `path` in a `not`, or unwraps it when it already is one. */
export function toggleNotAt(tree: TCondition, path: TConditionPath): TCondition {
  const target = getConditionAt(tree, path);
  if (target === undefined) return tree;
  return replaceConditionAt(tree, path, target.kind === "not" ? target.condition : { kind: "not", condition: target });
}

/**
 * `condition` turned into `kind`, keeping what carries over: all ⇄ any keeps the children; a group
 * from a rule holds that rule; a `not` wraps the old condition. Leaf kinds start from their default.
 */
export function changeConditionKind(condition: TCondition, kind: TConditionKind): TCondition {
  if (condition.kind === kind) return condition;
  if (kind === "all" || kind === "any") {
    if (condition.kind === "all" || condition.kind === "any") return { kind, conditions: condition.conditions };
    return { kind, conditions: [condition] };
  }
  if (kind === "not") return { kind: "not", condition };
  return defaultCondition(kind);
}

/** Moves the child at `path` one place up (-1) or down (+1) within its group; unchanged at the ends. */
export function moveConditionAt(tree: TCondition, path: TConditionPath, delta: -1 | 1): TCondition {
  if (path.length === 0) return tree;
  const parentPath = path.slice(0, -1);
  const index = path[path.length - 1] ?? 0;
  const parent = getConditionAt(tree, parentPath);
  if (parent === undefined || (parent.kind !== "all" && parent.kind !== "any")) return tree;
  const to = index + delta;
  const moving = parent.conditions[index];
  const other = parent.conditions[to];
  if (moving === undefined || other === undefined) return tree;
  const conditions = parent.conditions.map((c, i) => (i === index ? other : i === to ? moving : c));
  return replaceConditionAt(tree, parentPath, { ...parent, conditions });
}

/** Every path in the tree, parents before children (used by tests and for numbering). */
export function conditionPaths(tree: TCondition, prefix: TConditionPath = []): TConditionPath[] {
  return [prefix, ...children(tree).flatMap((child, index) => conditionPaths(child, [...prefix, index]))];
}
