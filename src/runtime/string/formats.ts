/**
 * String formats (JSON Schema / typia names): email, uuid, date-time, date, uri, ipv4, ipv6,
 * hostname. Each is a Language: a generator of valid values (with boundary cases such as leap
 * days, 255.255.255.255, `::`) and a checker that `validateValue` uses.
 */
import type { Language } from './regex/regex.js';
import type { Rng } from '../core/rng.js';

const HEX = '0123456789abcdef';
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const LOCAL = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-";

function chars(rng: Rng, alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[rng.below(alphabet.length)];
  return s;
}
const pad = (n: number, w: number): string => String(n).padStart(w, '0');

function daysIn(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function genDate(rng: Rng): string {
  const r = rng.below(8);
  const y = r === 0 ? rng.pick([0, 1970, 2000, 2038, 9999, 1900]) : r < 5 ? rng.int(1970, 2040) : rng.int(0, 9999);
  const m = r === 1 ? 2 : rng.int(1, 12);
  const d = r === 1 || rng.below(4) === 0 ? daysIn(y, m) : rng.int(1, daysIn(y, m));
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (m === null) return false;
  const mo = Number(m[2]);
  return mo >= 1 && mo <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= daysIn(Number(m[1]), mo);
}

const DT_RE = /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;
function genDateTime(rng: Rng): string {
  const t = `${pad(rng.int(0, 23), 2)}:${pad(rng.int(0, 59), 2)}:${pad(rng.int(0, 59), 2)}`;
  const frac = rng.below(3) === 0 ? `.${chars(rng, '0123456789', rng.int(1, 6))}` : '';
  const z = rng.bool() ? 'Z' : `${rng.bool() ? '+' : '-'}${pad(rng.int(0, 23), 2)}:${rng.pick(['00', '30', '45'])}`;
  return `${genDate(rng)}T${t}${frac}${z}`;
}
function isDateTime(s: string): boolean {
  const m = DT_RE.exec(s);
  return m !== null && isDate(m[1]!) && Number(m[2]) <= 23 && Number(m[3]) <= 59 && Number(m[4]) <= 60 && (m[7] === undefined || (Number(m[8]) <= 23 && Number(m[9]) <= 59));
}

function genUuid(rng: Rng): string {
  if (rng.below(16) === 0) return rng.pick(['00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff']);
  const h = chars(rng, HEX, 32);
  const s = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[rng.below(4)]}${h.slice(17, 20)}-${h.slice(20)}`;
  return rng.below(8) === 0 ? s.toUpperCase() : s;
}
const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const OCTET = rngOctet;
function rngOctet(rng: Rng): number {
  return rng.below(4) === 0 ? rng.pick([0, 1, 127, 255]) : rng.int(0, 255);
}
function genIpv4(rng: Rng): string {
  if (rng.below(8) === 0) return rng.pick(['0.0.0.0', '127.0.0.1', '255.255.255.255', '10.0.0.1']);
  return `${OCTET(rng)}.${OCTET(rng)}.${OCTET(rng)}.${OCTET(rng)}`;
}
const IPV4_RE = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function genIpv6(rng: Rng): string {
  const r = rng.below(8);
  if (r === 0) return rng.pick(['::', '::1', 'fe80::1', '::ffff:127.0.0.1', '2001:db8::8a2e:370:7334']);
  const g = Array.from({ length: 8 }, () => (rng.below(3) === 0 ? '0' : rng.below(65536).toString(16)));
  if (r < 4) return g.join(':');
  const a = rng.below(8);
  const b = rng.int(a + 1, 8);
  return `${g.slice(0, a).join(':')}::${g.slice(b).join(':')}`;
}
function isIpv6(s: string): boolean {
  const parts = s.split('::');
  if (parts.length > 2) return false;
  const groups = (p: string): string[] | null => (p === '' ? [] : p.split(':'));
  const all = parts.map(groups);
  let count = 0;
  for (let i = 0; i < all.length; i++) {
    const gs = all[i]!;
    for (let j = 0; j < gs.length; j++) {
      const x = gs[j]!;
      const last = i === all.length - 1 && j === gs.length - 1;
      if (last && x.includes('.')) {
        if (!IPV4_RE.test(x)) return false;
        count += 2;
      } else if (/^[0-9a-fA-F]{1,4}$/.test(x)) count++;
      else return false;
    }
  }
  return parts.length === 2 ? count <= 7 : count === 8;
}

function genLabel(rng: Rng, max: number): string {
  const n = rng.int(1, max);
  if (n <= 2) return chars(rng, ALNUM, n);
  return chars(rng, ALNUM, 1) + chars(rng, `${ALNUM}-`, n - 2) + chars(rng, ALNUM, 1);
}
function genHostname(rng: Rng, minLabels = 1): string {
  const n = rng.int(minLabels, 3);
  const labels = Array.from({ length: n }, () => genLabel(rng, rng.below(16) === 0 ? 63 : 10));
  if (n > 1 && rng.bool()) labels[n - 1] = rng.pick(['com', 'org', 'io', 'de', 'example']);
  const h = labels.join('.');
  return rng.below(8) === 0 ? h.toUpperCase() : h;
}
const LABEL_RE = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
function isHostname(s: string): boolean {
  return s.length > 0 && s.length <= 253 && s.split('.').every((l) => LABEL_RE.test(l));
}

function genEmail(rng: Rng): string {
  const local = chars(rng, rng.below(4) === 0 ? LOCAL : ALNUM, rng.int(1, 10)) + (rng.below(4) === 0 ? `.${chars(rng, ALNUM, rng.int(1, 5))}` : '');
  return `${local}@${genHostname(rng, 2)}`;
}
const LOCAL_RE = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
function isEmail(s: string): boolean {
  const at = s.lastIndexOf('@');
  return at > 0 && at <= 64 && LOCAL_RE.test(s.slice(0, at)) && isHostname(s.slice(at + 1));
}

function genUri(rng: Rng): string {
  const r = rng.below(8);
  if (r === 0) return rng.pick(['urn:isbn:0451450523', 'mailto:a@example.com', 'file:///etc/hosts', 'data:,x', 'a:']);
  const scheme = rng.pick(['http', 'https', 'ftp', 'ws', 'x-custom+v1.2']);
  const host = rng.below(4) === 0 ? (rng.bool() ? genIpv4(rng) : `[${genIpv6(rng)}]`) : genHostname(rng);
  const port = rng.below(4) === 0 ? `:${rng.int(0, 65535)}` : '';
  const path = Array.from({ length: rng.below(4) }, () => `/${chars(rng, `${ALNUM}-._~`, rng.below(8))}`).join('');
  const query = rng.below(3) === 0 ? `?${chars(rng, ALNUM, rng.int(1, 4))}=${chars(rng, `${ALNUM}%20`, rng.below(6)).replace(/%(?![0-9A-Fa-f]{2})/g, '')}` : '';
  const frag = rng.below(4) === 0 ? `#${chars(rng, ALNUM, rng.below(6))}` : '';
  return `${scheme}://${host}${port}${path}${query}${frag}`;
}
const URI_RE = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s"<>\\^`{|}\u0000-\u001f\u007f]*$/;
function isUri(s: string): boolean {
  return URI_RE.test(s) && !/%(?![0-9A-Fa-f]{2})/.test(s);
}

interface Format {
  gen(rng: Rng): string;
  test(s: string): boolean;
  min: number;
  max: number;
  shortest: string;
}

const FORMATS: Record<string, Format> = {
  email: { gen: genEmail, test: isEmail, min: 5, max: Infinity, shortest: 'a@b.c' },
  uuid: { gen: genUuid, test: (s) => UUID_RE.test(s), min: 36, max: 36, shortest: '00000000-0000-0000-0000-000000000000' },
  'date-time': { gen: genDateTime, test: isDateTime, min: 20, max: Infinity, shortest: '2000-01-01T00:00:00Z' },
  date: { gen: genDate, test: isDate, min: 10, max: 10, shortest: '2000-01-01' },
  uri: { gen: genUri, test: isUri, min: 2, max: Infinity, shortest: 'a:' },
  ipv4: { gen: genIpv4, test: (s) => IPV4_RE.test(s), min: 7, max: 15, shortest: '0.0.0.0' },
  ipv6: { gen: genIpv6, test: isIpv6, min: 2, max: 45, shortest: '::' },
  hostname: { gen: (rng) => genHostname(rng), test: isHostname, min: 1, max: 253, shortest: 'a' },
};

export const FORMAT_NAMES: readonly string[] = Object.keys(FORMATS);

/** The Language of a format name, or undefined for an unknown name. */
export function formatLanguage(name: string): Language | undefined {
  const f = Object.prototype.hasOwnProperty.call(FORMATS, name) ? FORMATS[name]! : undefined;
  if (f === undefined) return undefined;
  return {
    source: `format ${name}`,
    minLength: f.min,
    maxLength: f.max,
    test: (s) => typeof s === 'string' && f.test(s),
    shortest: () => f.shortest,
    generate(rng, limit) {
      let best = f.gen(rng);
      for (let i = 0; i < 6 && best.length > limit; i++) {
        const s = f.gen(rng);
        if (s.length < best.length) best = s;
      }
      return best;
    },
  };
}

/** true when `s` is valid for the named format (unknown names: false) */
export function checkFormat(name: string, s: string): boolean {
  return formatLanguage(name)?.test(s) ?? false;
}
