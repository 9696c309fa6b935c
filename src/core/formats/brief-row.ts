import { formatDay } from '../model/day';
import { personFile } from '../read/people';
import type { Brief, BriefItem } from '../answers/brief';

/**
 * `brief --json`: one object per person. Every item has `text`, `file` and
 * `line` (null where it has no source); things to give add `kind` and
 * `score`. Keys are a contract: add keys, never rename them.
 */
export function briefRow(b: Brief) {
  const item = (x: BriefItem) => ({ text: x.text, file: x.file, line: x.line });
  const w = b.who;
  return {
    person: b.person.name,
    file: personFile(b.person),
    who: {
      role: w.role,
      company: w.company,
      met: w.met === null ? null : formatDay(w.met),
      introducedBy: w.introducedBy?.name ?? null,
      tie: w.tie,
      stage: w.stage,
      light: w.light,
      firstTouch: w.firstTouch === null ? null : item(w.firstTouch),
    },
    standing: { balance: b.standing.balance, status: b.standing.status, text: b.standing.text },
    open: b.open.map(item),
    recent: b.recent.map(item),
    commonGround: b.commonGround.map((c) => ({ ...item(c), kind: c.kind, yours: c.yours })),
    toGive: b.toGive.map((g) => ({ ...item(g), kind: g.kind, score: g.score })),
    dates: b.dates.map((d) => ({ ...item(d), kind: d.kind, day: d.day === null ? null : formatDay(d.day), state: d.state })),
  };
}
