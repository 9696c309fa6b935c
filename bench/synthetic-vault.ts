import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A small seeded generator (mulberry32): the same seed always writes the same vault. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Alice',
  'Bob',
  'Carol',
  'Dan',
  'Eve',
  'Frank',
  'Grace',
  'Henry',
  'Iris',
  'Jack',
  'Kate',
  'Liam',
  'Maya',
  'Noah',
  'Olivia',
  'Priya',
  'Quinn',
  'Rosa',
  'Sam',
  'Tara',
  'Uma',
  'Victor',
  'Wen',
  'Xavier',
  'Yara',
  'Zed',
];
const LAST = [
  'Chen',
  'Diaz',
  'Evans',
  'Foster',
  'Garcia',
  'Hughes',
  'Ito',
  'Jones',
  'Kim',
  'Lee',
  'Moreno',
  'Novak',
  'Olsen',
  'Park',
  'Quinn',
  'Shah',
  'Tanaka',
  'Ueda',
  'Vargas',
  'Weber',
];
const FIELDS = [
  'data',
  'brand',
  'pricing',
  'bookkeeping',
  'seed',
  'research',
  'hiring',
  'sales',
  'legal',
  'cloud',
  'product',
  'content',
  'logistics',
  'tax',
  'board',
  'security',
  'retail',
  'health',
  'energy',
  'mobile',
];
const SKILLS = ['engineering', 'design', 'strategy', 'funding', 'coaching', 'advice', 'migration', 'marketing', 'introductions', 'audits'];
/** Needs and offers come from a long tail of two-word topics, as in real notes. */
const TOPICS = FIELDS.flatMap((f) => SKILLS.map((k) => `${f} ${k}`));
const INTERESTS = ['climbing', 'jazz', 'chess', 'sailing', 'running', 'cycling', 'cooking', 'photography'];
const PROSE = [
  'Discussed the quarterly numbers: 3 of 5 targets met, v1.2.3 shipped, call 555-0142 for support.',
  'Notes from the workshop. Room 12, 40 people, budget 2,500.',
  'Long conversation about the market; nothing to follow up.',
  'Version 2.4 is due for review; ticket 1042 is still open.',
  'Weather was awful, 12/7 of the team came anyway.',
  'Read two articles on pricing and one on hiring.',
];
const DEADLINES = ['by Friday', 'by next Tuesday', 'in two weeks', 'by Dec 1', 'by the end of the month', 'before Monday'];

/** Bumped whenever the generator writes different notes, so cached vaults are written anew. */
export const GENERATOR_VERSION = 2;

export interface VaultSpec {
  notes: number;
  people: number;
  seed: number;
}

export const SIZES: Record<'S' | 'M' | 'L', VaultSpec> = {
  S: { notes: 1_000, people: 100, seed: 1 },
  M: { notes: 10_000, people: 1_000, seed: 2 },
  L: { notes: 50_000, people: 5_000, seed: 3 },
};

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The files of a synthetic vault, path → text, built deterministically from the spec. */
export function* syntheticNotes(spec: VaultSpec): Generator<[string, string]> {
  const r = rng(spec.seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const names: string[] = [];
  for (let i = 0; i < spec.people; i++) names.push(`${pick(FIRST)} ${pick(LAST)} ${i}`);
  for (const name of names) {
    const fm = [
      '---',
      'type: person',
      `company: Company ${Math.floor(r() * 500)}`,
      `interests: [${pick(INTERESTS)}, ${pick(INTERESTS)}]`,
      r() < 0.4 ? `needs: [${pick(TOPICS)}]` : 'needs: []',
      r() < 0.5 ? `offers: [${pick(TOPICS)}, ${pick(TOPICS)}]` : 'offers: []',
      `sphere: sphere ${Math.floor(r() * 20)}`,
      r() < 0.5 ? `cadence: ${pick(['2w', '3w', 'monthly', 'quarterly'])}` : 'role: founder',
      r() < 0.3
        ? `birthday: 19${60 + Math.floor(r() * 40)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`
        : `tie: ${r() < 0.5 ? 'weak' : 'strong'}`,
      '---',
    ];
    yield [
      `People/${name}.md`,
      `${fm.join('\n')}\n# ${name}\n\nMet at a conference. Works on ${pick(TOPICS)}.\n\n- ${iso(new Date(Date.UTC(2024, 0, 1 + Math.floor(r() * 1000))))} Called about the project\n`,
    ];
  }
  const start = Date.UTC(2023, 0, 1);
  const others = spec.notes - spec.people;
  for (let i = 0; i < others; i++) {
    const date = new Date(start + Math.floor((i / others) * 1420) * 86_400_000);
    const day = iso(date);
    const meeting = r() < 0.5;
    const a = pick(names);
    const b = pick(names);
    const lines: string[] = [];
    const closed = () =>
      date.getTime() < Date.UTC(2026, 8, 1) || r() < 0.3 ? ` ✅ ${iso(new Date(date.getTime() + 3 * 86_400_000))}` : '';
    const n = 6 + Math.floor(r() * 10);
    for (let k = 0; k < n; k++) {
      const who = r() < 0.5 ? a : b;
      const roll = r();
      if (roll < 0.35) lines.push(pick(PROSE));
      else if (roll < 0.45) lines.push(`- give:: [[${who}]] intro to [[${pick(names)}]] #intro`);
      else if (roll < 0.55) lines.push(`- got:: [[${who}]] lead on ${pick(TOPICS)} #lead`);
      else if (roll < 0.62) lines.push(`- ask:: [[${who}]] feedback on ${pick(TOPICS)} ${pick(DEADLINES)}${closed()}`);
      else if (roll < 0.7) lines.push(`- owe:: [[${who}]] the ${pick(TOPICS)} notes ${pick(DEADLINES)}${closed()}`);
      else if (roll < 0.77)
        lines.push(
          `- [${closed() ? 'x' : ' '}] Send [[${who}]] the ${pick(TOPICS)} article 📅 ${iso(new Date(date.getTime() + 7 * 86_400_000))}${closed()}`,
        );
      else if (roll < 0.84) lines.push(`- Met [[${who}]] on ${date.toUTCString().slice(5, 11)} to talk about ${pick(TOPICS)}`);
      else if (roll < 0.9) lines.push(`- thanks:: [[${who}]] for the ${pick(TOPICS)} tip`);
      else lines.push(`- Plain list item about ${pick(TOPICS)} with no person, 3 of 5 done.`);
    }
    if (meeting) {
      yield [
        `Meetings/${day.slice(0, 4)}/${day} Meeting ${i}.md`,
        `---\ntype: meeting\ndate: ${day}\nattendees: ["[[${a}]]", "[[${b}]]"]\n---\n# Meeting with ${a} and ${b}\n\n${lines.join('\n')}\n`,
      ];
    } else {
      yield [`Daily/${day.slice(0, 4)}/${day} ${i}.md`, `# ${day}\n\n${lines.join('\n')}\n`];
    }
  }
}

/** Writes the vault into `dir` (emptied first). */
export function writeSyntheticVault(dir: string, spec: VaultSpec): number {
  rmSync(dir, { recursive: true, force: true });
  let count = 0;
  const made = new Set<string>();
  for (const [path, text] of syntheticNotes(spec)) {
    const full = join(dir, path);
    const folder = dirname(full);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(full, text);
    count++;
  }
  return count;
}
