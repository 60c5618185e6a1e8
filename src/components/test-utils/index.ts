/**
 * Shared setup for component tests. vitest.config.ts aliases the Docusaurus client modules a widget uses
 * (@docusaurus/Translate, useDocusaurusContext, BrowserOnly, Link, Head, useBaseUrl, useIsBrowser,
 * @theme/Layout) to the small stubs in ./docusaurus. Use setTestLocale('en') before rendering to see the
 * English messages from i18n/en/code.json; missingEnglishIds collects ids rendered in `en` without a message.
 */
export {setTestLocale, getTestLocale, missingEnglishIds} from './docusaurus/siteState';
