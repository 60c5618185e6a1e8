/**
 * @deprecated Component-test support lives in tests/support/docusaurus: render with
 * `renderWithSite(ui, {locale, url})` from '@site/tests/support/docusaurus'. This re-export only keeps tests
 * written against the old helpers working until they are ported; delete it then.
 */
export {
  setSiteLocale as setTestLocale,
  siteLocale as getTestLocale,
  missingMessageIds as missingEnglishIds,
} from '../../../tests/support/docusaurus/site';
