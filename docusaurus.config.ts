import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkStaticCode from './src/plugins/staticCode/remarkStaticCode';
import rehypeTaskListLabels from './src/plugins/taskListLabels/rehypeTaskListLabels';
import lazyChunksPlugin from './src/plugins/lazyChunks';
import noClientPrismPlugin from './src/plugins/noClientPrism';
import guideAnchorsPlugin from './src/plugins/guideAnchors';

// Deployment under a sub-path or another host: SITE_URL=https://example.com BASE_URL=/east-west/ npm run build
const siteUrl = process.env.SITE_URL ?? 'https://east-west.example.com';
const baseUrl = process.env.BASE_URL ?? '/';

const config: Config = {
  title: 'East-West',
  tagline: 'EKS East-West traffic: latency and cross-AZ cost',
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl,
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    mermaid: true,
    hooks: {onBrokenMarkdownLinks: 'throw'},
  },

  future: {
    faster: process.env.DOCUSAURUS_FASTER !== '0', // DOCUSAURUS_FASTER=0: webpack, for scripts/bench-build.mjs
    v4: {removeLegacyPostBuildHeadAttribute: true},
  },

  i18n: {
    defaultLocale: 'ko',
    locales: ['ko', 'en'],
    localeConfigs: {
      ko: {label: '한국어', htmlLang: 'ko-KR'},
      en: {label: 'English', htmlLang: 'en-US'},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          showLastUpdateTime: false,
          remarkPlugins: [remarkStaticCode],
          rehypePlugins: [rehypeTaskListLabels],
        },
        pages: {remarkPlugins: [remarkStaticCode], rehypePlugins: [rehypeTaskListLabels]},
        blog: false,
        theme: {customCss: ['./src/css/custom.css', './src/css/print.css']},
      } satisfies Preset.Options,
    ],
  ],

  plugins: [lazyChunksPlugin, noClientPrismPlugin, guideAnchorsPlugin],
  clientModules: [
    './src/clientModules/printOpensDetails.ts',
    './src/clientModules/printPage.ts',
    './src/clientModules/printDiagrams.ts',
  ],

  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: ['ko', 'en'],
        indexBlog: false,
        docsRouteBasePath: '/docs',
        highlightSearchTermsOnTargetPage: false,
      },
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'East-West',
      logo: {alt: '', src: 'img/favicon.svg'}, // decorative: the title beside it names the link
      items: [
        {type: 'docSidebar', sidebarId: 'guideSidebar', position: 'left', label: '가이드'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      copyright: 'East-West — 가격은 가이드 참고 문헌에 적힌 기준일의 값입니다. 수치를 인용하기 전에 다시 확인하세요.',
    },
    mermaid: {theme: {light: 'neutral', dark: 'dark'}},
  } satisfies Preset.ThemeConfig,
};

export default config;
