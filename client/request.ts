// A minimal typed GraphQL client over fetch: each generated document carries its result and
// variables types, so `request(PartnerFundingByYearDocument, { organisationId })` is checked by
// the TypeScript compiler against the published schema. No cache, no framework: partner systems
// and scripts ask a question and read the answer.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { type GraphQLFormattedError, print } from "graphql";

/** The hub answered with errors (a bad variable, an unknown id...) or not with GraphQL at all. */
export class PlacegraphRequestError extends Error {
  override name = "PlacegraphRequestError";
  constructor(
    message: string,
    readonly status: number,
    readonly errors: readonly GraphQLFormattedError[] = [],
  ) {
    super(message);
  }
}

export interface PlacegraphClientOptions {
  /** The hub's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Sent with every request, e.g. `{ authorization: "Bearer ..." }` for the admin mutations. */
  headers?: Record<string, string>;
}

export interface PlacegraphClient {
  request<Result, Variables extends Record<string, unknown>>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result>;
}

interface GraphQLAnswer<Result> {
  data?: Result | null;
  errors?: GraphQLFormattedError[];
}

export function createPlacegraphClient({ url, headers = {} }: PlacegraphClientOptions): PlacegraphClient {
  // Printing a document walks its whole tree; operations are asked repeatedly, so print once.
  const printed = new WeakMap<object, string>();
  const text = (document: TypedDocumentNode<any, any>) => {
    let query = printed.get(document);
    if (query === undefined) printed.set(document, (query = print(document)));
    return query;
  };

  async function request<Result, Variables extends Record<string, unknown>>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
    const response = await fetch(url, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query: text(document), variables }),
    });
    const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<Result>;
    // Partial data with errors is refused as a whole: a report built on half an answer would
    // silently leave figures out.
    if (answer.errors?.length) throw new PlacegraphRequestError(answer.errors.map((e) => e.message).join("; "), response.status, answer.errors);
    if (!response.ok || !answer.data) throw new PlacegraphRequestError(`The hub answered HTTP ${response.status} without data`, response.status);
    return answer.data;
  }

  return { request };
}
