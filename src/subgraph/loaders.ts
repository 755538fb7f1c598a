// DataLoader factories shared by every subgraph's loaders. Each batch is one SQL query, and
// results come back in key order as DataLoader requires.
import DataLoader from "dataloader";

/** One row per key (an entity by its id); missing keys give null. */
export function loaderByKey<K, V>(fetch: (keys: K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader(async (keys) => {
    const rows = new Map((await fetch([...keys])).map((row) => [keyOf(row), row]));
    return keys.map((key) => rows.get(key) ?? null);
  });
}

/** Many rows per key (a relation, e.g. an organisation's aliases); rows keep the fetch order. */
export function loaderOfMany<K, V>(fetch: (keys: K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const row of await fetch([...keys])) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Loads the related entity of each row, skipping rows whose link is empty or dangling. */
export async function loadLinked<V>(loader: DataLoader<string, V | null>, ids: (string | null)[]): Promise<V[]> {
  const present = ids.filter((id): id is string => id !== null);
  const rows = await loader.loadMany(present);
  return rows.filter((row): row is V => row !== null && !(row instanceof Error));
}
