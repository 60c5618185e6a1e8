import {siteI18n, siteLocale} from '../site';

const i18n = {
  ...siteI18n,
  path: 'i18n',
  get currentLocale() {
    return siteLocale();
  },
};

export default i18n;
