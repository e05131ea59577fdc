import type BetterSqlite3 from "better-sqlite3";

/** The shape the statistics describe: many rows per workspace, few per entity id. */
const ROWS = 1_000_000;
const ROWS_PER_WORKSPACE = 100_000;

/**
 * Rows an index matches per distinct value of its first `n` columns, as `sqlite_stat1` writes it
 * ("rows n1 n2 …"), for an index led by `workspaceId`: the workspace selects a tenth of the
 * table, an id-like column (`profileId`, `journeyId`, …) a handful of rows, any other column a
 * tenth of what is left, and the full key of a unique index one row.
 */
export function workspaceIndexStat(columns: readonly string[], unique: boolean): string {
  const counts: number[] = [];
  let rows = ROWS_PER_WORKSPACE;
  columns.forEach((column, i) => {
    if (i > 0) rows = Math.max(1, Math.floor(rows / (/[iI]d$/.test(column) ? 10_000 : 10)));
    counts.push(unique && i === columns.length - 1 ? 1 : rows);
  });
  return [ROWS, ...counts].join(" ");
}

/**
 * Tells SQLite's planner what a multi-tenant schema looks like. Without statistics it assumes an
 * equality on an index's first column matches ~10 rows, so for `workspaceId = ? AND id IN (…)` it
 * walked the `(workspaceId, …)` index — every profile of a million-profile workspace — instead of
 * the primary key. Every index led by `workspaceId` gets a `sqlite_stat1` row saying the
 * workspace is not selective (see workspaceIndexStat); other indexes keep SQLite's defaults.
 * Fixed figures rather than ANALYZE: they hold from the empty database a fresh install starts
 * with to the large one it grows into, and take no scan. Written after every migration run;
 * connections opened afterwards plan with them.
 */
export function writeSqliteStatistics(sqlite: BetterSqlite3.Database): void {
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`).all() as { name: string }[];
  const rows: { tbl: string; idx: string; stat: string }[] = [];
  for (const { name: table } of tables) {
    const indexes = sqlite.prepare(`SELECT name, "unique" FROM pragma_index_list(?)`).all(table) as { name: string; unique: number }[];
    for (const index of indexes) {
      const columns = (sqlite.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).all(index.name) as { name: string | null }[]).map((c) => c.name ?? "");
      if (columns[0] !== "workspaceId") continue;
      rows.push({ tbl: table, idx: index.name, stat: workspaceIndexStat(columns, index.unique === 1) });
    }
  }
  // ANALYZE of the (tiny) schema table is the documented way to create sqlite_stat1
  sqlite.exec(`ANALYZE sqlite_schema`);
  const insert = sqlite.prepare(`INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)`);
  sqlite.transaction(() => {
    sqlite.prepare(`DELETE FROM sqlite_stat1`).run();
    for (const row of rows) insert.run(row.tbl, row.idx, row.stat);
  })();
}
