import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {TOKEN_CLASSES} from '../../plugins/staticCode/highlight';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

/** The custom properties declared in the first block whose selector matches. */
function variables(selectorPattern: RegExp): Record<string, string> {
  const match = new RegExp(`${selectorPattern.source}\\s*\\{([^}]*)\\}`).exec(css);
  if (!match?.[1]) throw new Error(`no block for ${selectorPattern}`);
  return Object.fromEntries([...match[1].matchAll(/(--code-[\w-]+):\s*(#[0-9a-f]{3,6})/gi)].map((m) => [m[1], m[2]]));
}

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const palettes = {
  light: variables(/:root/),
  dark: variables(/\[data-theme='dark'\]/),
  print: variables(/\[data-theme\] \.static-code-block/),
};
const TEXT_VARS = [
  '--code-fg',
  '--code-line-number',
  ...TOKEN_CLASSES.map((cls) => `--code-${cls.replace('tok-', '')}`),
];

describe('code block colours', () => {
  it('the contrast formula matches known values', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('defines a colour for every token class the highlighter emits, in every palette', () => {
    for (const [name, vars] of Object.entries(palettes)) {
      for (const v of TEXT_VARS) expect(vars[v], `${name} ${v}`).toMatch(/^#/);
    }
  });

  for (const [name, vars] of Object.entries(palettes)) {
    for (const bg of ['--code-bg', '--code-highlight-bg']) {
      it(`${name}: every text colour reaches 4.5:1 on ${bg}`, () => {
        const failures = TEXT_VARS.map((v) => [v, contrast(vars[v]!, vars[bg]!)] as const).filter(([, r]) => r < 4.5);
        expect(failures).toEqual([]);
      });
    }
    it(`${name}: the header text reaches 4.5:1 on the header background`, () => {
      expect(contrast(vars['--code-header-fg']!, vars['--code-header-bg']!)).toBeGreaterThanOrEqual(4.5);
    });
  }
});
