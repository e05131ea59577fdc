import { createHash } from "node:crypto";
import { db, dbProvider } from "../../db/client";

/** Test helper: not used by production code. */

type TTable = { name: string; workspaceColumn: "workspaceId" | "id" | null };

async function tables(): Promise<TTable[]> {
  if (dbProvider() === "postgresql") {
    const rows = await db.$queryRawUnsafe<{ table_name: string; columns: string }[]>(
      `SELECT table_name, string_agg(column_name, ',') AS columns FROM information_schema.columns WHERE table_schema = current_schema() GROUP BY table_name`,
    );
    return rows.map((r) => ({ name: r.table_name, workspaceColumn: r.columns.split(",").includes("workspaceId") ? "workspaceId" : r.table_name === "Workspace" ? "id" : null }));
  }
  const names = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`);
  const out: TTable[] = [];
  for (const { name } of names) {
    const columns = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info('${name.replaceAll("'", "''")}')`);
    out.push({ name, workspaceColumn: columns.some((c) => c.name === "workspaceId") ? "workspaceId" : name === "Workspace" ? "id" : null });
  }
  return out;
}

const digest = (rows: unknown[]) =>
  createHash("sha1")
    .update(JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)))
    .digest("hex")
    .slice(0, 12);

/**
 * Every table of the database, by table: how many rows, and a digest of their contents (so an
 * update shows too) — a workspace's rows where the table names its workspace, every row
 * elsewhere. On PostgreSQL, where other test files write to the same database at the same time,
 * tables without a workspace column are left out (they hold users, sessions and migrations, none
 * of which a workspace's preview could touch).
 */
export async function countEveryTable(workspaceId: string): Promise<Record<string, string>> {
  const shared = dbProvider() === "postgresql";
  const counts: Record<string, string> = {};
  for (const table of await tables()) {
    if (table.workspaceColumn === null && shared) continue;
    const where = table.workspaceColumn ? ` WHERE "${table.workspaceColumn}" = ${shared ? "$1" : "?"}` : "";
    const rows = await db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${table.name}"${where} ORDER BY 1`, ...(table.workspaceColumn ? [workspaceId] : []));
    counts[table.name] = `${rows.length} rows, ${digest(rows)}`;
  }
  return counts;
}
