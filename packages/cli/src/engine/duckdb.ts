// The DuckDB engine for the returns measures (`kpikit compute --engine duckdb`): an SqlConnection over
// @duckdb/node-api, an optional dependency loaded only when asked for. The SQL and its driving live in csc
// (computeReturnsMeasuresSql); this file only opens the database.
import type { SqlCell, SqlConnection } from "@kpikit/csc";

/** An in-memory DuckDB database to run the measures' SQL in; `close` frees it. */
export type DuckDbConnection = SqlConnection & { readonly close: () => void };

/**
 * Opens an in-memory DuckDB database, or gives the reason it cannot (the optional binding is not installed
 * or does not load on this platform), for a usage message.
 */
export async function openDuckDb(): Promise<DuckDbConnection | { readonly unavailable: string }> {
  let duck: typeof import("@duckdb/node-api");
  try {
    duck = await import("@duckdb/node-api");
  } catch {
    return {
      unavailable:
        "--engine duckdb needs the optional package @duckdb/node-api, which is not installed or does not load here; install it (npm i @duckdb/node-api) or use the default engine",
    };
  }
  const instance = await duck.DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  return {
    run: async (sql: string) => {
      await db.run(sql);
    },
    append: async (table: string, rows: readonly (readonly SqlCell[])[]) => {
      const appender = await db.createAppender(table);
      for (const row of rows) {
        for (const v of row) {
          if (v === null) appender.appendNull();
          else if (typeof v === "boolean") appender.appendBoolean(v);
          else if (typeof v === "number") {
            if (Number.isInteger(v)) appender.appendInteger(v);
            else appender.appendDouble(v);
          } else appender.appendVarchar(v);
        }
        appender.endRow();
      }
      appender.flushSync();
      appender.closeSync();
    },
    rows: async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJS(),
    close: () => {
      db.closeSync();
      instance.closeSync();
    },
  };
}
