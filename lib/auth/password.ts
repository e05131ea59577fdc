import bcrypt from "bcryptjs";

// Cost 10 keeps sign-in near 60 ms on a small server core while staying well above
// brute-force comfort; the seed uses it for its three demo users only.
const COST = 10;

/** One-way hash for storing a password. */
export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

/** Constant-time check of a password against its stored hash. */
export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
