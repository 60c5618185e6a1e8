// Intentionally empty: stands in for theme-classic/lib/prism-include-languages (see index.ts).
export {};
