// Scratch: old (Readability on linkedom) vs light extractor on the extraction pages.
import { loadExtractionPages } from './extraction';
import { extractArticle } from '../../src/core/web/article';
import { extractLightArticle } from '../../src/core/web/lightArticle';

const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;
const tokens = (t: string) => t.toLowerCase().match(TOKEN) ?? [];
function sh(t: string) { const w = tokens(t); const m = new Map<string, number>(); for (let i = 0; i < Math.max(1, w.length - 3); i++) { const k = w.slice(i, i + 4).join(' '); if (k) m.set(k, (m.get(k) ?? 0) + 1); } return m; }
function pr(gold: string, pred: string) { const a = sh(gold), b = sh(pred); let tp = 0, fp = 0, fn = 0; for (const k of new Set([...a.keys(), ...b.keys()])) { const t = a.get(k) ?? 0, p = b.get(k) ?? 0; tp += Math.min(t, p); fp += Math.max(0, p - t); fn += Math.max(0, t - p); } const s = tp + fp + fn; if (s === 0) return [1, 1]; const P = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp); const R = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn); return [P, R]; }
const pages = loadExtractionPages('/work/shared/corpora');
const acc: Record<string, number[]> = {};
let diff = 0, tOld = 0, tNew = 0;
const verbose = process.argv.includes('-v');
for (const page of pages) {
  let t = performance.now();
  const o = extractArticle(page.html, { url: page.url }).article;
  tOld += performance.now() - t; t = performance.now();
  const n = extractLightArticle(page.html, { url: page.url }).article;
  tNew += performance.now() - t;
  for (const [sys, a] of [['old', o], ['new', n]] as const) {
    const [P, R] = pr(page.gold, a.text);
    for (const h of [page.half, 'all']) { const k = `${sys}\t${h}`; acc[k] ??= [0, 0, 0]; acc[k][0] += P; acc[k][1] += R; acc[k][2]++; }
  }
  const same = o.text === n.text && o.title === n.title && o.byline === n.byline && o.fallback === n.fallback && JSON.stringify(o.ranges) === JSON.stringify(n.ranges);
  if (!same) {
    diff++;
    const [P1, R1] = pr(page.gold, o.text); const [P2, R2] = pr(page.gold, n.text);
    console.log(`${page.id} ${page.half} text ${o.text === n.text ? '=' : '≠'} title ${o.title === n.title ? '=' : `${o.title} | ${n.title}`} byline ${o.byline === n.byline ? '=' : `${o.byline} | ${n.byline}`} fb ${o.fallback}/${n.fallback} len ${o.text.length}/${n.text.length} P ${P1.toFixed(3)}/${P2.toFixed(3)} R ${R1.toFixed(3)}/${R2.toFixed(3)}`);
    if (verbose && o.text !== n.text) { const A = o.text.split('\n\n'), B = n.text.split('\n\n'); const sa = new Set(A), sb = new Set(B); for (const x of A) if (!sb.has(x)) console.log('  - ' + x.slice(0, 150)); for (const x of B) if (!sa.has(x)) console.log('  + ' + x.slice(0, 150)); }
  }
}
for (const [k, [P, R, n]] of Object.entries(acc)) { const p = P / n, r = R / n; console.log(k, n, 'P', p.toFixed(3), 'R', r.toFixed(3), 'F1', ((2 * p * r) / (p + r)).toFixed(4)); }
console.log('different pages', diff, 'time old', tOld.toFixed(0), 'new', tNew.toFixed(0));
