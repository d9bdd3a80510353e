import { describe, expect, it } from 'vitest';
import { errorMessage } from '../i18n/error-message.ts';
import { sourceOption } from './options.ts';

describe('sourceOption', () => {
  it('takes a path, an http(s) URL, a blob: URL or a registered name', () => {
    for (const src of [' /data/indicators.parquet ', 'https://statistikk.example/data/x.parquet', 'blob:https://a.example/1f', 'indicators']) {
      expect(sourceOption(src, 'slt-trend')).toBe(src.trim());
    }
  });

  it('refuses another scheme with a message about the setting, not the network', () => {
    for (const src of ['javascript:alert(1)', 'data:application/octet-stream;base64,AAAA', 'FILE:///etc/passwd']) {
      let failure: unknown;
      try {
        sourceOption(src, 'slt-trend');
      } catch (error) {
        failure = error;
      }
      expect(errorMessage(failure, 'nb')).toBe('Ugyldig innstilling: «src» må være /data/x.parquet, https://….');
    }
  });
});
