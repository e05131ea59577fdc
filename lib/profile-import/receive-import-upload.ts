import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { invalid } from "../errors";

/** Largest file an import takes. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type TUpload = { ok: true; file: string; bytes: number } | { ok: false; reason: "tooLarge"; limit: number };

/** Where uploads wait for their import (deleted when it ends). */
export function importDirectory(): string {
  return process.env.WAYMARK_IMPORT_DIR || path.join(tmpdir(), "waymark-imports");
}

class TooLarge extends Error {}

/**
 * Streams a request body (the raw CSV file) to a temporary file, never holding the file in
 * memory, and stops at `limit` bytes: a declared or actual size over it answers tooLarge and
 * leaves nothing behind. Form uploads and JSON are refused: the body must be the file itself.
 */
export async function receiveImportUpload(request: Request, limit = MAX_IMPORT_BYTES): Promise<TUpload> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded") || type.includes("json")) {
    throw invalid("content-type", `is ${type.split(";")[0]}: send the CSV file itself as the body with content-type text/csv`);
  }
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit) return { ok: false, reason: "tooLarge", limit };
  if (!request.body) throw invalid("body", "is empty: send the CSV file as the request body");

  await mkdir(importDirectory(), { recursive: true });
  const file = path.join(importDirectory(), `${randomUUID()}.csv`);
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(bytes > limit ? new TooLarge() : null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(request.body as unknown as NodeReadableStream), counter, createWriteStream(file));
  } catch (error) {
    await rm(file, { force: true });
    if (error instanceof TooLarge) return { ok: false, reason: "tooLarge", limit };
    // the client went away (or its stream broke) mid-upload: nothing was imported
    throw invalid("body", `the upload broke off after ${bytes} bytes: send the file again`);
  }
  return { ok: true, file, bytes };
}
