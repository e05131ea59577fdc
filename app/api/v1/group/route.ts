import { ingestPreflight, ingestRoute } from "@/lib/profiles/ingest-route";

export const POST = ingestRoute("group");
export const OPTIONS = ingestPreflight;
