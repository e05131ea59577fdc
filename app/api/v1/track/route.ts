import { ingestPreflight, ingestRoute } from "@/lib/profiles/ingest-route";

export const POST = ingestRoute("track");
export const OPTIONS = ingestPreflight;
