// Which secret signs each subgraph's requests (src/gateway/subgraph-secrets.ts): the built-ins'
// shared one, each partner's own from the variable its registry entry names, and for a partner
// without one (or a subgraph the registry does not know) a secret nobody holds.
import { describe, expect, it } from "vitest";
import type { Registry } from "../../federation/registry.ts";
import { subgraphSecrets } from "../../src/gateway/subgraph-secrets.ts";

const entry = (name: string, kind: "built-in" | "partner", secretEnv: string, organisationId = "coventry-city-council") => ({
  name, kind, secretEnv, organisationId, routingUrl: `http://127.0.0.1:4000/${name}`, contact: "a@example.org",
});
const registry: Registry = {
  dir: ".",
  subgraphs: [entry("partners", "built-in", "PLACEGRAPH_SUBGRAPH_SECRET"), entry("police", "partner", "POLICE_SECRET", "west-midlands-police"), entry("fire", "partner", "FIRE_SECRET", "west-midlands-fire-service")],
};
const builtIn = "b".repeat(32);
const police = "p".repeat(32);

describe("subgraphSecrets", () => {
  it("gives the built-ins their shared secret and each partner its own; a partner without one, or an unknown subgraph, a secret nobody holds", () => {
    const warnings: string[] = [];
    const secrets = subgraphSecrets(registry, builtIn, { POLICE_SECRET: police, PLACEGRAPH_SUBGRAPH_SECRET: "ignored-for-partners" }, { warn: (m) => warnings.push(m) });
    expect(secrets.bySubgraph.get("partners")).toBe(builtIn);
    expect(secrets.bySubgraph.get("police")).toBe(police);
    const fire = secrets.bySubgraph.get("fire")!;
    expect(fire).toHaveLength(43);
    expect([builtIn, police]).not.toContain(fire);
    expect([builtIn, police, fire]).not.toContain(secrets.others);
    expect(warnings).toEqual([
      `FIRE_SECRET (the signing secret of subgraph "fire" in the registry) is not set: the partner cannot check the hub's signature, so it refuses the hub's requests`,
    ]);
  });

  it("refuses a partner secret shorter than 32 characters or equal to the built-ins'", () => {
    const warn = () => {};
    expect(() => subgraphSecrets(registry, builtIn, { POLICE_SECRET: "short", FIRE_SECRET: "f".repeat(32) }, { warn })).toThrow(
      'POLICE_SECRET (the signing secret of subgraph "police" in the registry): must be at least 32 characters',
    );
    expect(() => subgraphSecrets(registry, builtIn, { POLICE_SECRET: builtIn, FIRE_SECRET: "f".repeat(32) }, { warn })).toThrow(
      'POLICE_SECRET (the signing secret of subgraph "police" in the registry): must differ from PLACEGRAPH_SUBGRAPH_SECRET, or the partner could sign requests the built-in subgraphs accept',
    );
  });
});
