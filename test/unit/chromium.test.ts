// The browser test finds the system's Chromium or fails saying how to install it (never apt).
import { describe, expect, it } from "vitest";
import { findChromium, installHint } from "../support/chromium.ts";

describe("finding Chromium for the browser test", () => {
  it("uses PLACEGRAPH_CHROMIUM when it names a file, and fails with the install command when it does not", () => {
    expect(findChromium({ PLACEGRAPH_CHROMIUM: process.execPath })).toBe(process.execPath);
    expect(() => findChromium({ PLACEGRAPH_CHROMIUM: "/nowhere/chromium" })).toThrow(
      "PLACEGRAPH_CHROMIUM=/nowhere/chromium: no such file; install it with `sudo apt-get install -y chromium` (Debian, Ubuntu; .ci/run does it), or set PLACEGRAPH_CHROMIUM to a Chromium or Chrome executable",
    );
    expect(installHint).toContain("sudo apt-get install -y chromium");
  });
});
