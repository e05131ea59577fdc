import path from "node:path";

export type TDbProvider = "sqlite" | "postgresql";

/** Where the embedded database lives when DATABASE_URL is unset. */
export const EMBEDDED_DB_FILE = path.join(process.cwd(), "data", "waymark.db");

/** DATABASE_URL, or the embedded SQLite file when it is unset. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : `file:${EMBEDDED_DB_FILE}`;
}

/** True when no DATABASE_URL was given: the zero-set-up embedded database. */
export function isEmbeddedDefault(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.DATABASE_URL?.trim();
}

/** Which generated client and driver a URL needs. Unknown schemes are a configuration error. */
export function providerOf(url: string): TDbProvider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (/^file:/i.test(url)) return "sqlite";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url.split(":")[0]}:…"`);
}

/** The file path of a SQLite `file:` URL, resolved against the working directory. */
export function sqliteFilePath(url: string): string {
  const raw = url.replace(/^file:(\/\/)?/i, "").split("?")[0] ?? "";
  return path.resolve(/*turbopackIgnore: true*/ raw);
}
