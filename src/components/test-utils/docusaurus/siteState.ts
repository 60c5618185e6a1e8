/**
 * Mutable state behind the Docusaurus stubs used by component tests (see vitest.config.ts aliases).
 * Tests call setTestLocale('en') to render a component as it appears under /en/.
 */
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';

export type TestLocale = 'ko' | 'en';

let currentLocale: TestLocale = 'ko';

export function setTestLocale(locale: TestLocale): void {
  currentLocale = locale;
}

export function getTestLocale(): TestLocale {
  return currentLocale;
}

type CodeJson = Record<string, {message: string; description?: string}>;

let englishMessages: CodeJson | undefined;

function loadEnglish(): CodeJson {
  if (englishMessages === undefined) {
    const file = resolve(__dirname, '../../../../i18n/en/code.json');
    englishMessages = JSON.parse(readFileSync(file, 'utf8')) as CodeJson;
  }
  return englishMessages;
}

/** Ids rendered in `en` that have no English message in i18n/en/code.json; a test can assert this stays empty. */
export const missingEnglishIds = new Set<string>();

/** Resolves a translation the way Docusaurus does: the locale's message for the id, else the default message. */
export function localizedMessage(id: string | undefined, message: string | undefined): string {
  if (currentLocale === 'en' && id !== undefined) {
    const entry = loadEnglish()[id];
    if (entry !== undefined) return entry.message;
    missingEnglishIds.add(id);
  }
  return message ?? id ?? '';
}

/** Replaces {name} placeholders like @docusaurus/Interpolate (string values only, which is all we use). */
export function interpolateText(text: string, values?: Record<string, unknown>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values?.[name];
    return value === undefined || value === null ? whole : String(value);
  });
}
