// What the page changes after Guanhua has read it: new paragraphs (infinite scroll, single-page
// navigation, React re-renders), and text the page writes into a node Guanhua had marked. Each is
// handed back to be read again; Guanhua's own changes are recognised and ignored.

export interface OwnNodes {
  /** Whether a node is Guanhua's own (a mark, the tooltip, its style sheet). */
  isOwn(node: Node): boolean;
  /** Whether a node is a page text node whose text Guanhua moved into its marks. */
  isOwnedOriginal(node: Node): boolean;
  /** Gives such a node back to the page: its marks go, its text is the node's own again. */
  release(text: Text): void;
}

export class MutationWatch {
  private readonly observer: MutationObserver;

  /** `reread` gets each node whose text should be read again. */
  constructor(
    root: Node,
    private readonly own: OwnNodes,
    private readonly reread: (node: Node) => void,
  ) {
    this.observer = new MutationObserver((records) => this.handle(records));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Handles the changes not delivered yet: called right after Guanhua's own writes, so that they are filtered while fresh. */
  flush(): void {
    const records = this.observer.takeRecords();
    if (records.length > 0) this.handle(records);
  }

  disconnect(): void {
    this.observer.disconnect();
  }

  private handle(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        const text = record.target as Text;
        if (this.own.isOwnedOriginal(text)) {
          // The page wrote new text into a node Guanhua had emptied: drop the old marks, read it again.
          if (text.nodeValue) {
            this.own.release(text);
            if (text.parentNode) this.reread(text.parentNode);
          }
        } else if (!this.own.isOwn(text) && text.parentNode) {
          this.reread(text.parentNode);
        }
        continue;
      }
      for (const removed of record.removedNodes) {
        if (this.own.isOwnedOriginal(removed)) this.own.release(removed as Text);
      }
      for (const added of record.addedNodes) {
        if (this.own.isOwn(added)) continue;
        const node = added.nodeType === Node.TEXT_NODE ? added.parentNode : added;
        if (node) this.reread(node);
      }
    }
  }
}
