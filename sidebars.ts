import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guideSidebar: [{type: 'doc', id: 'east-west-traffic'}, {type: 'doc', id: 'measure-east-west-traffic'}],
};

export default sidebars;
