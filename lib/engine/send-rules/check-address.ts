import type { TChannel } from "../../journey/channels";
import type { TStepContext } from "../types";
import type { TSendCheck } from "./check-consent";

/**
 * Channels that need an address of the profile: the identity kinds that hold one, the trait that
 * may hold it instead, and how a log names its absence. Other channels (in-app, webhook, ads
 * audiences, direct mail) are addressed by the profile itself or by the adapter.
 */
const ADDRESSES: Partial<Record<TChannel, { identity: string; trait?: string; missing: string }>> = {
  email: { identity: "email", trait: "email", missing: "no email address" },
  sms: { identity: "phone", trait: "phone", missing: "no phone number" },
  push: { identity: "deviceId", missing: "no push device" },
};

/** Can the profile be reached on `channel` at all? A cascade moves on to the next channel if not. */
export function checkAddress(channel: TChannel, context: Pick<TStepContext, "identities" | "profile">): TSendCheck {
  const need = ADDRESSES[channel];
  if (!need) return { ok: true };
  if (context.identities.some((identity) => identity.kind === need.identity && identity.value.trim() !== "")) return { ok: true };
  const trait = need.trait === undefined ? undefined : context.profile.traits[need.trait];
  if (typeof trait === "string" && trait.trim() !== "") return { ok: true };
  return { ok: false, reason: need.missing };
}
