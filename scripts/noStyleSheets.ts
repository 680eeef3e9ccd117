// Bundled in place of linkedom's CSS parser (cssomnom, 200 KB minified) in the benchmarks' bundle
// (scripts/bundle.ts), where linkedom serves only the peer, plain Readability.js: linkedom parses a
// style sheet only when `<style>.sheet` is read, which Readability never does.
export function parse(): never {
  throw new Error('Claimline does not parse style sheets');
}
