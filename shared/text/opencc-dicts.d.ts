// opencc-js ships its dictionaries as ES modules of one string ("trad simp|trad simp|…")
// without type declarations.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
