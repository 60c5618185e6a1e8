import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import themeClassic from '@docusaurus/theme-classic';
import {describe, expect, it} from 'vitest';
import noClientPrismPlugin from './index';

const require = createRequire(import.meta.url);

/** The start-up modules theme-classic adds to every page, resolved as Docusaurus resolves them (from its lib). */
function themeClientModules(): string[] {
  const context = {
    i18n: {currentLocale: 'ko', localeConfigs: {ko: {direction: 'ltr'}}},
    siteConfig: {themeConfig: {prism: {additionalLanguages: []}}},
    siteDir: process.cwd(),
  };
  const theme = themeClassic(context as never, {customCss: []} as never);
  const libDir = path.dirname(require.resolve('@docusaurus/theme-classic'));
  return (theme.getClientModules?.() ?? []).map((module) => require.resolve(path.resolve(libDir, module)));
}

/** The replacements the plugin asks the bundler for, captured with a stand-in NormalModuleReplacementPlugin. */
function replacements(): Array<{pattern: RegExp; replacement: string}> {
  class NormalModuleReplacementPlugin {
    constructor(
      readonly pattern: RegExp,
      readonly replacement: string,
    ) {}
  }
  const bundler = {name: 'rspack', instance: {NormalModuleReplacementPlugin}};
  const result = noClientPrismPlugin().configureWebpack?.(
    {} as never,
    false,
    {currentBundler: bundler} as never,
    {} as never,
  );
  const plugins = (result as {plugins?: unknown[]} | undefined)?.plugins ?? [];
  return plugins.filter((plugin) => plugin instanceof NormalModuleReplacementPlugin);
}

describe('noClientPrismPlugin', () => {
  it("replaces theme-classic's Prism start-up module, which would load Prism into every page", () => {
    const prismStartup = themeClientModules().filter((file) =>
      readFileSync(file, 'utf8').includes('prism-react-renderer'),
    );
    // If the theme renames or drops the module, this names what changed instead of letting Prism back in silently.
    expect(prismStartup.map((file) => path.basename(file))).toEqual(['prism-include-languages.js']);
    const [rule] = replacements();
    expect(rule).toBeDefined();
    expect(prismStartup.every((file) => rule?.pattern.test(file))).toBe(true);
    // The stand-in is empty: nothing of Prism is left to bundle.
    expect(readFileSync(rule?.replacement ?? '', 'utf8')).not.toMatch(/\bimport\b|require\(/);
  });
});
