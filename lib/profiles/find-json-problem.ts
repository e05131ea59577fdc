/** Deepest nesting accepted in an event: generous for analytics, and keeps every walker safe. */
export const MAX_JSON_DEPTH = 32;

export interface TJsonProblem {
  path: (string | number)[];
  message: string;
}

/**
 * The first thing in a parsed JSON value that cannot be stored: nesting deeper than maxDepth
 * (recursive serialisers would overflow the stack), a NUL character (\u0000) in a string or key,
 * which PostgreSQL rejects in text and jsonb, or an unpaired UTF-16 surrogate (`"\ud800"`), which
 * is not Unicode and which jsonb refuses. Iterative, so hostile input cannot overflow it.
 */
export function findJsonProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): TJsonProblem | null {
  // almost every event is fine: check without building paths, and walk again for the path only on a problem
  return isStorable(value, maxDepth) ? null : locateProblem(value, maxDepth);
}

function isStorable(value: unknown, maxDepth: number): boolean {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  while (values.length > 0) {
    const current = values.pop();
    const depth = depths.pop() as number;
    if (typeof current === "string") {
      if (stringProblem(current)) return false;
      continue;
    }
    if (typeof current !== "object" || current === null) continue;
    if (depth >= maxDepth) return false;
    if (Array.isArray(current)) {
      for (const item of current) {
        values.push(item);
        depths.push(depth + 1);
      }
      continue;
    }
    for (const key in current) {
      if (!Object.hasOwn(current, key)) continue;
      if (stringProblem(key)) return false;
      values.push((current as Record<string, unknown>)[key]);
      depths.push(depth + 1);
    }
  }
  return true;
}

function locateProblem(value: unknown, maxDepth: number): TJsonProblem | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value: current, path } = next;
    if (typeof current === "string") {
      const problem = stringProblem(current);
      if (problem) return { path, message: `contains ${problem}, which cannot be stored` };
      continue;
    }
    if (typeof current !== "object" || current === null) continue;
    if (path.length >= maxDepth) return { path, message: `nests deeper than ${maxDepth} levels` };
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: [...path, i] });
      continue;
    }
    const entries = Object.entries(current);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i] as [string, unknown];
      const problem = stringProblem(key);
      if (problem) return { path: [...path, key], message: `has ${problem} in its name, which cannot be stored` };
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return null;
}

function stringProblem(text: string): string | null {
  if (text.includes("\u0000")) return "a NUL character (\\u0000)";
  if (!text.isWellFormed()) return "an unpaired surrogate (not valid Unicode)";
  return null;
}
