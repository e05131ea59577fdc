"use client";

import { useMemo, useSyncExternalStore } from "react";

const subscribeNothing = () => () => {};

/**
 * The IANA time zones for a select, with `current` always among them. Zones come from the
 * browser; the server renders only UTC and the current one, so hydration matches.
 */
export function useTimeZones(current: string): string[] {
  const onClient = useSyncExternalStore(subscribeNothing, () => true, () => false);
  return useMemo(() => {
    const zones = onClient && typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    return [...new Set(["UTC", ...(current ? [current] : []), ...zones])];
  }, [onClient, current]);
}
