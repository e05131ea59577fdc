import { gunzipSync } from "node:zlib";

export type TBody = { ok: true; text: string } | { ok: false; reason: "tooLarge" | "badEncoding"; bytes: number };

/**
 * The request body as text, read no further than `maxBytes` (a client cannot make the server
 * buffer more than the limit). `Content-Encoding: gzip` is inflated, capped the same way.
 */
export async function readRequestBody(request: Request, maxBytes: number): Promise<TBody> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, reason: "tooLarge", bytes: declared };
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      total += read.value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: "tooLarge", bytes: total };
      }
      chunks.push(read.value);
    }
  }
  let bytes = Buffer.concat(chunks);
  if (/\bgzip\b/i.test(request.headers.get("content-encoding") ?? "")) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes });
    } catch (error) {
      const tooLarge = (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError;
      return { ok: false, reason: tooLarge ? "tooLarge" : "badEncoding", bytes: total };
    }
  }
  return { ok: true, text: bytes.toString("utf8") };
}
