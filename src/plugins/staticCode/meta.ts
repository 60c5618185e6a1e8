// The parts of a fence's meta string and body that the Docusaurus code block understands, parsed at build
// time: ```yaml title="svc.yaml" {1,3-4} showLineNumbers, and `# highlight-next-line` style magic comments.

export interface FenceMeta {
  title: string | null;
  /** 1-based line numbers from a `{1,3-4}` range, or null when the meta has no range. */
  highlightedLines: ReadonlySet<number> | null;
  /** First line number when `showLineNumbers` (or `showLineNumbers=5`) is set, else null. */
  lineNumberStart: number | null;
}

const TITLE = /title=(["'])(.*?)\1/;
const RANGE = /\{([\d,\s-]+)\}/;
const LINE_NUMBERS = /\bshowLineNumbers\b(?:=(\d+))?/;

/** Parse `1,3-4` into {1,3,4}. Reversed or absurd ranges are ignored rather than thrown on. */
export function parseRanges(spec: string): Set<number> {
  const lines = new Set<number>();
  for (const part of spec.split(',')) {
    const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!match) continue;
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from < 1 || to < from || to - from > 10_000) continue;
    for (let n = from; n <= to; n += 1) lines.add(n);
  }
  return lines;
}

export function parseMeta(meta: string | null | undefined): FenceMeta {
  const text = meta ?? '';
  const title = TITLE.exec(text)?.[2] ?? null;
  const range = RANGE.exec(text)?.[1];
  const numbers = LINE_NUMBERS.exec(text);
  return {
    title: title === '' ? null : title,
    highlightedLines: range === undefined ? null : parseRanges(range),
    lineNumberStart: numbers ? Number(numbers[1] ?? 1) : null,
  };
}

// A line that is only a magic comment, in any of the comment syntaxes Docusaurus accepts by default
// (`//`, `#`, `--`, `%`, `;`, `/* */`, `{/* */}`, `<!-- -->`).
const MAGIC = /^\s*(?:\/\/|#|--|%|;|\{?\/\*|<!--)\s*highlight-(next-line|start|end)\s*(?:\*\/\}?|-->)?\s*$/;

export interface MagicResult {
  /** The code with the magic-comment lines removed. */
  code: string;
  /** 1-based numbers (in the returned code) of the lines to highlight. */
  highlightedLines: Set<number>;
}

/** Remove magic-comment lines and return which of the remaining lines they mark. */
export function applyMagicComments(code: string): MagicResult {
  const kept: string[] = [];
  const highlightedLines = new Set<number>();
  let nextLine = false;
  let depth = 0;
  for (const line of code.split('\n')) {
    const directive = MAGIC.exec(line)?.[1];
    if (directive === 'next-line') nextLine = true;
    else if (directive === 'start') depth += 1;
    else if (directive === 'end') depth = Math.max(0, depth - 1);
    else {
      kept.push(line);
      if (nextLine || depth > 0) highlightedLines.add(kept.length);
      nextLine = false;
    }
  }
  return {code: kept.join('\n'), highlightedLines};
}
