import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Nothing to do yet: the toolbar badge and the keyboard command arrive with later issues.
  // The worker exists from day one so that its lifecycle is tested from the start.
});
