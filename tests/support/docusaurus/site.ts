/**
 * The one piece of state behind the `@generated/*` modules that component tests give Docusaurus' real client
 * code: which locale the rendered site is in. A production build fixes the locale per output folder; tests
 * switch it per render through renderWithSite().
 */
import {existsSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import config from '../../../docusaurus.config';

const declared = config.i18n ?? {};
if (declared.defaultLocale === undefined) throw new Error('docusaurus.config.ts names no i18n.defaultLocale');
export const defaultLocale: string = declared.defaultLocale;
/** The site's i18n settings as the config declares them. */
export const siteI18n = {
  defaultLocale,
  locales: (declared.locales ?? []).filter((l) => l !== undefined),
  localeConfigs: declared.localeConfigs ?? {},
};

let locale: string = defaultLocale;

export function setSiteLocale(next: string): void {
  if (!siteI18n.locales.includes(next)) {
    throw new Error(`unknown locale "${next}": the site has ${siteI18n.locales.join(', ')}`);
  }
  locale = next;
}

export function siteLocale(): string {
  return locale;
}

/** The base URL of the locale's build: the default locale at the site's base URL, the others under /<locale>/. */
export function siteBaseUrl(): string {
  return locale === defaultLocale ? config.baseUrl : `${config.baseUrl}${locale}/`;
}

/** Ids rendered outside the default locale that have no message in i18n/<locale>/code.json. */
export const missingMessageIds = new Set<string>();

const messagesByLocale = new Map<string, Readonly<Record<string, string>>>();

/** The locale's messages from i18n/<locale>/code.json, as `docusaurus build` hands them to the client. */
export function codeMessages(forLocale: string): Readonly<Record<string, string>> {
  let messages = messagesByLocale.get(forLocale);
  if (messages === undefined) {
    const file = resolve(import.meta.dirname, '../../../i18n', forLocale, 'code.json');
    const json = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, {message: string}>) : {};
    messages = Object.fromEntries(Object.entries(json).map(([id, entry]) => [id, entry.message]));
    messagesByLocale.set(forLocale, messages);
  }
  return messages;
}

export const isDefaultLocale = (): boolean => locale === defaultLocale;
