const n = (value: unknown) => (typeof value === "number" ? value : 0);
const plural = (count: number, one: string, many: string) => `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

/** An import job's result as one sentence: "2 of 3 rows imported: 2 new profiles, 0 existing updated. 1 row skipped." */
export function describeImportResult(result: Record<string, unknown>): string {
  const parts = [`${n(result.imported).toLocaleString("en")} of ${plural(n(result.rows), "row", "rows")} imported: ${plural(n(result.created), "new profile", "new profiles")}, ${n(result.updated).toLocaleString("en")} existing updated`];
  if (n(result.merged) > 0) parts.push(`, ${plural(n(result.merged), "merge", "merges")}`);
  parts.push(".");
  if (n(result.skipped) > 0) parts.push(` ${plural(n(result.skipped), "row", "rows")} skipped.`);
  return parts.join("");
}
