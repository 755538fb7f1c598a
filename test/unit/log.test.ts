// The log line's shape and the request ids the hub accepts (docs/operations.md, "Logs").
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/log.ts";
import { requestIdOf } from "../../src/ops/requests.ts";

describe("logs", () => {
  it("are one JSON object a line: level, ISO time, the component's name and the message, no host or pid", () => {
    const lines: string[] = [];
    const log = createLogger({ level: "info", name: "gateway", destination: { write: (l: string) => void lines.push(l) } });
    log.debug("not at info");
    log.child({ requestId: "r-1" }).warn({ outcome: "ok" }, "request");
    expect(lines).toHaveLength(1);
    expect(lines[0].endsWith("\n")).toBe(true);
    const line = JSON.parse(lines[0]);
    expect(line).toEqual({ level: 40, time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), name: "gateway", requestId: "r-1", outcome: "ok", msg: "request" });
  });

  it("keep a caller's request id only when it is a sane token", () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const sane of ["abc", "req-42.a:b_c", "x".repeat(128), "4bf92f35-77b3-4da6-a3ce-929d0e0e4736"]) expect(requestIdOf(sane)).toBe(sane);
    for (const bad of [null, "", "x".repeat(129), "has space", "new\nline", '"quoted"', "<script>", "é"]) expect(requestIdOf(bad)).toMatch(uuid);
  });
});
