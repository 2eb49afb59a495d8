// The worker's one real job: read tab N with the injected extractor, structure the Article with
// buildDigest, answer the popup. Browser calls come in through `TabAccess` so tests can fake them.
import { buildDigest, digestHeader, type EarlyDigest } from '../../lib/digest';
import type { EarlyStage } from '../../lib/popup-port';
import { articleHash, type DigestHistory } from '../../lib/history';
import type { DigestFailure, DigestResponse, ExtractionOutcome, RequestOf } from '../../lib/messages';
import { internalFailure } from '../../lib/messages';
import type { DigestCache } from './cache';
import { failureOfInjectionError, restrictionOf, samePage } from './restricted';

export interface TabAccess {
  /** The tab, or null when it no longer exists. `url` is undefined when the browser hides it. */
  get(tabId: number): Promise<{ url?: string } | null>;
  /** Run the extractor in the tab's top frame; resolves to what it returned. */
  extract(tabId: number, force: boolean): Promise<unknown>;
  fileAccess(): Promise<boolean>;
}

export interface DigestDeps {
  tabs: TabAccess;
  cache: DigestCache;
  /** Give up on a page that takes longer than this to read. */
  timeoutMs?: number;
  /** Recent digests on this device, by URL + text: an unchanged article is not structured twice. */
  history?: DigestHistory;
  /** Whether the user lets the history keep digests (a setting); default yes. */
  keepHistory?: () => Promise<boolean>;
  /**
   * Told the answer as soon as it is known, before the cache and the history are written: the
   * worker answers the popup from here, so the reader does not wait on storage.
   */
  onAnswer?: (response: DigestResponse) => void;
  /** Told the header, notices and key quotes of a fresh digest before the rest is structured. */
  onEarly?: (stage: EarlyStage, early: EarlyDigest) => void;
}

const TAB_GONE: DigestFailure = { ok: false, reason: 'tab-gone', note: { code: 'whyTabClosed' } };
const NAVIGATED: DigestFailure = { ok: false, reason: 'navigated', note: { code: 'whyTabMoved' } };

export async function digestTab(request: RequestOf<'digest'>, deps: DigestDeps): Promise<DigestResponse> {
  const { tabId, force = false, fresh = false } = request;
  try {
    const tab = await deps.tabs.get(tabId);
    if (!tab) return TAB_GONE;
    const url = tab.url;
    const restriction = restrictionOf(url, {
      fileAccess: url?.startsWith('file:') ? await deps.tabs.fileAccess() : false,
    });
    if (restriction) return restriction;
    if (url && !force && !fresh) {
      const cached = await deps.cache.get(tabId, url);
      if (cached) return { ok: true, digest: cached, cached: true };
    }

    // the setting is read while the page is, not after
    const keepSetting = deps.history
      ? (deps.keepHistory?.() ?? Promise.resolve(true)).catch(() => false)
      : Promise.resolve(false);
    let outcome: unknown;
    try {
      outcome = await withTimeout(deps.tabs.extract(tabId, force), deps.timeoutMs ?? 30_000);
    } catch (error) {
      if (error === TIMEOUT) return { ok: false, reason: 'timeout', note: { code: 'whyTimeout' } };
      // the tab may have closed under us: say so rather than relay a cryptic frame error
      if (!(await deps.tabs.get(tabId))) return TAB_GONE;
      return failureOfInjectionError(error);
    }

    // the tab is asked whether it moved while the history is asked for this text: two round trips at once
    const article = isOutcome(outcome) && outcome.ok ? outcome.article : null;
    const pageUrl = url ?? article?.url ?? '';
    const hash = article ? articleHash(article) : '';
    const keep = await keepSetting;
    const [after, known] = await Promise.all([
      deps.tabs.get(tabId),
      article && keep && !fresh ? deps.history!.lookup(pageUrl, hash).catch(() => null) : null,
    ]);
    if (!after) return TAB_GONE;
    if (url && after.url && !samePage(url, after.url)) return NAVIGATED;
    if (!isOutcome(outcome)) {
      return { ok: false, reason: 'injection-failed', note: { code: 'whyNoReply' } };
    }
    if (!outcome.ok) {
      const failure: DigestFailure = { ok: false, reason: outcome.reason, note: outcome.note };
      if (outcome.canForce && !force) failure.canForce = true;
      return failure;
    }
    if (known) {
      const answer: DigestResponse = { ok: true, digest: known, cached: true };
      deps.onAnswer?.(answer);
      await deps.cache.set(tabId, pageUrl, known);
      return answer;
    }
    const onEarly = deps.onEarly;
    onEarly?.('header', digestHeader(outcome.article, outcome.notices));
    const digest = buildDigest(outcome.article, {
      extractMs: outcome.extractMs,
      notices: outcome.notices,
      onQuotes: onEarly && ((early) => onEarly('quotes', early)),
    });
    const answer: DigestResponse = { ok: true, digest, cached: false };
    deps.onAnswer?.(answer);
    await deps.cache.set(tabId, pageUrl, digest);
    if (keep) await deps.history!.save(pageUrl, hash, digest).catch(() => undefined);
    return answer;
  } catch (error) {
    return internalFailure(error);
  }
}

function isOutcome(value: unknown): value is ExtractionOutcome {
  if (typeof value !== 'object' || value === null || typeof (value as { ok?: unknown }).ok !== 'boolean') return false;
  const v = value as ExtractionOutcome;
  return v.ok
    ? typeof v.article === 'object' && v.article !== null && Array.isArray(v.article.paragraphs)
    : typeof v.note === 'object' && v.note !== null && typeof v.note.code === 'string';
}

const TIMEOUT = Symbol('timeout');

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(TIMEOUT), ms);
  });
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}

/**
 * One read per tab at a time: reopening the popup while the first read is still running joins it
 * instead of injecting the extractor a second time.
 */
export function singleFlight(digest: (request: RequestOf<'digest'>) => Promise<DigestResponse>) {
  const running = new Map<string, Promise<DigestResponse>>();
  return (request: RequestOf<'digest'>): Promise<DigestResponse> => {
    const key = `${request.tabId}:${request.force ? 'force' : 'plain'}`;
    const pending = running.get(key);
    if (pending) return pending;
    const started = digest(request).finally(() => running.delete(key));
    running.set(key, started);
    return started;
  };
}
