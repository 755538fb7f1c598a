// One document object per distinct operation after the auth check. Generic auth rewrites every
// request's document (it removes refused fields, and builds a new document even when it removes
// none), and the query planner, demand control and the subgraph executors cache their work per
// document object: with a new object each time, every request was planned again. Interning the
// checked document by its text gives the same object to every request that asks the same thing
// with the same outcome of the check, so those caches hit.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { type DocumentNode, print } from "graphql";
import { LRUCache } from "lru-cache";

/** Interned documents by their printed text; the least recently used go first. */
export function documentInterner(max = 1000): (document: DocumentNode) => DocumentNode {
  const byText = new LRUCache<string, DocumentNode>({ max });
  return (document) => {
    const text = print(document);
    const known = byText.get(text);
    if (known) return known;
    byText.set(text, document);
    return document;
  };
}

/** Put after generic auth (whose check runs in onExecute, before the plugins configured after it). */
export function useStableDocuments(max?: number): GatewayPlugin {
  const intern = documentInterner(max);
  return {
    onExecute({ args }) {
      args.document = intern(args.document);
    },
  };
}
