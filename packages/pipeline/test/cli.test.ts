import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config.ts';
import { openDuckDB } from '../src/parquet.ts';
import { writeScaledEvents } from '../src/scale.ts';
import { connect, query, sqlString } from './helpers.ts';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
const TSX = join(PACKAGE, 'node_modules/.bin/tsx');
const CLI = join(PACKAGE, 'src/cli.ts');
const out = mkdtempSync(join(tmpdir(), 'slt-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function cli(...args: string[]) {
  const env = { ...process.env };
  delete env.SLT_PSEUDONYM_KEY;
  const result = spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the command line', () => {
  it('prints help', () => {
    const { status, stdout } = cli('--help');
    expect(status).toBe(0);
    for (const command of ['generate', 'anonymise', 'import-jsonstat', 'scale']) expect(stdout).toContain(command);
  });

  it('fails clearly on an unknown command or option', () => {
    expect(cli('frobnicate')).toMatchObject({ status: 2, stderr: expect.stringContaining('unknown command: frobnicate') });
    expect(cli('generate', '--k', '1')).toMatchObject({ status: 2, stderr: expect.stringContaining('invalid --k: 1') });
    expect(cli('generate', '--colour')).toMatchObject({ status: 2, stderr: expect.stringContaining('--colour') });
    expect(cli('import-jsonstat', 'only-one.json')).toMatchObject({ status: 2, stderr: expect.stringContaining('<in.json> <out.parquet>') });
  });

  it('refuses to anonymise a real register without a key, or into the repository', () => {
    const result = cli('anonymise', '--register', out, '--data-dir', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no pseudonym key');
    expect(cli('anonymise', '--register', out)).toMatchObject({ status: 2, stderr: expect.stringContaining('needs --data-dir') });
    expect(cli('anonymise', '--register', out, '--data-dir', join(PACKAGE, 'out'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('inside the repository'),
    });
    // A folder without a release: the check against the one before must be named, or waived.
    writeFileSync(join(out, 'key.txt'), 'a test key, long enough to be accepted by the tool');
    expect(cli('anonymise', '--register', out, '--key-file', join(out, 'key.txt'), '--data-dir', join(out, 'new-folder'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('name the one published before with --previous <dir>, or say --first-release'),
    });
    expect(cli('anonymise', '--register', out, '--first-release', '--previous', out)).toMatchObject({ status: 2, stderr: expect.stringContaining('exclude each other') });
    expect(cli('anonymise', '--register', out, '--data-dir', join(out, 'new-folder'), '--quiet-since', '15.09.2025')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('invalid --quiet-since: 15.09.2025 (a date as YYYY-MM-DD)'),
    });
    expect(cli('anonymise', '--register', out, '--first-release', '--revise-closed-years')).toMatchObject({ status: 2, stderr: expect.stringContaining('--first-release says there is none') });
    // A first release over a release: readers keep its files, and would read every revision.
    mkdirSync(join(out, 'released'));
    writeFileSync(join(out, 'released', 'disclosure-report.json'), '{}');
    expect(cli('anonymise', '--register', out, '--key-file', join(out, 'key.txt'), '--data-dir', join(out, 'released'), '--first-release')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('holds a release (disclosure-report.json), and --first-release says nothing of this register was published before'),
    });
  });

  it('imports JSON-stat and explains broken input', () => {
    const ok = cli('import-jsonstat', join(PACKAGE, 'test/fixtures/jsonstat/sparse-object.json'), join(out, 'a.parquet'));
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain('8 rows');
    writeFileSync(join(out, 'bad.json'), JSON.stringify({ version: '2.0', class: 'dataset', id: ['a'], size: [2] }));
    const bad = cli('import-jsonstat', join(out, 'bad.json'), join(out, 'b.parquet'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('invalid JSON-stat: "dimension" must be an object');
  });
});

describe('scale', () => {
  it('writes the same benchmark rows from the same seed', async () => {
    const [a, b] = [join(out, 'a.parquet'), join(out, 'b.parquet')];
    await writeScaledEvents(await openDuckDB(), a, 20_000, DEFAULT_CONFIG);
    await writeScaledEvents(await openDuckDB(), b, 20_000, DEFAULT_CONFIG);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const db = await connect();
    const [summary] = await query<{ n: bigint; events: bigint; zones: bigint }>(
      db,
      `SELECT count(*) AS n, count(DISTINCT event) AS events,
              count(DISTINCT category) FILTER (WHERE event = 'meeting') AS zones
       FROM read_parquet(${sqlString(a)})`,
    );
    expect(summary).toEqual({ n: 20_000n, events: 4n, zones: 4n });
  });
});
