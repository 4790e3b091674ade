// The two parts of the dictionary that wxt.config.ts makes at build time (engine/dictionary-split.ts).
declare module 'virtual:guanhua/matching' {
  const matching: unknown;
  export default matching;
}

declare module 'virtual:guanhua/tooltip-texts' {
  const texts: unknown;
  export default texts;
}
