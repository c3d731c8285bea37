// eslint-plugin-security ships no types; only its flat `recommended` config is used.
declare module 'eslint-plugin-security' {
  import type { ESLint, Linter } from 'eslint';
  const plugin: ESLint.Plugin & { configs: { recommended: Linter.Config } };
  export default plugin;
}
