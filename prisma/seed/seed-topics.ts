import type { TSeedDb } from "./seed-db";

/** Subscription topics the demo shop's preference centre offers. */
export const DEMO_TOPICS = [
  { name: "Product news", description: "New arrivals and restocks, about once a week.", defaultSubscribed: true },
  { name: "Offers & promotions", description: "Sales and discount codes. Only if you ask for them.", defaultSubscribed: false },
] as const;

/** The demo topics, so the preference centre and the message steps' topic picker have something to show. */
export async function seedTopics(tx: TSeedDb, workspaceId: string): Promise<number> {
  const { count } = await tx.topic.createMany({ data: DEMO_TOPICS.map((topic) => ({ workspaceId, ...topic })) });
  return count;
}
