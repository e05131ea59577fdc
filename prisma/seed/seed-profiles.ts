import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/db/generated/sqlite/client";
import type { TSeedPerson } from "./generate-person";
import { insertRows } from "./insert-rows";
import type { TSeedDb } from "./seed-db";

export interface TSeededProfiles {
  /** profile id of each person, in the same order as the people */
  profileIds: string[];
  profiles: number;
  identities: number;
  consents: number;
}

/**
 * Writes the people as profiles with their identities and consent rows. Ids are made here, not
 * read back, so identities, consents and events can point at profiles without a round trip.
 */
export async function seedProfiles(tx: TSeedDb, workspaceId: string, people: readonly TSeedPerson[]): Promise<TSeededProfiles> {
  const profileIds = people.map(() => randomUUID());
  const idOf = (i: number): string => profileIds[i] ?? "";

  const profileRows = people.map((person, i): Prisma.ProfileCreateManyInput => ({
    id: idOf(i),
    workspaceId,
    traits: person.traits,
    traitTimestamps: person.traitTimestamps,
    timezone: person.timezone,
    locale: person.locale,
    firstSeenAt: person.firstSeenAt,
    lastSeenAt: person.lastSeenAt,
    createdAt: person.firstSeenAt,
    updatedAt: person.lastSeenAt,
  }));
  const identityRows = people.flatMap((person, i) =>
    person.identities.map((identity): Prisma.IdentityCreateManyInput => ({
      id: randomUUID(), workspaceId, profileId: idOf(i), kind: identity.kind, value: identity.value, createdAt: person.firstSeenAt,
    })),
  );
  const consentRows = people.flatMap((person, i) =>
    person.consents.map((consent): Prisma.ConsentCreateManyInput => ({
      id: randomUUID(), workspaceId, profileId: idOf(i), channel: consent.channel, status: consent.status, source: consent.source, updatedAt: consent.updatedAt,
    })),
  );
  return {
    profileIds,
    profiles: await insertRows(tx, "Profile", profileRows),
    identities: await insertRows(tx, "Identity", identityRows),
    consents: await insertRows(tx, "Consent", consentRows),
  };
}
