/** `npm run bench`: throughput figures measured side by side, reported as ratios. */
console.log("No benchmarks yet: the ingestion benchmark arrives with Segment-compatible ingestion (issue 4).");
