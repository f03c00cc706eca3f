// An SqlConnection over DuckDB (@duckdb/node-api) for the tests: the SQL formulation of the measures
// (packages/csc/sql/*.sql) run over the same flattened tables the TypeScript engine reads.
import type { SqlCell, SqlConnection } from "../../src/index.js";

type Duck = typeof import("@duckdb/node-api");

/** The DuckDB binding, or the reason it cannot load (the tests then skip with that message). */
export async function loadDuckDb(): Promise<Duck | string> {
  try {
    return await import("@duckdb/node-api");
  } catch (error) {
    return `the optional DuckDB binding (@duckdb/node-api) did not load: ${String(error)}`;
  }
}

/** An in-memory DuckDB database as an SqlConnection, and how to close it. */
export async function duckConnection(duck: Duck): Promise<SqlConnection & { close(): void }> {
  const instance = await duck.DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  return {
    run: async (sql) => {
      await db.run(sql);
    },
    append: async (table, rows) => {
      const appender = await db.createAppender(table);
      for (const row of rows) {
        for (const v of row as readonly SqlCell[]) {
          if (v === null) appender.appendNull();
          else if (typeof v === "boolean") appender.appendBoolean(v);
          else if (typeof v === "number")
            Number.isInteger(v) ? appender.appendInteger(v) : appender.appendDouble(v);
          else appender.appendVarchar(v);
        }
        appender.endRow();
      }
      appender.flushSync();
      appender.closeSync();
    },
    rows: async (sql) => (await db.runAndReadAll(sql)).getRowObjectsJS(),
    close: () => {
      db.closeSync();
      instance.closeSync();
    },
  };
}
