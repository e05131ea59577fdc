import type { TChannel } from "../../journey/channels";
import type { TStepContext } from "../types";

/**
 * Channels that need an address of the profile: the identity kind that holds one, the trait that
 * may hold it instead, and how a log names its absence. Other channels (in-app, webhook, ads
 * audiences, direct mail) are addressed by the profile itself or by the adapter.
 */
export const ADDRESSES: Partial<Record<TChannel, { identity: string; trait?: string; missing: string }>> = {
  email: { identity: "email", trait: "email", missing: "no email address" },
  sms: { identity: "phone", trait: "phone", missing: "no phone number" },
  push: { identity: "deviceId", missing: "no push device" },
};

/**
 * The profile's identifier of `kind`, else the string in trait `trait`: an identity (what
 * identity resolution verified and normalised) wins over a trait, so a trait set by an
 * update-profile step is the address only for a profile with no such identity.
 */
export function identityValue(context: Pick<TStepContext, "identities" | "profile">, kind: string, trait?: string): string | null {
  const found = context.identities.find((i) => i.kind === kind && i.value.trim() !== "")?.value;
  if (found !== undefined) return found;
  const fromTrait = trait === undefined ? undefined : context.profile.traits[trait];
  return typeof fromTrait === "string" && fromTrait.trim() !== "" ? fromTrait : null;
}

/**
 * Where a message on `channel` goes for this view of the profile (email, phone, device token);
 * null when the channel needs an address and none is on file, or needs none. The send check
 * (`checkAddress`) and the outbox row's recipient both come from here, read from the same
 * in-step state, so the address checked is the address used.
 */
export function resolveAddress(channel: TChannel, context: Pick<TStepContext, "identities" | "profile">): string | null {
  const need = ADDRESSES[channel];
  return need ? identityValue(context, need.identity, need.trait) : null;
}
