import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectDelimiter, readCsvHeader } from "./read-csv-header";

async function fileWith(text: string | Buffer): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "waymark-header-")), "f.csv");
  await writeFile(file, text);
  return file;
}

describe("CSV header", () => {
  it("detects the separator the first line uses, ignoring quoted text", () => {
    expect(detectDelimiter("email,name,plan")).toBe(",");
    expect(detectDelimiter("email;name;plan")).toBe(";");
    expect(detectDelimiter("email\tname")).toBe("\t");
    expect(detectDelimiter('"a;b;c;d",email,plan')).toBe(",");
    expect(detectDelimiter("email")).toBe(",");
  });

  it("reads the header of a semicolon file with a byte-order mark and quoted names", async () => {
    expect(await readCsvHeader(await fileWith('\uFEFFemail;"first name";address.city\r\na@b.co;Ada;London\r\n'))).toEqual({ ok: true, header: ["email", "first name", "address.city"], delimiter: ";" });
  });

  it("refuses an empty file and a first line too long to be a header", async () => {
    expect(await readCsvHeader(await fileWith(""))).toMatchObject({ ok: false, message: expect.stringMatching(/^the file is empty/) });
    expect(await readCsvHeader(await fileWith(" \n\n"))).toMatchObject({ ok: false });
    expect(await readCsvHeader(await fileWith("x".repeat(70 * 1024)))).toMatchObject({ ok: false, message: expect.stringContaining("longer than 64 KB") });
  });
});
