import { CHANNELS, type TChannel } from "../journey/channels";
import type { TIdentityKind } from "../profiles/incoming-event";

/** What one CSV column feeds. */
export type TImportColumn =
  | { index: number; header: string; kind: "identifier"; identity: TIdentityKind }
  | { index: number; header: string; kind: "consent"; channel: TChannel }
  | { index: number; header: string; kind: "timezone" | "locale" }
  | { index: number; header: string; kind: "trait"; path: string[] };

export type TColumnPlan = { ok: true; columns: TImportColumn[] } | { ok: false; message: string };

/** Most columns a file may have: a wider header is a mistake (or a hostile file), not a profile. */
export const MAX_COLUMNS = 500;

/** Header spellings are compared lower-cased without `_`, `-` or spaces: `user_id`, `userId`, `User ID`. */
const squash = (header: string) => header.toLowerCase().replace(/[\s_-]/g, "");

const IDENTIFIERS: Record<string, TIdentityKind> = { email: "email", phone: "phone", userid: "userId", anonymousid: "anonymousId", deviceid: "deviceId" };
const CHANNEL_OF = new Map<string, TChannel>(CHANNELS.map((channel) => [squash(channel), channel]));

/** The identifier columns a file may use, as the format explanation names them. */
export const IDENTIFIER_HEADERS = ["email", "phone", "user_id", "anonymous_id", "device_id"] as const;

function classify(header: string, index: number): TImportColumn | string {
  const key = squash(header);
  const identity = IDENTIFIERS[key];
  if (identity) return { index, header, kind: "identifier", identity };
  if (key === "timezone" || key === "locale") return { index, header, kind: key };
  const dotted = /^consent\.(.+)$/.exec(key);
  if (dotted) {
    const channel = CHANNEL_OF.get(dotted[1] as string);
    return channel ? { index, header, kind: "consent", channel } : `column "${header}" names no channel (consent columns are ${CHANNELS.map((c) => `consent.${c}`).join(", ")})`;
  }
  const suffixed = /^(.+)consent$/.exec(key);
  const channel = suffixed ? CHANNEL_OF.get(suffixed[1] as string) : undefined;
  if (channel) return { index, header, kind: "consent", channel };
  const path = header.split(".").map((part) => part.trim());
  if (path.some((part) => part === "")) return `column "${header}" has an empty part in its dotted name`;
  return { index, header, kind: "trait", path };
}

/** What a column writes, for spotting two columns that write the same thing. */
function target(column: TImportColumn): string {
  switch (column.kind) {
    case "identifier":
      return `identifier ${column.identity}`;
    case "consent":
      return `consent.${column.channel}`;
    case "trait":
      return `trait ${column.path.join(".")}`;
    default:
      return column.kind;
  }
}

/**
 * Reads the header row of an import file: which column is an identifier (email, phone, user_id /
 * userId, anonymous_id, device_id), consent per channel (`email_consent` or `consent.email`),
 * the time zone, the locale, or a trait (a dotted name nests: `address.city`). A header the
 * import cannot follow — no identifier column, an unnamed column, two columns writing the same
 * thing, a trait that is both a value and an object — is refused before any row is read.
 */
export function planImportColumns(header: readonly string[]): TColumnPlan {
  if (header.length > MAX_COLUMNS) return { ok: false, message: `has ${header.length} columns; at most ${MAX_COLUMNS} are accepted` };
  const columns: TImportColumn[] = [];
  const writers = new Map<string, string>();
  for (const [index, raw] of header.entries()) {
    const name = raw.trim();
    if (!name) return { ok: false, message: `column ${index + 1} has no name: every column needs a header` };
    const column = classify(name, index);
    if (typeof column === "string") return { ok: false, message: column };
    const writes = target(column);
    const earlier = writers.get(writes);
    if (earlier !== undefined) return { ok: false, message: `columns "${earlier}" and "${name}" both set ${writes}: keep one` };
    writers.set(writes, name);
    columns.push(column);
  }
  if (!columns.some((column) => column.kind === "identifier")) return { ok: false, message: `no identifier column: name at least one of ${IDENTIFIER_HEADERS.join(", ")}` };
  const traits = columns.filter((column): column is Extract<TImportColumn, { kind: "trait" }> => column.kind === "trait");
  for (const outer of traits) {
    const inner = traits.find((other) => other !== outer && other.path.length > outer.path.length && outer.path.every((part, i) => other.path[i] === part));
    if (inner) return { ok: false, message: `columns "${outer.header}" and "${inner.header}" clash: a trait cannot be both a value and an object` };
  }
  return { ok: true, columns };
}
