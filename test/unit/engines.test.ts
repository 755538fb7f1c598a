// Every installed package accepts the Node versions the project supports, so that `npm ci` prints
// no EBADENGINE warning on Node 20, 22 or 24. When a dependency's new major drops Node 20, pin
// its last Node 20 line in package.json "overrides" (docs/development.md, "Dependencies").
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const manifest = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8"));
const lock = JSON.parse(readFileSync(resolve(root, "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string; engines?: { node?: string } }> };

/** The first release of each supported line that the dependencies allow, and the Node running the tests. */
const supported = ["20.19.0", "22.13.0", "24.0.0", process.versions.node];

describe("Node versions", () => {
  it("the project accepts Node 20.19 and later", () => {
    expect(manifest.engines).toEqual({ node: ">=20.19" });
    for (const version of supported) expect([version, semver.satisfies(version, manifest.engines.node)]).toEqual([version, true]);
  });

  it("every package in package-lock.json accepts Node 20.19, 22.13, 24 and the running Node", () => {
    const refused = Object.entries(lock.packages).flatMap(([path, p]) =>
      supported.filter((v) => p.engines?.node && !semver.satisfies(v, p.engines.node)).map((v) => `${path}@${p.version} wants node ${p.engines!.node}, not ${v}`),
    );
    expect(refused).toEqual([]);
  });
});
