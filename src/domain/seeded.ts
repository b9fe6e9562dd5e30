/**
 * A small seeded pseudo-random generator (mulberry32) for generated workspaces.
 * Generated data must be reproducible: the same seed gives the same records and
 * the same ids, so loading the sample team twice updates it rather than doubling
 * it, and benchmarks compare like with like. Not for anything secret.
 */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An unsigned 32-bit integer. */
  uint32(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A new array with the items in random order. */
  shuffle<T>(items: readonly T[]): T[];
  /** An RFC 4122 version-4-shaped UUID, drawn from the seed instead of crypto. */
  uuid(): string;
}

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const DASH = '-'.charCodeAt(0);

export function seeded(seed: number): Rng {
  let state = seed >>> 0;
  const uint32 = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = () => uint32() / 4294967296;
  const int = (min: number, max: number) => {
    if (max < min) throw new RangeError(`int(${min}, ${max}): max is below min`);
    return min + Math.floor(next() * (max - min + 1));
  };
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick() needs at least one item');
    return items[Math.floor(next() * items.length)]!;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const tmp = out[i]!;
      out[i] = out[j]!;
      out[j] = tmp;
    }
    return out;
  };
  // Filled in place and turned into one flat string: concatenating 36 pieces would
  // leave a tree of small strings per id, which dominates time in large workspaces.
  const codes = new Array<number>(36).fill(DASH);
  const put = (word: number, at: number, nibbles: number) => {
    for (let i = 0; i < nibbles; i++) {
      const pos = at + i + (at + i >= 8 ? 1 : 0) + (at + i >= 12 ? 1 : 0) + (at + i >= 16 ? 1 : 0) + (at + i >= 20 ? 1 : 0);
      codes[pos] = HEX_CODES[(word >>> ((7 - i) * 4)) & 0xf]!;
    }
  };
  const uuid = () => {
    put(uint32(), 0, 8);
    // Version nibble 4 and variant bits 10xx are what z.uuid() checks.
    put((uint32() & 0xffff0fff) | 0x00004000, 8, 8);
    put((uint32() & 0x3fffffff) | 0x80000000, 16, 8);
    put(uint32(), 24, 8);
    return String.fromCharCode.apply(null, codes);
  };
  return { next, uint32, int, chance: (p) => next() < p, pick, shuffle, uuid };
}

/** FNV-1a: spreads short keys over 32 bits well enough to seed the generator. */
function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A UUID that depends only on the seed and a stable key such as "person:amara", not
 * on how many ids were drawn before it, so a record keeps its id when other records
 * are added or left out.
 */
export function keyedUuid(seed: number, key: string): string {
  return seeded((hashKey(key) ^ Math.imul(seed, 0x9e3779b1)) >>> 0).uuid();
}
