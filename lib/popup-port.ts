// Messages on the port the popup holds open to the worker (POPUP_PORT_PREFIX + tab id), both ways:
// - popup → worker, `preread`: the popup starts the extractor in the tab the moment it opens, so
//   the page is read while a cold worker starts up; it passes on what the extractor returned (or
//   that it could not run), and the worker structures that instead of injecting it again.
// - worker → popup, `early-digest`: the header, then the notices and key quotes (an EarlyDigest),
//   before stakeholders and positions, so the popup paints them first. The full answer still
//   comes back as the reply to the `digest` message.
import type { EarlyDigest } from './digest';

export type { EarlyDigest };

/** 'header': title, outlet, byline, reading time (quotes still empty); 'quotes': key quotes and notices too. */
export type EarlyStage = 'header' | 'quotes';

export interface EarlyDigestMessage {
  type: 'early-digest';
  tabId: number;
  stage: EarlyStage;
  early: EarlyDigest;
}

export function earlyDigestMessage(tabId: number, stage: EarlyStage, early: EarlyDigest): EarlyDigestMessage {
  return { type: 'early-digest', tabId, stage, early };
}

/** Whether a port message is an early digest with the fields the popup paints. */
export function isEarlyDigestMessage(value: unknown): value is EarlyDigestMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<EarlyDigestMessage>;
  return (
    v.type === 'early-digest' &&
    typeof v.tabId === 'number' &&
    (v.stage === 'header' || v.stage === 'quotes') &&
    typeof v.early?.title === 'string' &&
    Array.isArray(v.early.quotes) &&
    Array.isArray(v.early.notices)
  );
}

/** What the popup's own run of the extractor gave: its return value, or the injection error. */
export type PrereadMessage = { type: 'preread'; tabId: number } & (
  { ok: true; result: unknown } | { ok: false; error: string }
);

export function isPrereadMessage(value: unknown): value is PrereadMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<PrereadMessage> & { error?: unknown };
  return (
    v.type === 'preread' &&
    typeof v.tabId === 'number' &&
    (v.ok === true || (v.ok === false && typeof v.error === 'string'))
  );
}
