import { isValidTimeZone } from "../../journey/nodes/trigger/schedule-rules";

// Checking a zone builds an Intl formatter; profiles share few zones, so remember the answers.
const known = new Map<string, boolean>();

function valid(timeZone: string | null | undefined): timeZone is string {
  if (!timeZone) return false;
  let ok = known.get(timeZone);
  if (ok === undefined) {
    ok = isValidTimeZone(timeZone);
    if (known.size < 1000) known.set(timeZone, ok);
  }
  return ok;
}

/**
 * The zone a profile's local times are read in: its own when it is a known IANA zone, else the
 * workspace's, else UTC. A typo in a profile's zone must not stop its journey.
 */
export function resolveTimeZone(profileZone: string | null | undefined, workspaceZone: string | null | undefined): string {
  if (valid(profileZone)) return profileZone;
  if (valid(workspaceZone)) return workspaceZone;
  return "UTC";
}
