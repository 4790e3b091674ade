// Which frame a script runs in. Guanhua runs in the top frame and in frames of the same origin
// (an old portal that holds its article in an iframe); it leaves frames of other sites (ads,
// embedded players, comment widgets) alone. Only the top frame answers the popup and sets the
// toolbar badge.

export type FrameRole = 'top' | 'same-origin' | 'cross-origin';

export function frameRole(view: Window): FrameRole {
  if (view.top === view) return 'top';
  try {
    // Reading another origin's location throws: that frame is not the page's own.
    return view.top !== null && view.top.location.origin === view.location.origin ? 'same-origin' : 'cross-origin';
  } catch {
    return 'cross-origin';
  }
}
