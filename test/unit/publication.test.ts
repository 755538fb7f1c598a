// A measurement's publication from what the sender says and its indicator's threshold.
import { describe, expect, it } from "vitest";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { publicationOf } from "../../src/subgraphs/outcomes/dataset.ts";

const five = new Prisma.Decimal("5");

describe("publicationOf", () => {
  it("withholds a value under the threshold whatever the sender says, but keeps a draft a draft", () => {
    expect(publicationOf("3", null, five)).toBe("BELOW_PUBLICATION_LEVEL");
    expect(publicationOf("4.999999", "PUBLISHED", five)).toBe("BELOW_PUBLICATION_LEVEL");
    expect(publicationOf("3", "DRAFT", five)).toBe("DRAFT");
  });

  it("publishes a value at or over the threshold, or without one, unless the sender says otherwise", () => {
    expect(publicationOf("5", null, five)).toBe("PUBLISHED");
    expect(publicationOf("3", null, undefined)).toBe("PUBLISHED");
    expect(publicationOf("3", "BELOW_PUBLICATION_LEVEL", undefined)).toBe("BELOW_PUBLICATION_LEVEL");
    expect(publicationOf("12", "DRAFT", undefined)).toBe("DRAFT");
  });
});
