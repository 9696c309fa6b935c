/** Characters that end a tag besides white space: ASCII punctuation other than `_`, `-` and `/`. */
const TAG_END = new Set('!"#$%&\'()*+,.:;<=>?@[\\]^`{|}~');

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0;
}

/**
 * Whether `test` holds for one of the `#tags` written in the text from
 * `from` on, each handed over without `#`. A tag starts at a `#` at the start
 * of a line or after white space, and runs to white space or punctuation
 * other than `_`, `-` and `/`, as Obsidian reads them; all digits is no tag.
 * So `# Heading`, `[[Note#Part]]` and `page#anchor` hold none. One pass of
 * `indexOf`, since notes hold few `#`; it runs before the note's lines are
 * read, so unlike Obsidian it does not tell code blocks apart.
 */
export function someInlineTag(text: string, from: number, test: (tag: string) => boolean): boolean {
  for (let hash = text.indexOf('#', from); hash >= 0; hash = text.indexOf('#', hash + 1)) {
    if (hash > 0 && !isSpace(text.charCodeAt(hash - 1))) continue;
    let end = hash + 1;
    let digitsOnly = true;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (isSpace(code) || TAG_END.has(text[end])) break;
      if (code < 48 || code > 57) digitsOnly = false;
      end += 1;
    }
    if (end > hash + 1 && !digitsOnly && test(text.slice(hash + 1, end))) return true;
  }
  return false;
}

/** Every `#tag` written in the text from `from` on, without `#`, in order (see someInlineTag for what a tag is). */
export function inlineTags(text: string, from: number): string[] {
  const tags: string[] = [];
  someInlineTag(text, from, (tag) => {
    tags.push(tag);
    return false;
  });
  return tags;
}

/**
 * The tags of a frontmatter `tags` (or `tag`) value as written, without `#`:
 * a list, or a string of tags separated by commas or spaces.
 */
export function frontmatterTags(value: unknown): string[] {
  const out: string[] = [];
  const add = (v: unknown) => {
    if (Array.isArray(v)) for (const item of v) add(item);
    else if (typeof v === 'string') {
      for (const part of v.split(/[\s,]+/)) {
        const tag = part.replace(/^#/, '');
        if (tag !== '') out.push(tag);
      }
    }
  };
  add(value);
  return out;
}
