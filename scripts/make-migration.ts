/**
 * `npm run db:migration -- <name>`: writes the next migration for both providers from the
 * difference between prisma/schema.prisma and the snapshot taken at the previous migration.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diffDatamodels } from "./lib/prisma6";
import { PROVIDERS } from "./lib/schema-variants";

const root = path.resolve(__dirname, "..");
const name = (process.argv[2] ?? "").trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("usage: npm run db:migration -- <name>   (e.g. add_segment_size)");
  process.exit(2);
}

const snapshotFile = path.join(root, "prisma/migrations/schema.snapshot.prisma");
const previous = existsSync(snapshotFile) ? readFileSync(snapshotFile, "utf8") : null;
const current = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);

let wrote = 0;
for (const provider of PROVIDERS) {
  const sql = diffDatamodels(previous, current, provider);
  if (!sql) continue;
  const dir = path.join(root, "prisma/migrations", provider, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  writeFileSync(path.join(root, "prisma/migrations", provider, "migration_lock.toml"), `# Managed by npm run db:migration\nprovider = "${provider}"\n`);
  console.log(`wrote prisma/migrations/${provider}/${stamp}_${name}/migration.sql`);
  wrote++;
}
if (wrote === 0) console.log("schema unchanged since the last migration: nothing to write");
else writeFileSync(snapshotFile, current);
