import type { z } from "zod";
import { invalid } from "../errors";

/** Dotted form of a zod issue path: ["graph","nodes",2,"type"] → "graph.nodes.2.type". */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

/** Parses with a zod schema; the first problem becomes an "invalid" error naming its field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix?: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const path = [prefix, first ? issuePath(first.path) : ""].filter(Boolean).join(".") || "body";
  throw invalid(path, first?.message ?? "invalid", { issues: result.error.issues.slice(0, 10).map((i) => ({ path: [prefix, issuePath(i.path)].filter(Boolean).join("."), message: i.message })) });
}

/** The request's JSON body, or an "invalid" error when it is not JSON. */
export async function readJsonBody(request: Request): Promise<unknown> {
  // A client that hangs up mid-body (an aborted estimate while typing) is not a server error.
  const text = await request.text().catch(() => {
    throw invalid("body", "could not be read: the connection closed before the whole body arrived");
  });
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw invalid("body", "not valid JSON");
  }
}

/** Query-string parameters as a plain object for zod. */
export function searchParamsOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}
