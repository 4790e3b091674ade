// pinyin-pro on demand. Dictionary terms, composed titles and places carry their readings from the
// build; only text the dictionary does not hold (a name after a title, an unlisted numbered
// formula, pinyin over all text) needs a reader. The reader is a separate script, loaded the first
// time such text turns up, so that a page whose terms are all in the dictionary never pays for it.

import type { ReadPinyin } from '../engine/annotation.ts';
import { warnOf } from '../shared/failures.ts';

/** Thrown by PinyinOnDemand.read before the reader has loaded: the caller waits for `load()` and tries again. */
export class PinyinNotLoaded extends Error {
  constructor() {
    super('the pinyin reader is not loaded yet');
    this.name = 'PinyinNotLoaded';
  }
}

/** No reading for anything: what a page gets when the reader cannot load, rather than no marks at all. */
const readNothing: ReadPinyin = (text) => Array.from(text, () => '');

export class PinyinOnDemand {
  private reader: ReadPinyin | undefined;
  private loading: Promise<void> | undefined;

  /** `loadReader` fetches the reader; it is called at most once. */
  constructor(private readonly loadReader: () => Promise<ReadPinyin>) {}

  /** A reader that is there from the start (the command line, tests). */
  static loaded(reader: ReadPinyin): PinyinOnDemand {
    const onDemand = new PinyinOnDemand(() => Promise.resolve(reader));
    onDemand.reader = reader;
    return onDemand;
  }

  /** The reader's answer; throws PinyinNotLoaded until `load()` has settled. */
  readonly read: ReadPinyin = (text, options) => {
    if (!this.reader) throw new PinyinNotLoaded();
    return this.reader(text, options);
  };

  /**
   * Loads the reader once. Never rejects: if the reader cannot load, text outside the dictionary
   * is still marked, without pinyin, and the console says why.
   */
  load(): Promise<void> {
    this.loading ??= this.loadReader().then(
      (reader) => {
        this.reader = reader;
      },
      (error: unknown) => {
        warnOf('could not load the pinyin reader; names and unlisted formulas get no pinyin')(error);
        this.reader = readNothing;
      },
    );
    return this.loading;
  }
}
