// Build-time syntax highlighting. Prism (the same tokenizer the Docusaurus theme runs in the browser) turns the
// code into tokens here, in Node, and we emit static HTML with one CSS class per colour role. The browser then
// only paints: no tokenizing during hydration, which was about half of the guide's Total Blocking Time.
import {createRequire} from 'node:module';
import {escapeHtml} from '../../components/shared/html';

const require = createRequire(import.meta.url);

interface PrismToken {
  type: string;
  alias?: string | string[];
  content: PrismStream;
}
type PrismStream = string | PrismToken | (string | PrismToken)[];
interface PrismLib {
  languages: Record<string, unknown>;
  tokenize(text: string, grammar: unknown): (string | PrismToken)[];
}
type LoadLanguages = ((languages: string[]) => void) & {silent?: boolean};

// `prismjs` (not prism-react-renderer's trimmed copy) so that any language Prism knows can be highlighted at
// build time; languages load on first use.
const prism = require('prismjs') as PrismLib;
const loadLanguages = require('prismjs/components/index') as LoadLanguages;
loadLanguages.silent = true;

/**
 * Colour roles: Prism has dozens of token types; the theme colours a handful of roles (see tokens.css).
 * A token's type is tried first, then its aliases (e.g. YAML `key` has alias `atrule`, so type wins).
 * Punctuation has no role on purpose: it is drawn in the text colour, so a span per `:` in YAML (hundreds on
 * the guide) would only add DOM for the browser to parse and lay out.
 */
const ROLE_BY_TYPE: Readonly<Record<string, string>> = {
  comment: 'comment',
  prolog: 'comment',
  doctype: 'comment',
  cdata: 'comment',
  shebang: 'comment',
  keyword: 'keyword',
  important: 'keyword',
  rule: 'keyword',
  atrule: 'keyword',
  directive: 'keyword',
  string: 'string',
  char: 'string',
  'attr-value': 'string',
  'template-string': 'string',
  regex: 'string',
  url: 'string',
  scalar: 'string',
  number: 'constant',
  boolean: 'constant',
  constant: 'constant',
  symbol: 'constant',
  null: 'constant',
  datetime: 'constant',
  environment: 'constant',
  function: 'function',
  'function-name': 'function',
  'class-name': 'function',
  builtin: 'function',
  key: 'property',
  property: 'property',
  'attr-name': 'property',
  tag: 'tag',
  selector: 'tag',
  variable: 'variable',
  parameter: 'variable',
  'assign-left': 'variable',
  anchor: 'variable',
  alias: 'variable',
  operator: 'operator',
  entity: 'operator',
  inserted: 'inserted',
  deleted: 'deleted',
};

/** Every CSS class the highlighter can emit for a token, e.g. `tok-keyword`. */
export const TOKEN_CLASSES: readonly string[] = [...new Set(Object.values(ROLE_BY_TYPE))].map((r) => `tok-${r}`);

export {escapeHtml};

function roleOf(token: PrismToken): string | null {
  const aliases = token.alias === undefined ? [] : Array.isArray(token.alias) ? token.alias : [token.alias];
  for (const name of [token.type, ...aliases]) {
    const role = ROLE_BY_TYPE[name];
    if (role) return role;
  }
  return null;
}

/** Resolve a fence language to a loaded Prism grammar, or null (then the code is emitted as plain text). */
export function grammarFor(language: string | null | undefined): unknown {
  if (!language) return null;
  const name = language.toLowerCase();
  if (!/^[a-z0-9+#-]+$/.test(name) || ['text', 'txt', 'plain', 'plaintext'].includes(name)) return null;
  if (!prism.languages[name]) loadLanguages([name]);
  const grammar = prism.languages[name];
  return typeof grammar === 'object' && grammar !== null ? grammar : null;
}

/** One piece of text with the colour role of its innermost classified token (null = default colour). */
export interface Piece {
  text: string;
  role: string | null;
}

function flatten(stream: PrismStream, role: string | null, out: Piece[]): void {
  if (typeof stream === 'string') {
    out.push({text: stream, role});
  } else if (Array.isArray(stream)) {
    for (const part of stream) flatten(part, role, out);
  } else {
    flatten(stream.content, roleOf(stream) ?? role, out);
  }
}

/** Tokenize code into lines of pieces (line breaks removed; adjacent pieces of one role merged). */
export function tokenizeLines(code: string, language: string | null | undefined): Piece[][] {
  const grammar = grammarFor(language);
  const pieces: Piece[] = [];
  if (grammar) flatten(prism.tokenize(code, grammar), null, pieces);
  else pieces.push({text: code, role: null});

  const lines: Piece[][] = [[]];
  for (const piece of pieces) {
    const parts = piece.text.split(/\r?\n/);
    parts.forEach((text, i) => {
      if (i > 0) lines.push([]);
      if (text === '') return;
      const line = lines[lines.length - 1]!;
      const last = line[line.length - 1];
      if (last && last.role === piece.role) last.text += text;
      else line.push({text, role: piece.role});
    });
  }
  return lines;
}

/** HTML for one line's pieces: escaped text, classified pieces wrapped in `<span class="tok-…">`. */
export function piecesToHtml(pieces: readonly Piece[]): string {
  return pieces
    .map(({text, role}) => (role ? `<span class="tok-${role}">${escapeHtml(text)}</span>` : escapeHtml(text)))
    .join('');
}
