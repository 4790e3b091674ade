// The page adapter's marker on the root element of a Chinese page: whether Guanhua is on there.
// It is also a hook for user styles (`html[data-guanhua="zh"] …`). Pages without Chinese get no
// marker (the popup asks the content script instead), so their scripts cannot tell Guanhua is there.

export type PageState = 'zh' | 'off';

export const PAGE_STATE_ATTRIBUTE = 'data-guanhua';

export function setPageState(root: HTMLElement, state: PageState): void {
  root.setAttribute(PAGE_STATE_ATTRIBUTE, state);
}

export function clearPageState(root: HTMLElement): void {
  root.removeAttribute(PAGE_STATE_ATTRIBUTE);
}
