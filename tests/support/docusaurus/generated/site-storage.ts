// The build's site-storage: Docusaurus' default (localStorage, no key namespace), which @docusaurus/theme-common reads.
export default {type: 'localStorage', namespace: ''};
