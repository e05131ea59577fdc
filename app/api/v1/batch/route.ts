import { ingestPreflight, ingestRoute } from "@/lib/profiles/ingest-route";

export const POST = ingestRoute("batch");
export const OPTIONS = ingestPreflight;
