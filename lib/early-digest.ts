// What the worker posts on the popup's port while it structures a page: the header, notices and
// key quotes (an EarlyDigest) before stakeholders and positions, so the popup paints them first.
// The full answer still comes back as the reply to the `digest` message.
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
  return v.type === 'early-digest' && typeof v.tabId === 'number' && (v.stage === 'header' || v.stage === 'quotes') && typeof v.early?.title === 'string' && Array.isArray(v.early.quotes) && Array.isArray(v.early.notices);
}
