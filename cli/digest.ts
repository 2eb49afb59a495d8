// npm run digest -- <page.html> [--url <url>] [--json | --markdown] [--force]
// Runs the extension's own pipeline (lib/) on an HTML file, with linkedom as the DOM.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { digestPage } from './page';
import { digestMarkdown, digestText } from '../lib/format';
import { say } from '../lib/i18n';

const USAGE = 'usage: npm run digest -- <page.html> [--url <url>] [--json | --markdown] [--force]';

function main(argv: string[]): number {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const urlAt = argv.indexOf('--url');
  const url = urlAt >= 0 ? argv[urlAt + 1] : undefined;
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--url');
  if (!file || flags.has('--help')) {
    console.error(USAGE);
    return file ? 0 : 2;
  }
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`standpoint: cannot read ${file}: ${(e as Error).message}`);
    return 2;
  }
  const result = digestPage(html, url ?? pathToFileURL(resolve(file)).href, { force: flags.has('--force') });
  if (!result.ok) {
    const message = say(result.note);
    if (flags.has('--json')) console.log(JSON.stringify({ error: result.reason, note: result.note, message }, null, 2));
    console.error(
      `standpoint: ${message}${result.reason === 'not-article' ? ' Use --force to digest its visible text anyway.' : ''}`,
    );
    return 1;
  }
  const d = result.digest;
  process.stdout.write(
    flags.has('--json')
      ? JSON.stringify(d, null, 2) + '\n'
      : flags.has('--markdown')
        ? digestMarkdown(d)
        : digestText(d),
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
