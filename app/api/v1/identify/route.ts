import { ingestPreflight, ingestRoute } from "@/lib/profiles/ingest-route";

export const POST = ingestRoute("identify");
export const OPTIONS = ingestPreflight;
