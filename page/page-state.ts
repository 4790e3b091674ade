// The page adapter's marker on the page's root element: what Guanhua decided about this page.
// It is also a hook for user styles (`html[data-guanhua="zh"] …`).

export type PageState = 'zh' | 'not-chinese' | 'off';

export const PAGE_STATE_ATTRIBUTE = 'data-guanhua';

export function setPageState(root: HTMLElement, state: PageState): void {
  root.setAttribute(PAGE_STATE_ATTRIBUTE, state);
}

export function clearPageState(root: HTMLElement): void {
  root.removeAttribute(PAGE_STATE_ATTRIBUTE);
}
