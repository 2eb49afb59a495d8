import { quotesOf } from '../tests/unit/quotes/fixture';
const paras = JSON.parse(process.argv[2]);
for (const q of quotesOf(paras)) console.log(JSON.stringify({ t: q.text.slice(0, 40), s: q.speaker, r: q.role, c: q.cue }));
