import type { TChannel } from "../../journey/channels";
import type { TStepContext } from "../types";
import type { TSendCheck } from "./check-consent";
import { ADDRESSES, resolveAddress } from "./resolve-address";

/** Can the profile be reached on `channel` at all? A cascade moves on to the next channel if not. */
export function checkAddress(channel: TChannel, context: Pick<TStepContext, "identities" | "profile">): TSendCheck {
  const need = ADDRESSES[channel];
  if (!need || resolveAddress(channel, context) !== null) return { ok: true };
  return { ok: false, reason: need.missing };
}
