/**
 * Generates one Prisma client per provider from the single schema in prisma/schema.prisma.
 * Prisma 7 binds a generated client to one provider, so the PostgreSQL client comes from a
 * copy of the schema with only the provider and output lines changed.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROVIDERS, schemaForProvider } from "./lib/schema-variants";

const root = path.resolve(__dirname, "..");
const workDir = path.join(root, "lib/db/generated/schemas");
mkdirSync(workDir, { recursive: true });

// The CLI tries to download a schema engine it never needs for `generate`; any existing file
// stops that (see ../shared/STACK.md).
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
const source = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
const prismaBin = path.join(root, "node_modules/prisma/build/index.js");
if (!existsSync(prismaBin)) throw new Error("prisma CLI missing: run npm install");

for (const provider of PROVIDERS) {
  const file = path.join(workDir, `${provider}.prisma`);
  writeFileSync(file, schemaForProvider(source, provider, `../${provider}`));
  execFileSync(process.execPath, [prismaBin, "generate", "--schema", file], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  console.log(`prisma client (${provider}) generated`);
}
