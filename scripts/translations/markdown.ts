// Markdown prose as translation segments: front matter title and summary, then body blocks
// (a paragraph, a heading, one list item, one table row, a quotation, a fenced code block).
// The Welsh and English of a page keep the same blocks in the same order, so a block is the
// unit a translator sees and a block's kind is the structure an import must keep.

export interface Block {
  text: string;
  /** Line indices (0-based, end exclusive) in the whole file. */
  start: number;
  end: number;
}
export interface MarkdownDoc {
  id: string | undefined;
  front: { title?: string; summary?: string };
  /** Line index of each front matter field, for rewriting it. */
  frontLine: { title?: number; summary?: number };
  blocks: Block[];
  lines: string[];
}

const unquote = (v: string) => {
  const s = v.trim();
  if (s.startsWith('"')) return JSON.parse(s) as string;
  if (s.startsWith("'")) return s.slice(1, -1).replace(/''/g, "'");
  return s;
};

const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+/;
const startsBlock = (line: string) => /^#{1,6}\s/.test(line) || /^\s*\|/.test(line) || /^```/.test(line);

export function parseMarkdown(src: string): MarkdownDoc {
  const lines = src.split('\n');
  const front: MarkdownDoc['front'] = {};
  const frontLine: MarkdownDoc['frontLine'] = {};
  let id: string | undefined;
  let i = 0;
  if (lines[0] === '---') {
    for (i = 1; i < lines.length && lines[i] !== '---'; i++) {
      const m = lines[i]!.match(/^(id|title|summary):\s*(.*)$/);
      if (!m) continue;
      if (m[1] === 'id') id = unquote(m[2]!);
      else {
        front[m[1] as 'title' | 'summary'] = unquote(m[2]!);
        frontLine[m[1] as 'title' | 'summary'] = i;
      }
    }
    i++;
  }
  const blocks: Block[] = [];
  let cur: Block | null = null;
  const close = () => {
    if (cur) blocks.push({ ...cur, text: lines.slice(cur.start, cur.end).join('\n') });
    cur = null;
  };
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^```/.test(line)) {
      close();
      let j = i + 1;
      while (j < lines.length && !/^```/.test(lines[j]!)) j++;
      cur = { text: '', start: i, end: Math.min(j + 1, lines.length) };
      close();
      i = j;
      continue;
    }
    if (!line.trim()) {
      close();
      continue;
    }
    if (startsBlock(line) || LIST_ITEM.test(line)) {
      close();
      cur = { text: '', start: i, end: i + 1 };
      if (startsBlock(line)) close();
      continue;
    }
    if (cur) cur.end = i + 1;
    else cur = { text: '', start: i, end: i + 1 };
  }
  close();
  return { id, front, frontLine, blocks, lines };
}

/** The structural kind of a block: "h2", "ul", "ol:2" (indented twice), "tr:3" (three cells), "quote", "code" or "p". */
export function blockKind(b: { text: string }): string {
  const first = b.text.split('\n')[0] ?? '';
  const h = first.match(/^(#{1,6})\s/);
  if (h) return `h${h[1]!.length}`;
  const li = first.match(LIST_ITEM);
  if (li) return `${/\d/.test(li[2]!) ? 'ol' : 'ul'}${li[1]!.length ? `:${li[1]!.length}` : ''}`;
  if (/^\s*\|/.test(first)) return `tr:${first.replace(/^\s*\||\|\s*$/g, '').split('|').length}`;
  if (first.startsWith('>')) return 'quote';
  if (first.startsWith('```')) return 'code';
  return 'p';
}

/** Markdown features a translation must keep: link targets, inline code and emphasis. */
export function inlineFeatures(text: string): { links: string[]; code: number; strong: number } {
  return {
    links: [...text.matchAll(/\]\(([^)\s]+)[^)]*\)/g)].map((m) => m[1]!).sort(),
    code: (text.match(/`[^`]+`/g) ?? []).length,
    strong: (text.match(/\*\*/g) ?? []).length,
  };
}
