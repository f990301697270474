import { describe, expect, it } from 'vitest';
import { checkFormat, checkMutator, createRng, FORMAT_NAMES, jsonSerializer, string } from '../../../src/index.js';

const VALID: Record<string, string[]> = {
  email: ['a@b.co', 'first.last+tag@example.org'],
  uuid: ['123e4567-e89b-12d3-a456-426614174000'],
  'date-time': ['2024-02-29T23:59:60Z', '1999-12-31t00:00:00.123+05:30'],
  date: ['2024-02-29', '0000-01-01'],
  uri: ['https://example.com:8080/a/b?c=d#e', 'urn:isbn:123', 'mailto:x@y.z'],
  ipv4: ['0.0.0.0', '255.255.255.255', '192.168.1.10'],
  ipv6: ['::', '::1', '2001:db8::ff00:42:8329', '1:2:3:4:5:6:7:8', '::ffff:10.0.0.1'],
  hostname: ['a', 'example.com', 'xn--bcher-kva.example'],
};
const INVALID: Record<string, string[]> = {
  email: ['a@', '@b.c', 'a b@c.d', 'a@-b.c', 'a..b@c.d'],
  uuid: ['123e4567-e89b-12d3-a456-42661417400', 'g23e4567-e89b-12d3-a456-426614174000'],
  'date-time': ['2023-02-29T00:00:00Z', '2024-01-01T24:00:00Z', '2024-01-01 00:00:00Z', '2024-01-01T00:00:00'],
  date: ['2023-02-29', '2024-13-01', '2024-1-01', '2024-04-31'],
  uri: ['no scheme', '1http://x', 'http://a b', 'http://x/%zz'],
  ipv4: ['256.0.0.1', '01.2.3.4', '1.2.3', '1.2.3.4.5'],
  ipv6: [':::', '1::2::3', '1:2:3:4:5:6:7:8:9', '12345::', 'g::1'],
  hostname: ['', '-a.com', 'a-.com', 'a..b', 'a'.repeat(64)],
};

describe('string formats', () => {
  it('checkers accept valid and reject invalid examples', () => {
    for (const f of FORMAT_NAMES) {
      for (const s of VALID[f]!) expect(checkFormat(f, s), `${f}: ${s}`).toBe(true);
      for (const s of INVALID[f]!) expect(checkFormat(f, s), `${f}: ${s}`).toBe(false);
    }
    expect(checkFormat('nope', 'x')).toBe(false);
  });
  it('every format generates and mutates only valid values, with variety', () => {
    for (const f of FORMAT_NAMES) {
      const m = string({ format: f });
      const rng = createRng(7);
      const seen = new Set<string>();
      for (let i = 0; i < 300; i++) {
        const v = m.randomArbitrary(rng, 1000).value;
        const w = m.randomMutate(v, 1, rng, 1000).value;
        expect(checkFormat(f, v), `${f}: ${v}`).toBe(true);
        expect(checkFormat(f, w), `${f}: ${w}`).toBe(true);
        seen.add(v);
      }
      expect(seen.size, f).toBeGreaterThan(100);
    }
  });
  it('covers boundary cases (leap days, 255.255.255.255, ::)', () => {
    const rng = createRng(8);
    const [d, v4, v6m] = [string({ format: 'date' }), string({ format: 'ipv4' }), string({ format: 'ipv6' })];
    const dates = Array.from({ length: 600 }, () => d.randomArbitrary(rng, 1000).value);
    expect(dates.some((d) => d.endsWith('-02-29'))).toBe(true);
    const ips = Array.from({ length: 300 }, () => v4.randomArbitrary(rng, 1000).value);
    expect(ips).toContain('255.255.255.255');
    const v6 = Array.from({ length: 300 }, () => v6m.randomArbitrary(rng, 1000).value);
    expect(v6.some((s) => s.includes('::'))).toBe(true);
  });
  it('formats pass the laws (with length bounds too)', () => {
    for (const f of FORMAT_NAMES) {
      const m = string({ format: f });
      checkMutator(m, { runs: 30, maxComplexity: 600, serializer: jsonSerializer(m) });
    }
    checkMutator(string({ format: 'hostname', maxLength: 12 }), { runs: 50 });
  });
  it('rejects unknown formats and impossible lengths', () => {
    expect(() => string({ format: 'phone' })).toThrow(/'format'/);
    expect(() => string({ format: 'date', minLength: 11 })).toThrow(/'format'/);
  });
});
