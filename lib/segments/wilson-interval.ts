import { probit } from "simple-statistics";

/**
 * The Wilson score interval for a proportion: `successes` of `n` sampled, at `confidence`
 * (two-sided). Unlike the normal approximation it stays inside [0, 1] and behaves at 0 and n.
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): { low: number; high: number } {
  if (n <= 0) return { low: 0, high: 1 };
  const z = probit(1 - (1 - confidence) / 2);
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
