// Prisma CLI configuration: the schema is a folder of files, one per subgraph.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
});
