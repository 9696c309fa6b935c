import { fileNameOf, type Person } from '../read/people';
import { Markup, clipText, inertText } from './note-line';

/**
 * The links Goodwill writes to people and notes. Each reads back, through
 * the reader's link grammar and the people directory, as the note it names.
 */

/**
 * What a wikilink target may not hold: brackets and line breaks end the link,
 * `%%` opens a comment, `::` could read as a field, `|`, `#` and `^` mean a
 * label, a heading or a block, and a Tasks emoji (📅 ⏳ ✅ 🛫 ➕ ❌) before a
 * date would date, close or cancel the line. Such names get a markdown link.
 */
const NOT_WIKI = /[[\]|#^\p{Cc}\u2028\u2029\u23F3\u2705\u2795\u274C]|\uD83D[\uDCC5\uDEEB]|%%|::/u;
/** A Tasks emoji and a date in a label: a no-break space keeps them apart for the reader, and looks the same. */
const TASKS_DATE = /([\u23F3\u2705\u2795\u274C]|\uD83D[\uDCC5\uDEEB])\uFE0F?[ \t]*(?=\d)/g;
/** File names are at most 255 bytes; the reader takes 500 characters between `[[` and `]]`. */
const MAX_TARGET = 250;
const MAX_LABEL = 200;
/** Characters a markdown link's href carries percent-encoded; the reader decodes them with decodeURI. */
const HREF_ENCODED = /[%()<>[\]\s\p{Cc}\u0085\u23F3\u2705\u2795\u274C]|\uD83D[\uDCC5\uDEEB]/gu;
const MAX_HREF = 1000;

function wikiTarget(target: string): boolean {
  return target.trim() !== '' && target.length <= MAX_TARGET && !NOT_WIKI.test(target);
}

/** A link's label: inert, without the brackets that would end the link, not too long. */
function linkLabel(label: string): string {
  const inert = inertText(label).trim().replace(/\[/g, '(').replace(/\]/g, ')').replace(TASKS_DATE, '$1\u00A0');
  return clipText(inert, MAX_LABEL);
}

/**
 * A markdown link to the note at `path`, for names a wikilink cannot carry.
 * `./` keeps a name like `a:b` from reading as a web address; `#` and `|` stay
 * as they are, so the reader cuts them where the people directory does.
 */
function markdownLink(path: string, label: string): Markup {
  const href = `./${path.replace(HREF_ENCODED, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)))}`;
  return new Markup(href.length <= MAX_HREF ? `[${label}](${href})` : label);
}

const withoutMd = (path: string) => (path.toLowerCase().endsWith('.md') ? path.slice(0, -3) : path);

/**
 * A link to a person that survives renames of the display name: the file's
 * base name, showing the person's name.
 */
export function personLink(person: Person): Markup {
  const file = fileNameOf(person);
  const label = linkLabel(person.name) || linkLabel(file);
  if (wikiTarget(file)) return new Markup(label === file ? `[[${file}]]` : `[[${file}|${label}]]`);
  // A person without a note (a person tag) is found by name; a name no link can carry is written as it is.
  return person.fromTag === null ? markdownLink(person.path, label) : new Markup(label);
}

/** A link to a note by its vault path, showing `label`. */
export function noteLink(path: string, label: string): Markup {
  const target = withoutMd(path);
  const shown = linkLabel(label);
  if (wikiTarget(target)) return new Markup(`[[${target}|${shown}]]`);
  return markdownLink(path, shown);
}

/**
 * A person as a frontmatter value names them (`a:`, `attendees:`): the link
 * personLink writes, or, where a wikilink cannot carry the file name, the
 * note's path, which the reader resolves as a plain name.
 */
export function frontmatterLink(person: Person): string {
  const file = fileNameOf(person);
  if (!wikiTarget(file)) return person.fromTag === null ? withoutMd(person.path) : person.name;
  const label = linkLabel(person.name);
  return label === file || !label ? `[[${file}]]` : `[[${file}|${label}]]`;
}
