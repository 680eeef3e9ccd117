// Bundled in place of linkedom's CSS parser (cssomnom, 200 KB minified; see esbuild.js): linkedom
// needs it only for `<style>.sheet`, and the page DOM built in htmlDom.ts holds no <style>.
export function parse(): never {
  throw new Error('Claimline does not parse style sheets');
}
