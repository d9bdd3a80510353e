import { mkdtempSync } from 'node:fs';
import { DEFAULT_CONFIG } from './src/config.ts';
import { anonymiseRegister } from './src/generate.ts';
import { generateRegister } from './src/generate-register.ts';
import { openDuckDB } from './src/parquet.ts';
import { silentProgress } from './src/progress.ts';
import { ReleaseCheckError } from './src/release-check.ts';
const r = generateRegister({ seed: Number(process.env.SEED), persons: Number(process.env.PERSONS) });
const c = await openDuckDB();
const dir = mkdtempSync('/tmp/turn-');
const key = { bytes: Buffer.from('a test key, long enough to be accepted'), origin: 'environment' } as const;
await anonymiseRegister(c, r, { config: DEFAULT_CONFIG, dataDir: dir, progress: silentProgress, key, synthetic: false, previous: null, through: 2024 });
try { await anonymiseRegister(c, r, { config: DEFAULT_CONFIG, dataDir: dir, progress: silentProgress, key, synthetic: false, through: 2025 }); console.log('passed'); }
catch (e) { if (e instanceof ReleaseCheckError) { const t = new Map(); for (const p of e.problems) t.set(p.file+' '+p.kind, (t.get(p.file+' '+p.kind) ?? 0) + 1); console.log([...t]); } else throw e; }
