/**
 * Runs the Prisma 6 CLI kept in tools/prisma-migrate to turn datamodels into migration SQL
 * offline. Prisma 7's migrate commands need a native schema engine this machine cannot
 * download; Prisma 6 with `engine: "js"` uses its bundled WebAssembly engine instead.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { schemaForProvider, type TProvider } from "./schema-variants";

const toolDir = path.resolve(__dirname, "../../tools/prisma-migrate");
const cli = path.join(toolDir, "node_modules/prisma/build/index.js");

/** Installs the tool on first use (npm registry only; its native driver is never loaded). */
export function ensurePrisma6(): void {
  if (existsSync(cli)) return;
  console.log("installing the Prisma 6 migration tool into tools/prisma-migrate …");
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock"], { cwd: toolDir, stdio: "inherit" });
  // The adapter's own better-sqlite3 is never compiled; let it resolve the app's compiled copy.
  rmSync(path.join(toolDir, "node_modules/better-sqlite3"), { recursive: true, force: true });
}

// Prisma 6 wants a url in the datasource even for pure datamodel diffs; it is never used.
const PLACEHOLDER_URL: Record<TProvider, string> = { sqlite: "file:./unused.db", postgresql: "postgresql://unused@localhost/unused" };

function prisma6Schema(schema: string, provider: TProvider): string {
  return schemaForProvider(schema, provider).replace(/(datasource\s+db\s*\{[^}]*?provider\s*=\s*"[^"]+")/, `$1\n  url      = "${PLACEHOLDER_URL[provider]}"`);
}

/**
 * SQL that takes a database from the `from` datamodel (null = empty) to the `to` datamodel.
 * Returns "" when they are equivalent.
 */
export function diffDatamodels(from: string | null, to: string, provider: TProvider): string {
  ensurePrisma6();
  const dir = mkdtempSync(path.join(tmpdir(), "waymark-diff-"));
  try {
    const toFile = path.join(dir, "to.prisma");
    writeFileSync(toFile, prisma6Schema(to, provider));
    const args = [cli, "migrate", "diff", "--to-schema-datamodel", toFile, "--script"];
    if (from === null) args.push("--from-empty");
    else {
      const fromFile = path.join(dir, "from.prisma");
      writeFileSync(fromFile, prisma6Schema(from, provider));
      args.push("--from-schema-datamodel", fromFile);
    }
    const out = execFileSync(process.execPath, args, {
      cwd: toolDir,
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false", PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (/^-- This is an empty migration\.\s*$/.test(out.trim())) return "";
    return provider === "sqlite" ? quoteSqliteJsonDefaults(out) : out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Prisma 6 writes SQLite JSON defaults unquoted (`DEFAULT {}`), which SQLite rejects; quote them
 * the way it already does for PostgreSQL.
 */
export function quoteSqliteJsonDefaults(sql: string): string {
  return sql.replace(/(JSONB(?: NOT NULL)? DEFAULT )([[{][^\n]*?)(,?)$/gm, (_m, head: string, value: string, comma: string) => `${head}'${value.replace(/'/g, "''")}'${comma}`);
}
