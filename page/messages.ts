// Messages from the content script to the background worker.

export interface TermsMessage {
  type: 'guanhua:terms';
  /** Distinct terms marked on the page. */
  distinct: number;
}

export function isTermsMessage(message: unknown): message is TermsMessage {
  const candidate = message as Partial<TermsMessage> | null;
  return !!candidate && candidate.type === 'guanhua:terms' && typeof candidate.distinct === 'number';
}
