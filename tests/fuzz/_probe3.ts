import fc from 'fast-check';
import { LONG_SIZE, fuzzInputs } from './inputs';
import { parseDocument } from '../../cli/page';
import { extractArticle } from '../../lib/extract';
import { buildDigest } from '../../lib/digest';
const id = Number(process.argv[2]);
const [input] = fc.sample(fuzzInputs(LONG_SIZE), { seed: 1203 + id, numRuns: 1 });
const html = (input as { html: string }).html;
let t = performance.now();
const doc = parseDocument(html); console.log('parse', performance.now() - t); t = performance.now();
const r = extractArticle(doc, 'https://x.test/'); console.log('extract', performance.now() - t, r.ok, r.ok ? r.article.paragraphs.map(p=>p.length) : r.reason); t = performance.now();
if (r.ok) { buildDigest(r.article); console.log('structure', performance.now() - t); }
