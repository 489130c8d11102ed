// opencc-js ships its dictionaries as ESM modules without per-file types.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
