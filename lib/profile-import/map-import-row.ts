import type { TChannel } from "../journey/channels";
import { MAX_IDENTIFIER_LENGTH, type TConsentStatus } from "../profiles/event-schemas";
import { identityKey, type TIdentifier, type TIncomingEvent } from "../profiles/incoming-event";
import { normalizeEmail } from "../profiles/normalize-email";
import { normalizePhone } from "../profiles/normalize-phone";
import { normalizeLocale, normalizeTimezone } from "../profiles/normalize-place";
import { setOwn } from "../profiles/update-traits";
import { MAX_EVENT_BYTES } from "../profiles/validate-event";
import type { TImportColumn } from "./plan-import-columns";
import { readConsentCell, readTraitValue } from "./read-cell-value";

export interface TRowContext {
  /** phone numbers without a country code are read in this region */
  defaultRegion: string;
  /** `import:<jobId>:<line>`: a retried chunk is stored once */
  messageId: string;
  /** when the import observed the row (the job's start): trait and consent times */
  at: Date;
  /** context stored with the event (which import, which line) */
  context: Record<string, unknown>;
}

export type TMappedRow = { ok: true; event: TIncomingEvent } | { ok: false; field: string | null; message: string };

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Sets a (dotted) trait path on an object, creating the nested objects on the way. */
function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const part of path.slice(0, -1)) {
    const next = Object.hasOwn(node, part) ? node[part] : undefined;
    if (isPlainObject(next)) node = next;
    else {
      const created: Record<string, unknown> = {};
      setOwn(node, part, created);
      node = created;
    }
  }
  setOwn(node, path.at(-1) as string, value);
}

/**
 * One CSV data row as the identify call it stands for: identifiers normalised as ingestion does
 * (email lower-cased, phone in E.164 in the workspace's region), consent per channel, time zone,
 * locale and typed traits (dotted headers nest). Empty cells change nothing. The first problem
 * of a row is returned with the column it sits in; the import skips the row and reports it.
 * A problem names the column and the reason, never the cell's value: the report is stored
 * (and downloaded) apart from any profile, so a value in it (an email, a phone) would outlive
 * the deletion of the person it belongs to.
 */
export function mapImportRow(cells: readonly string[], columns: readonly TImportColumn[], row: TRowContext): TMappedRow {
  if (cells.length !== columns.length) return { ok: false, field: null, message: `has ${cells.length} ${cells.length === 1 ? "value" : "values"} but the header names ${columns.length} columns` };
  let size = 0;
  for (const cell of cells) size += cell.length;
  if (size > MAX_EVENT_BYTES) return { ok: false, field: null, message: `is over ${MAX_EVENT_BYTES / 1024} KB` };

  const identifiers: TIdentifier[] = [];
  const traits: Record<string, unknown> = {};
  const consent: Partial<Record<TChannel, TConsentStatus>> = {};
  let timezone: string | null = null;
  let locale: string | null = null;
  for (const column of columns) {
    const cell = (cells[column.index] ?? "").trim();
    if (cell === "") continue;
    const fail = (message: string): TMappedRow => ({ ok: false, field: column.header, message });
    if (cell.includes("\u0000")) return fail("contains a NUL character");
    switch (column.kind) {
      case "identifier": {
        const normalized = column.identity === "email" ? normalizeEmail(cell) : column.identity === "phone" ? normalizePhone(cell, row.defaultRegion) : cell.length > MAX_IDENTIFIER_LENGTH ? { ok: false as const, message: `must be at most ${MAX_IDENTIFIER_LENGTH} characters` } : { ok: true as const, value: cell };
        if (!normalized.ok) return fail(normalized.message);
        if (normalized.value === null) break;
        if (!identifiers.some((i) => identityKey(i.kind, i.value) === identityKey(column.identity, normalized.value as string))) identifiers.push({ kind: column.identity, value: normalized.value });
        // the profile keeps the normalised forms, as identify does: templates send to them
        if (column.identity === "email" || column.identity === "phone") setOwn(traits, column.identity, normalized.value);
        break;
      }
      case "consent": {
        const read = readConsentCell(cell);
        if (!read.ok) return fail(read.message);
        if (read.status) consent[column.channel] = read.status;
        break;
      }
      case "timezone": {
        const zone = normalizeTimezone(cell);
        if (!zone.ok) return fail(zone.message);
        timezone = zone.value;
        break;
      }
      case "locale": {
        const read = normalizeLocale(cell);
        if (!read.ok) return fail(read.message);
        locale = read.value;
        break;
      }
      case "trait":
        setPath(traits, column.path, readTraitValue(cell));
        break;
    }
  }
  if (identifiers.length === 0) return { ok: false, field: null, message: "has no identifier: fill at least one of the identifier columns" };

  const context: Record<string, unknown> = { ...row.context };
  if (timezone) context.timezone = timezone;
  if (locale) context.locale = locale;
  const device = identifiers.find((i) => i.kind === "deviceId");
  if (device) context.device = { id: device.value };
  return {
    ok: true,
    event: {
      type: "identify",
      messageId: row.messageId,
      name: "",
      properties: Object.keys(consent).length > 0 ? { ...traits, consent } : { ...traits },
      context,
      timestamp: row.at,
      receivedAt: row.at,
      identifiers,
      previousId: null,
      traits,
      consent,
      timezone,
      locale,
    },
  };
}
