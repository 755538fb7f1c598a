// The generated client under client/generated/ is what `npm run codegen` would write now (run it
// when this fails), and it has one typed document per named operation in schema/operations/.
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

async function freshlyGenerated(): Promise<Map<string, string>> {
  const { config } = await loadCodegenConfig({ configFilePath: join(root, "codegen.yml") });
  // `generate` is typed `any` (it also serves watch mode); without saving it returns the files.
  const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: root, silent: true }, false);
  return new Map(outputs.map((o) => [o.filename, o.content]));
}

const pascalCase = (kebab: string) => kebab.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

describe("generated client", () => {
  it("matches codegen.yml's output for schema/api.graphql and schema/operations (run `npm run codegen` when this fails)", async () => {
    const generated = await freshlyGenerated();
    expect([...generated.keys()].sort()).toEqual(["client/generated/operations.ts", "client/generated/schema.ts"]);
    const stale: string[] = [];
    for (const [file, content] of generated) {
      if ((await readFile(join(root, file), "utf8").catch(() => null)) !== content) stale.push(file);
    }
    expect(stale).toEqual([]);
  });

  it("exports a typed document for every operation file", async () => {
    const files = (await readdir(join(root, "schema/operations"))).filter((f) => f.endsWith(".graphql"));
    const expected = files.map((f) => `${pascalCase(f.replace(/\.graphql$/, ""))}Document`).sort();
    const source = await readFile(join(root, "client/generated/operations.ts"), "utf8");
    const exported = [...source.matchAll(/^export const (\w+Document) = /gm)].map((m) => m[1]).sort();
    expect(exported).toHaveLength(35);
    expect(exported).toEqual(expected);
  });
});
