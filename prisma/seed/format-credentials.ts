import { DEMO_PASSWORD, DEMO_USERS } from "./demo-credentials";

/** The sign-in block printed after a fresh seed, aligned so the addresses are easy to copy. */
export function formatCredentials(baseUrl = `http://localhost:${process.env.PORT ?? "3000"}`): string {
  const width = Math.max(...DEMO_USERS.map((user) => user.email.length));
  const lines = DEMO_USERS.map((user) => `  ${user.email.padEnd(width)}  / ${DEMO_PASSWORD}  (${user.role})`);
  return [`Demo workspace ready — sign in at ${baseUrl} with:`, ...lines].join("\n");
}
