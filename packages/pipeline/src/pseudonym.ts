import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/**
 * Keyed pseudonyms: HMAC-SHA256 of the national ID under a secret key. Without the key
 * nobody can go from an ID to its pseudonym (a plain hash of an 11-digit number can be
 * reversed by trying them all). The key is read, used and never written anywhere.
 */
export interface PseudonymKey {
  readonly bytes: Buffer;
  /** Where the key came from, for messages; never the key itself. */
  readonly origin: 'environment' | 'file' | 'demo';
}

export const KEY_ENV = 'SLT_PSEUDONYM_KEY';

/**
 * Used only for the synthetic demo register when no key is given, so that anyone can
 * regenerate the committed internal files byte for byte. It is public, so it protects
 * nothing: a real register is refused without a real key.
 */
const DEMO_KEY = 'slt-demo-key: synthetic data only, not a secret';

export function loadKey(options: { keyFile?: string; allowDemoKey: boolean }): PseudonymKey {
  if (options.keyFile) {
    if (!existsSync(options.keyFile)) throw new Error(`pseudonym key file not found: ${options.keyFile} (make one once, e.g. openssl rand -hex 32 > key.txt, and keep it)`);
    const bytes = readFileSync(options.keyFile);
    const trimmed = Buffer.from(bytes.toString('utf8').trim(), 'utf8');
    if (trimmed.length < 16) throw new Error(`pseudonym key in ${options.keyFile} is too short (at least 16 bytes)`);
    return { bytes: trimmed, origin: 'file' };
  }
  const fromEnv = process.env[KEY_ENV];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < 16) throw new Error(`${KEY_ENV} is too short (at least 16 characters)`);
    return { bytes: Buffer.from(fromEnv, 'utf8'), origin: 'environment' };
  }
  if (!options.allowDemoKey) {
    throw new Error(`no pseudonym key: set ${KEY_ENV} or pass --key-file <file> (a long random secret)`);
  }
  return demoKey();
}

export function demoKey(): PseudonymKey {
  return { bytes: Buffer.from(DEMO_KEY, 'utf8'), origin: 'demo' };
}

/**
 * 64 bits of the HMAC as 16 letters a-p (each hex digit 0-f written as a letter): unique
 * among any municipality's cases and short to read. No digits, so no pseudonym has a run of
 * 11 digits that a reader or a data-protection scanner could take for a national ID number.
 */
export function pseudonymOf(key: PseudonymKey, nationalId: string): string {
  return lettersOfHex(createHmac('sha256', key.bytes).update(nationalId, 'utf8').digest('hex').slice(0, 16));
}

/** Hex digits as the letters a-p (0 -> a, f -> p). */
export function lettersOfHex(hex: string): string {
  return hex.replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + parseInt(digit, 16)));
}
