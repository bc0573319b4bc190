// js-yaml ships no types; the tests only need load(). (js-yaml is present via eslint; see report.)
declare module 'js-yaml' {
  export function load(text: string): unknown;
  const yaml: { load: typeof load };
  export default yaml;
}
