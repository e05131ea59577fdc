import type { TIdentityKind } from "./incoming-event";
import type { TProfileSummary } from "./profile-schemas";

const asRecord = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** A stored profile with its identities, as the API shows it. */
export function toProfileSummary(row: {
  id: string;
  traits: unknown;
  timezone: string | null;
  locale: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
  createdAt: Date;
  identities: { kind: string; value: string; createdAt: Date }[];
}): TProfileSummary {
  return {
    id: row.id,
    traits: asRecord(row.traits),
    timezone: row.timezone,
    locale: row.locale,
    firstSeenAt: row.firstSeenAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    identities: row.identities.map((i) => ({ kind: i.kind as TIdentityKind, value: i.value, createdAt: i.createdAt.toISOString() })),
  };
}
