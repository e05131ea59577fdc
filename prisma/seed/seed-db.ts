import type { Prisma } from "../../lib/db/generated/sqlite/client";

/** What the seed steps write through: the client inside the seed's one transaction. */
export type TSeedDb = Prisma.TransactionClient;
