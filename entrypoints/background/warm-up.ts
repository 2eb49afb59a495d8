// A cold service worker pays for much of its first digest in one-off costs that do not depend on
// the page: V8 compiles each of the engine's few hundred regular expressions (many with \p{L}
// classes, the dearest kind) on first use and again to native code on the second, compiles
// functions lazily and fills inline caches. Profiled in Node, that is ~75 % of a cold
// buildDigest. The worker pays it here instead, on small articles written for the purpose,
// while the extractor reads the tab in the tab's own process: the two overlap, and the real
// article is structured by an engine that has already run.
import { buildDigest } from '../../lib/digest';
import type { Article } from '../../lib/types';

const base = {
  url: 'https://warm-up.invalid/story',
  byline: 'By Ana Ruiz',
  siteName: 'Warm-up Gazette',
  publishedTime: '2026-01-02T10:00:00.000Z',
  dir: 'ltr' as const,
  excerpt: null,
  readerable: true,
};

/** Small stories that take the engine's common paths: marks, cues, names, roles, bodies, stances. */
const STORIES: Article[] = [
  {
    ...base,
    lang: 'en',
    title: 'Council approves the harbour bridge after a long fight',
    paragraphs: [
      'PORTVILLE (AP) — The city council voted 7-2 on Tuesday to approve the harbour bridge, a project Mayor Jane Doe has backed since 2024.',
      '“This bridge will connect families to jobs,” Doe said at a news conference. “We have waited long enough.”',
      'Critics, including the Harbour Residents Association, oppose the plan. "It will bring traffic and noise to our streets," said Tom Baker, the group\'s president.',
      'The Ministry of Transport said in a statement that it supports the project, while Acme Corp. warned that costs could rise.',
    ],
  },
  {
    ...base,
    lang: 'en',
    title: 'Senators split over the spending bill',
    paragraphs: [
      'Senator Maria Chen, a Democrat from Oregon, told reporters the vote was “a win for working people.” Republicans criticized the spending.',
      'According to Dr. Paul Smith, an engineer at the University of Northfield, the design is sound. He added: “The steel is the best we have.”',
      'The European Union and the United Nations have called for a review, and the White House declined to comment. A spokesperson for the Department of Justice said the agency would not appeal.',
      '“We reject this,” said Lee Park, chief executive of Park Holdings Inc., who argues that the rules hurt small firms. Union leaders welcomed the decision.',
    ],
  },
  {
    ...base,
    lang: 'en',
    title: 'Teachers and the school board remain far apart',
    paragraphs: [
      "The teachers' union said on Friday it would strike next week. 'We are out of options,' union president Rosa Gomez told The Daily Ledger.",
      'School board chair Mark Hill, 58, insisted that the district cannot pay more. “There is no money left,” he said, “and the state knows it.”',
      'Parents were divided. “I just want my kids back in class,” said Ellen Ward, a mother of three, who supports the teachers but opposes a long strike.',
      "Police said no one was hurt. Officials in the governor's office said they are monitoring the talks; an aide, who spoke on condition of anonymity, said a deal was close.",
    ],
  },
];

/** Other languages the engine reads: their word lists and rules, after the English ones. */
const OTHER_LANGUAGES: Article[] = [
  {
    ...base,
    lang: 'fr',
    title: 'Le conseil municipal adopte le projet de pont',
    paragraphs: [
      '« Ce pont reliera les familles à l’emploi », a déclaré la maire Jeanne Dupont mardi. Le ministre des Transports soutient le projet.',
      'Les habitants s’y opposent. « Nous refusons ce bruit », a dit Paul Martin, président de l’association.',
    ],
  },
  {
    ...base,
    lang: 'es',
    title: 'El gobierno aprueba el nuevo puente',
    paragraphs: [
      '“Este puente unirá a las familias”, dijo la alcaldesa Ana López el martes. El Ministerio de Transporte apoya el proyecto.',
      'Los vecinos lo rechazan. “No queremos más tráfico”, afirmó Pedro Gómez, portavoz de la asociación.',
    ],
  },
  {
    ...base,
    lang: 'de',
    title: 'Stadtrat stimmt für die neue Brücke',
    paragraphs: [
      '„Diese Brücke verbindet Familien mit Arbeit“, sagte Bürgermeisterin Anna Schmidt am Dienstag. Das Verkehrsministerium unterstützt das Projekt.',
      'Anwohner lehnen den Plan ab. „Wir wollen keinen Lärm“, erklärte Peter Müller, Sprecher des Vereins.',
    ],
  },
  {
    ...base,
    lang: 'zh',
    title: '市议会通过新桥计划',
    paragraphs: [
      '市长王明表示：“这座桥将连接家庭与工作。”交通部支持该项目。',
      '居民协会会长李华说：“我们反对这个计划。”',
    ],
  },
];

/** English twice: a regular expression's second run is the one that compiles it to native code. */
export const WARM_UP_STORIES: readonly Article[] = [...STORIES, ...STORIES, ...OTHER_LANGUAGES];
/** The English stories a paragraph at a time first: a cold engine compiles most of itself on its
 * first article, and the page's text, when it comes meanwhile, waits for one paragraph, not a
 * story (cold in Node: the first story took three times what its first paragraph took). */
export const WARM_UP_TASKS: readonly Article[] = [
  ...STORIES.flatMap((story) => story.paragraphs.map((paragraph) => ({ ...story, paragraphs: [paragraph] }))),
  ...WARM_UP_STORIES,
];

let next = 0;

interface TaskScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<unknown>;
}

/**
 * Runs `task` in a later task of the lowest priority where the browser has one (Chromium's
 * scheduler.postTask): the popup's message with the page's text must not queue behind the stories.
 * Between setTimeout(0) steps Chromium let the worker run up to four more stories before it (slate-1
 * cold: the page was read at 846 ms, the worker heard of it at 1572 ms, under load).
 */
function later(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function')
    void scheduler.postTask(task, { priority: 'background' }).catch(() => {});
  else setTimeout(task, 0);
}

/** Whether every warm-up story has run in this worker (each worker warms up once). */
export function warmedUp(): boolean {
  return next >= WARM_UP_TASKS.length;
}

/** Page reads under way that the warm-up overlaps (see warmUpWhile). */
let reads = 0;
let stepping = false;

/** One story per macrotask while the warm-up may run; one chain of steps at a time. */
function keepWarming(digest: (article: Article) => unknown): void {
  if (stepping || warmedUp()) return;
  stepping = true;
  const step = () => {
    if (warmedUp() || reads === 0) {
      stepping = false;
      return;
    }
    try {
      digest(WARM_UP_TASKS[next++]);
    } catch {
      // a warm-up story is only a warm-up: never let it stand between the reader and the digest
    }
    later(step);
  };
  later(step);
}

/**
 * Runs warm-up stories one per macrotask until `work` settles, then stops: the real article
 * never waits for more than the one story running when it arrives. Resolves to `work`'s value.
 */
export function warmUpWhile<T>(work: Promise<T>, digest: (article: Article) => unknown = buildDigest): Promise<T> {
  if (warmedUp()) return work;
  reads++;
  const done = () => {
    reads--;
  };
  work.then(done, done);
  keepWarming(digest);
  return work;
}
