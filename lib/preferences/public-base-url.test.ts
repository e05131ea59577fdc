import { describe, expect, it } from "vitest";
import { publicBaseUrl } from "./public-base-url";

const env = (vars: Record<string, string>) => ({ NODE_ENV: "test", ...vars }) as NodeJS.ProcessEnv;

describe("publicBaseUrl", () => {
  it("prefers WAYMARK_PUBLIC_URL, then the request's origin, then localhost:3000, without a trailing slash", () => {
    expect(publicBaseUrl(env({ WAYMARK_PUBLIC_URL: "https://mail.example.com/" }), "http://internal:3000")).toBe("https://mail.example.com");
    expect(publicBaseUrl(env({}), "https://app.example.com")).toBe("https://app.example.com");
    expect(publicBaseUrl(env({ WAYMARK_PUBLIC_URL: " " }))).toBe("http://localhost:3000");
  });
});
