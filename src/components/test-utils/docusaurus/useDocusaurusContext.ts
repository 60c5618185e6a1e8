import {getTestLocale} from './siteState';

export default function useDocusaurusContext() {
  const currentLocale = getTestLocale();
  return {
    siteConfig: {url: 'https://east-west.example.com', baseUrl: '/', title: 'East-West'},
    i18n: {
      currentLocale,
      defaultLocale: 'ko',
      locales: ['ko', 'en'],
      localeConfigs: {},
      path: 'i18n',
    },
    siteMetadata: {},
    globalData: {},
    codeTranslations: {},
  };
}
