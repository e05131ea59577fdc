import type { TContextEvent } from "../types";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * The value at a dotted `path` inside `source`. A key that itself contains dots ("address.city"
 * stored flat, as many SDKs do) wins over walking, so both shapes of traits read the same.
 * Only own properties are read: "constructor" or "__proto__" never reach the prototype.
 */
export function readPath(source: unknown, path: string): unknown {
  if (!isRecord(source) || path === "") return undefined;
  if (Object.prototype.hasOwnProperty.call(source, path)) return source[path];
  const dot = path.indexOf(".");
  if (dot < 0) return undefined;
  const head = path.slice(0, dot);
  return Object.prototype.hasOwnProperty.call(source, head) ? readPath(source[head], path.slice(dot + 1)) : undefined;
}

/**
 * A path of a condition: `event.…` reads the event being matched (`event.name`,
 * `event.timestamp`, `event.properties.total`, or the shorthand `event.total`), anything else
 * reads the profile's traits.
 */
export function readConditionPath(traits: Readonly<Record<string, unknown>>, event: TContextEvent | undefined, path: string): unknown {
  if (!path.startsWith("event.")) return readPath(traits, path);
  if (!event) return undefined;
  const rest = path.slice("event.".length);
  if (rest === "name") return event.name;
  if (rest === "timestamp") return event.timestamp;
  if (rest.startsWith("properties.")) return readPath(event.properties, rest.slice("properties.".length));
  return readPath(event.properties, rest);
}
