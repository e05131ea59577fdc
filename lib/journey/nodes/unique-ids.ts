import type { z } from "zod";

/**
 * Ids inside one node become handle ids, so they must be unique and must not collide with the
 * node's fixed handles (a branch path called "else"). Reports on `<listKey>.<index>.id`.
 */
export function refineUniqueIds<T extends { id: string }>(
  items: readonly T[],
  ctx: z.core.$RefinementCtx<unknown>,
  listKey: string,
  reserved: readonly string[] = [],
): void {
  const seen = new Set<string>(reserved);
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      const why = reserved.includes(item.id) ? "is reserved" : "is used twice";
      ctx.addIssue({ code: "custom", path: [listKey, index, "id"], message: `"${item.id}" ${why}` });
    }
    seen.add(item.id);
  });
}

/** Labels that are blank or repeated, by index, for the label rules of branches and splits. */
export function labelProblems(labels: readonly string[]): { blank: number[]; repeated: number[] } {
  const blank: number[] = [];
  const repeated: number[] = [];
  const seen = new Set<string>();
  labels.forEach((label, index) => {
    const key = label.trim().toLowerCase();
    if (key === "") blank.push(index);
    else if (seen.has(key)) repeated.push(index);
    seen.add(key);
  });
  return { blank, repeated };
}
