import { createReadStream } from "node:fs";
import { parse, type CsvError, type Info } from "csv-parse";
import type { JobReporter, TJobRowError } from "../jobs/job-reporter";
import type { TIncomingEvent } from "../profiles/incoming-event";
import { mapImportRow } from "./map-import-row";
import type { TImportColumn } from "./plan-import-columns";
import { writeImportChunk } from "./write-import-chunk";

/** Rows per write: one transaction each, small enough to keep the writer lock short. */
export const ROWS_PER_CHUNK = 500;
/**
 * A record longer than this is refused (an unclosed quote swallowing the file): it bounds the
 * memory one row can take. csv-parse cannot find the next row after one, so the file ends there.
 */
const MAX_RECORD_CHARS = 8 * 1024 * 1024;

export interface TImportInput {
  workspaceId: string;
  jobId: string;
  file: string;
  /** the file's size: the progress total */
  bytes: number;
  fileName: string;
  delimiter: string;
  columns: readonly TImportColumn[];
  defaultRegion: string;
  /** when the import observed its rows: the time of every trait and consent it sets */
  at: Date;
}

/** What an import did, as the job stores it. */
export interface TImportResult {
  /** data rows in the file */
  rows: number;
  /** rows stored as identify events (repeats of an earlier run of the same job excluded) */
  imported: number;
  /** new profiles */
  created: number;
  /** existing profiles the rows landed on */
  updated: number;
  /** profiles merged into others because a row linked them */
  merged: number;
  /** rows refused (listed in the error report) */
  skipped: number;
}

const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "a quoted value is never closed: the file ends inside it",
  CSV_INVALID_CLOSING_QUOTE: "a quote is followed by text: inside a quoted value write a quote as two quotes (\"\")",
  CSV_MAX_RECORD_SIZE: `the row is longer than ${MAX_RECORD_CHARS / 1024 / 1024} MB (an unclosed quote?); the rest of the file could not be read`,
};

const count = (cells: readonly string[], pattern: RegExp) => cells.reduce((n, cell) => n + (cell.match(pattern)?.length ?? 0), 0);

/**
 * Line numbers people see in an editor. csv-parse reports the line a record ends on, and counts
 * a CRLF inside a quoted value as two lines; this keeps the correction and gives the line each
 * record starts on.
 */
class LineCounter {
  private overcount = 0;

  /** The line the record starts on. */
  start(info: Info, cells: readonly string[]): number {
    this.overcount += count(cells, /\r\n/g);
    return info.lines - this.overcount - count(cells, /\n/g);
  }

  /** A line csv-parse reported (a skipped record's), corrected. */
  correct(line: number): number {
    return line - this.overcount;
  }
}

/**
 * The work of a profile import job: streams the uploaded file through csv-parse (never whole in
 * memory; bytes read are the progress, in KB), maps every row to the identify call it stands
 * for, and writes them ROWS_PER_CHUNK at a time through the ingestion path. Each row's event has
 * the messageId `import:<jobId>:<line>`, so a chunk written twice is stored once. A row that
 * cannot be read or mapped is skipped and reported with its line number, column and reason (never
 * the cell's value); the rest are kept.
 */
export async function importProfilesCsv(input: TImportInput, reporter: JobReporter): Promise<TImportResult> {
  const result: TImportResult = { rows: 0, imported: 0, created: 0, updated: 0, merged: 0, skipped: 0 };
  const touched = new Set<string>();
  const created = new Set<string>();
  let events: TIncomingEvent[] = [];
  let failures: TJobRowError[] = [];
  let reportedKb = 0;

  const parser = createReadStream(input.file).pipe(
    // relax_quotes: a stray quote inside a value (`5" screen`, `"a"b`) is kept as text, as
    // spreadsheets read it, rather than derailing the parser for the rows after it
    parse({ delimiter: input.delimiter, bom: true, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, skip_records_with_error: true, max_record_size: MAX_RECORD_CHARS }),
  );
  const lines = new LineCounter();
  let lastSkip = "";
  parser.on("skip", (error: CsvError) => {
    const row = typeof error.lines === "number" ? lines.correct(error.lines) : 0;
    // an oversized record is reported once per chunk read: one row, one report
    if (`${row}:${error.code}` === lastSkip) return;
    lastSkip = `${row}:${error.code}`;
    result.rows++;
    // csv-parse's own messages may quote the row's text: a code we have no words for is named, not quoted
    failures.push({ row, field: null, message: CSV_ERRORS[error.code] ?? `the row could not be read as CSV (${error.code})` });
  });

  const flush = async (bytes: number) => {
    // take the pending rows first: the parser may report skipped records while this awaits
    const [chunk, failed] = [events, failures];
    events = [];
    failures = [];
    const outcome = await writeImportChunk(input.workspaceId, chunk, input.at);
    result.imported += outcome.stored;
    result.merged += outcome.merged;
    for (const profileId of outcome.profileOf.values()) if (profileId) touched.add(profileId);
    // every created profile was touched too: one this import created and a later row updated counts as created only
    for (const profileId of outcome.created) created.add(profileId);
    result.created = created.size;
    result.updated = touched.size - created.size;
    result.skipped += failed.length;
    await reporter.fail(failed);
    const kb = bytes >= input.bytes ? Math.ceil(input.bytes / 1024) : Math.floor(bytes / 1024);
    await reporter.advance(kb - reportedKb);
    reportedKb = kb;
    await reporter.saveResult({ ...result });
  };

  let bytes = 0;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
    bytes = info.bytes;
    const line = lines.start(info, record);
    if (info.records === 1) continue; // the header, checked before the job started
    result.rows++;
    const mapped = mapImportRow(record, input.columns, {
      defaultRegion: input.defaultRegion,
      messageId: `import:${input.jobId}:${line}`,
      at: input.at,
      context: { library: { name: "waymark-import", version: "1" }, import: { jobId: input.jobId, fileName: input.fileName, line } },
    });
    if (mapped.ok) events.push(mapped.event);
    else failures.push({ row: line, field: mapped.field, message: mapped.message });
    if (events.length >= ROWS_PER_CHUNK || failures.length >= ROWS_PER_CHUNK) await flush(bytes);
  }
  await flush(input.bytes);
  return result;
}
