import type { PseudonymKey } from '../src/pseudonym.ts';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export async function connect(): Promise<DuckDBConnection> {
  return (await DuckDBInstance.create(':memory:')).connect();
}

export async function query<T = Record<string, unknown>>(connection: DuckDBConnection, sql: string): Promise<T[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS() as T[];
}

export const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A pseudonym key for tests that anonymise a register (never a real key). */
export const TEST_KEY: PseudonymKey = { bytes: Buffer.from('a test key, long enough to be accepted'), origin: 'environment' };
