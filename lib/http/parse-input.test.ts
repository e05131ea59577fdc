import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { readJsonBody } from "./parse-input";

const post = (body: BodyInit) => new Request("http://localhost/api/v1/x", { method: "POST", body, duplex: "half" } as RequestInit);

describe("readJsonBody", () => {
  it("reads JSON, and an empty body as {}", async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ a: 1 });
    expect(await readJsonBody(post("  "))).toEqual({});
  });

  it("answers malformed JSON as invalid input naming the body", async () => {
    await expect(readJsonBody(post("{"))).rejects.toMatchObject({ kind: "invalid", path: "body" });
  });

  it("answers a body the client stopped sending as invalid input, not a server error", async () => {
    const aborted = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"definition":'));
        controller.error(new Error("aborted"));
      },
    });
    const error = await readJsonBody(post(aborted)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: "invalid", path: "body" });
  });
});
