// The page adapter's marker on the root element of a Chinese page: whether Guanhua is on there.
// It is also a hook for user styles (`html[data-guanhua="zh"] …`). Pages without Chinese get no
// marker (the popup asks the content script instead), so their scripts cannot tell Guanhua is there.

export type PageState = 'zh' | 'not-chinese' | 'off';
/** The states written on a page. */
export type MarkedPageState = Exclude<PageState, 'not-chinese'>;

export const PAGE_STATE_ATTRIBUTE = 'data-guanhua';

export function setPageState(root: HTMLElement, state: MarkedPageState): void {
  root.setAttribute(PAGE_STATE_ATTRIBUTE, state);
}

export function clearPageState(root: HTMLElement): void {
  root.removeAttribute(PAGE_STATE_ATTRIBUTE);
}
