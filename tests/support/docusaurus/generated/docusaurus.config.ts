// The site config as the client receives it: this repo's docusaurus.config.ts, with the per-locale base URL and
// the router default that `docusaurus build` fills in.
import config from '../../../../docusaurus.config';
import {siteBaseUrl} from '../site';

const siteConfig = {
  ...config,
  get baseUrl() {
    return siteBaseUrl();
  },
  future: {...config.future, experimental_router: 'browser'},
};

export default siteConfig;
