// No real personal data in the published schema: no description (GraphQL SDL as published, or
// the Prisma schema it comes from) quotes a telephone number or email address the papers print
// for an officer. The values are taken from the curated dataset's contact details.
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { curatedDatasetDir } from "../../src/dataset/curated.ts";
import { schemaDir as prismaSchemaDir } from "../../src/db/migrations.ts";

const root = resolve(import.meta.dirname, "../..");

async function contactValues(): Promise<string[]> {
  const values: string[] = [];
  for (const file of (await readdir(curatedDatasetDir)).filter((f) => f.endsWith(".json"))) {
    const dataset = JSON.parse(await readFile(join(curatedDatasetDir, file), "utf8")) as { contactDetails?: { value: string }[] };
    values.push(...(dataset.contactDetails ?? []).map((c) => c.value));
  }
  return values;
}

async function schemaTexts(): Promise<[string, string][]> {
  const dirs = [join(root, "schema"), prismaSchemaDir, join(root, "client/generated")];
  const texts: [string, string][] = [];
  for (const dir of dirs) {
    for (const file of await readdir(dir)) {
      if (/\.(graphql|prisma|ts)$/.test(file)) texts.push([join(dir, file), await readFile(join(dir, file), "utf8")]);
    }
  }
  return texts;
}

it("no schema description quotes a contact detail from the papers", async () => {
  const values = await contactValues();
  expect(values.length).toBeGreaterThan(0);
  const found = (await schemaTexts()).flatMap(([file, text]) =>
    values.filter((v) => text.toLowerCase().includes(v.toLowerCase())).map((v) => `${file}: ${v}`),
  );
  expect(found).toEqual([]);
});
