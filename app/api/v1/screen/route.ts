import { ingestPreflight, ingestRoute } from "@/lib/profiles/ingest-route";

export const POST = ingestRoute("screen");
export const OPTIONS = ingestPreflight;
