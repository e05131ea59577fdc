import type { Prisma } from "../../lib/db/generated/sqlite/client";

/** One generated analytics event, before it is given a workspace and a profile. */
export interface TSeedEvent {
  type: "track" | "page";
  name: string;
  properties: Prisma.InputJsonObject;
  context: Prisma.InputJsonObject;
  timestamp: Date;
}

/** How a person reaches the shop: the web, or the app on one device. */
export type TSeedChannel = { kind: "web" } | { kind: "app"; platform: "ios" | "android"; deviceId: string };

/** Spending summary of a person's history, copied into their traits. */
export interface TOrderSummary {
  ordersCount: number;
  lifetimeValue: number;
  firstOrderAt: Date | null;
  lastOrderAt: Date | null;
}
