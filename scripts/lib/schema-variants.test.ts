import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { quoteSqliteJsonDefaults } from "./prisma6";
import { schemaForProvider } from "./schema-variants";

const schema = readFileSync(path.join(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");

describe("schema variants", () => {
  it("changes only the provider and output lines, leaving every model identical", () => {
    const pg = schemaForProvider(schema, "postgresql", "../postgresql");
    expect(pg).toMatch(/datasource db \{\s*provider = "postgresql"/);
    expect(pg).toMatch(/output\s+= "\.\.\/postgresql"/);
    const models = (text: string) => text.slice(text.indexOf("\nmodel "));
    expect(models(pg)).toBe(models(schema));
  });
});

describe("SQLite JSON defaults", () => {
  it("quotes the bare JSON defaults Prisma 6 writes, so SQLite accepts them", () => {
    const sql = `    "traits" JSONB NOT NULL DEFAULT {},\n    "caps" JSONB NOT NULL DEFAULT [],\n    "name" TEXT NOT NULL DEFAULT 'x'`;
    expect(quoteSqliteJsonDefaults(sql)).toBe(`    "traits" JSONB NOT NULL DEFAULT '{}',\n    "caps" JSONB NOT NULL DEFAULT '[]',\n    "name" TEXT NOT NULL DEFAULT 'x'`);
  });

  it("leaves already quoted defaults alone", () => {
    const sql = `    "traits" JSONB NOT NULL DEFAULT '{}'`;
    expect(quoteSqliteJsonDefaults(sql)).toBe(sql);
  });
});
