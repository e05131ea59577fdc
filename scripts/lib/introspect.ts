/** Normalised descriptions of a database's structure, so two databases can be compared. */

/** Tables, columns, indexes and foreign keys of a SQLite file, as sorted text lines. */
export async function describeSqlite(file: string): Promise<string[]> {
  const { default: Database } = await import("better-sqlite3");
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`).all() as { name: string }[]).map((t) => t.name);
    const lines: string[] = [];
    for (const table of tables) {
      for (const c of sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[]) {
        lines.push(`column ${table}.${c.name} ${c.type} notnull=${c.notnull} default=${c.dflt_value} pk=${c.pk}`);
      }
      for (const i of sqlite.prepare(`PRAGMA index_list("${table}")`).all() as { name: string; unique: number }[]) {
        const cols = (sqlite.prepare(`PRAGMA index_info("${i.name}")`).all() as { name: string }[]).map((x) => x.name).join(",");
        lines.push(`index ${table} ${i.name} unique=${i.unique} (${cols})`);
      }
      for (const f of sqlite.prepare(`PRAGMA foreign_key_list("${table}")`).all() as { table: string; from: string; to: string; on_delete: string; on_update: string }[]) {
        lines.push(`fk ${table}.${f.from} -> ${f.table}.${f.to} delete=${f.on_delete} update=${f.on_update}`);
      }
    }
    return lines.sort();
  } finally {
    sqlite.close();
  }
}

/** The same description for a PostgreSQL database (public schema). */
export async function describePostgres(url: string): Promise<string[]> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const lines: string[] = [];
    const columns = await client.query(`SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`);
    for (const c of columns.rows) lines.push(`column ${c.table_name}.${c.column_name} ${c.data_type} nullable=${c.is_nullable} default=${c.column_default}`);
    const indexes = await client.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
    for (const i of indexes.rows) lines.push(`index ${i.tablename} ${i.indexname} ${i.indexdef}`);
    const constraints = await client.query(`SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"')`);
    for (const k of constraints.rows) lines.push(`constraint ${k.tbl} ${k.conname} ${k.def}`);
    return lines.sort();
  } finally {
    await client.end();
  }
}

/** Lines only in a, and lines only in b. */
export function compareDescriptions(a: string[], b: string[]): { onlyA: string[]; onlyB: string[] } {
  const setA = new Set(a);
  const setB = new Set(b);
  return { onlyA: a.filter((l) => !setB.has(l)), onlyB: b.filter((l) => !setA.has(l)) };
}
