/**
 * `name`, or `name (qualifier)` when a row of the same kind already has it: template and segment
 * names are unique per workspace, and two journeys may both bring a "Reminder email". Records the
 * returned name in `used`.
 */
export function claimUniqueName(name: string, used: Set<string>, qualifier: string): string {
  let candidate = used.has(name) ? `${name} (${qualifier})` : name;
  for (let n = 2; used.has(candidate); n++) candidate = `${name} (${qualifier} ${n})`;
  used.add(candidate);
  return candidate;
}
