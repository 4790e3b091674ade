// The bundled dictionary in two parts: what the engine matches with, loaded with the annotator on
// every Chinese page, and the tooltip's texts (explanations, literal readings, examples, related
// terms, who uses a gloss, the sources, and the glosses of the kinds named below), loaded only when
// a reader first opens a tooltip.
import type { Dictionary, DictionaryEntry, DictionaryForm, DictionarySource, EntryKind, GrammarPart, TitleGrammar } from './dictionary-format.ts';
import { traditionalByCharacter, type StoredUnit } from './places.ts';

/**
 * The kinds whose glosses travel with the tooltip's texts, not with the matching part: the kinds
 * the engine never puts a composed name together from. (It reads the glosses of bodies, titles,
 * places and people into the English of what it composes, 国家税务总局鄂州市税务局 or 驻美国大使,
 * and a slogan's into "the strategy of …" before 战略.) Their marks carry the gloss '' until the
 * page has the texts; the tooltip and the popup's list wait for them.
 */
export const GLOSSES_WITH_TEXTS: ReadonlySet<EntryKind> = new Set<EntryKind>(['formula', 'idiom', 'other']);

/** An entry as the engine matches it: without a gloss where its kind's glosses are in the texts. */
export type MatchingEntry = Pick<DictionaryEntry, 'id' | 'kind' | 'forms' | 'sessions'> & { gloss?: string };

/** The dictionary the engine needs: every entry's matching fields, the grammar, the places, the ordinary words. */
export interface MatchingDictionary extends Omit<Dictionary, 'entries' | 'sources'> {
  entries: MatchingEntry[];
}

/** The tooltip's text of an entry, with its gloss where the matching part leaves it out. */
export type EntryTexts = Pick<DictionaryEntry, 'glossBy' | 'literal' | 'explanation' | 'related' | 'role' | 'example'> & { gloss?: string };

export interface TooltipTexts {
  sources: DictionarySource[];
  /** By entry id. */
  entries: Record<string, EntryTexts>;
}

export function splitDictionary(dictionary: Dictionary): { matching: MatchingDictionary; texts: TooltipTexts } {
  const { entries, sources, ...rest } = dictionary;
  const texts: TooltipTexts = { sources, entries: {} };
  const matching: MatchingEntry[] = [];
  for (const entry of entries) {
    const { id, kind, forms, gloss, sessions, glossBy, literal, explanation, related, role, example } = entry;
    const withTexts = GLOSSES_WITH_TEXTS.has(kind);
    matching.push({ id, kind, forms, ...(!withTexts && { gloss }), ...(sessions !== undefined && { sessions }) });
    texts.entries[id] = {
      ...(withTexts && { gloss }),
      explanation,
      ...(glossBy !== undefined && { glossBy }),
      ...(literal !== undefined && { literal }),
      ...(related !== undefined && { related }),
      ...(role !== undefined && { role }),
      ...(example !== undefined && { example }),
    };
  }
  // The grammar's notes are for its editors: the engine never reads them.
  const withoutNotes = (parts: readonly GrammarPart[]) => parts.map(({ note: _note, ...part }) => part);
  const { organisations, jurisdictions, bodies, posts, modifiers, topics } = rest.grammar;
  const grammar: TitleGrammar = {
    organisations: withoutNotes(organisations),
    jurisdictions: withoutNotes(jurisdictions),
    bodies: withoutNotes(bodies),
    posts: withoutNotes(posts),
    modifiers: withoutNotes(modifiers),
    topics: withoutNotes(topics),
  };
  return { matching: { ...rest, grammar, entries: matching }, texts };
}

/**
 * The matching part as the extension bundles it, smaller: an entry whose id is its first form's
 * text (all of them today) leaves the id out; a form's Traditional spellings and its pinyin are
 * left out where a table of characters made here from the forms themselves (`formTraditionalChars`,
 * each character's commonest spelling; `formReadings`, its commonest reading) gives the same. A form
 * the tables would get wrong keeps its own (polyphones: 长 in 市长; an empty list of spellings where it
 * has none). Entries come in runs of one kind (`entryRuns`: [kind, entries]), so no entry names its
 * kind; a form with nothing but its text is that text. The glosses stand apart, in entry order
 * (`entryGlosses`): English beside English and Chinese beside Chinese compress better than the two
 * interleaved (about 10 KB of 90 gzipped), and an entry with one bare form and nothing but a gloss
 * is then its text alone. An entry without a gloss (its kind's are in the texts) has no place
 * there; `glossesWithTexts` names those kinds. The places' readings come from a table of their own,
 * stored as its differences from the forms' table. Together these save over a third of the part's
 * gzipped size.
 * `unpackMatching` puts everything back, in the same order.
 */
export function packMatching(matching: MatchingDictionary): unknown {
  const formTraditionalChars = traditionalCharsOf(matching.entries);
  const formReadings = readingsOf(matching.entries);
  const { entries, ...rest } = matching;
  const entryRuns: [string, unknown[]][] = [];
  const entryGlosses: string[] = [];
  // A kind one of whose entries has no gloss has its glosses in the texts: all of its entries, as splitDictionary leaves them.
  const glossesWithTexts = new Set(entries.filter((entry) => entry.gloss === undefined).map((entry) => entry.kind));
  for (const { id, kind, gloss, ...fields } of entries) {
    if (!glossesWithTexts.has(kind)) entryGlosses.push(gloss as string);
    const forms = fields.forms.map(({ traditional, pinyin, ...form }) => {
      const derived = traditionalByCharacter(form.text, formTraditionalChars);
      const packed = {
        ...form,
        ...(readByCharacter(form.text, formReadings) !== pinyin && { pinyin }),
        ...(!sameSpellings(derived, traditional ?? []) && { traditional: traditional ?? [] }),
      };
      return Object.keys(packed).length === 1 ? packed.text : packed;
    });
    const [first] = forms;
    const ownId = id !== fields.forms[0]?.text;
    const packed = !ownId && forms.length === 1 && typeof first === 'string' && Object.keys(fields).length === 1 ? first : { ...(ownId && { id }), ...fields, forms };
    const run = entryRuns.at(-1);
    if (run?.[0] === kind) run[1].push(packed);
    else entryRuns.push([kind, [packed]]);
  }
  // The grammar's parts likewise: pinyin and spellings only where the tables would get them wrong,
  // and a part with nothing else than its text and English as the pair [part, english].
  const packPart = ({ pinyin, traditional, ...part }: GrammarPart): unknown => {
    const derived = traditionalByCharacter(part.part, formTraditionalChars);
    const packed = {
      ...part,
      ...(readByCharacter(part.part, formReadings) !== pinyin && { pinyin }),
      ...(!sameSpellings(derived, traditional ?? []) && { traditional: traditional ?? [] }),
    };
    return Object.keys(packed).length === 2 ? [packed.part, packed.english] : packed;
  };
  const grammar = Object.fromEntries(Object.entries(rest.grammar).map(([group, parts]) => [group, (parts as GrammarPart[]).map(packPart)]));
  // The places' readings likewise, from a table of their own: '' where it gives the unit's reading.
  // That table is stored as its differences from the forms' (most characters read alike in both).
  const placeTable = placeReadingsOf(rest.places.units);
  const units = rest.places.units.map((unit): StoredUnit => (readByCharacter(unit[0], placeTable) === unit[1] ? [unit[0], '', ...(unit.slice(2) as [number])] : unit));
  const placeReadings = Object.fromEntries(Object.entries(placeTable).filter(([char, reading]) => (formReadings[char] ?? char) !== reading));
  return { ...rest, grammar, places: { ...rest.places, units }, placeReadings, formTraditionalChars, formReadings, entryRuns, entryGlosses, glossesWithTexts: [...glossesWithTexts] };
}

/** Each character's commonest reading in the names of the places. */
function placeReadingsOf(units: readonly StoredUnit[]): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const [stem, pinyin] of units) {
    const syllables = pinyin.split(' ');
    const chars = [...stem];
    if (chars.length !== syllables.length) continue;
    for (const [index, char] of chars.entries()) {
      const tally = counts.get(char) ?? new Map<string, number>();
      tally.set(syllables[index] as string, (tally.get(syllables[index] as string) ?? 0) + 1);
      counts.set(char, tally);
    }
  }
  const table: Record<string, string> = {};
  for (const [char, tally] of counts) table[char] = [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? char;
  return table;
}

/** Each character's commonest reading among the forms (a non-Han character reads as itself). */
function readingsOf(entries: readonly MatchingEntry[]): Record<string, string> {
  return commonestByCharacter(entries, (form) => {
    const syllables = form.pinyin.split(' ');
    return [...form.text].length === syllables.length ? syllables : undefined;
  });
}

/**
 * For each character of the forms, the value `valuesOf` gives it most often (one value per
 * character of a form, or undefined to skip the form); characters whose commonest value is
 * themselves are left out.
 */
function commonestByCharacter(entries: readonly MatchingEntry[], valuesOf: (form: DictionaryForm) => readonly string[] | undefined): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const entry of entries) {
    for (const form of entry.forms) {
      const values = valuesOf(form);
      if (!values) continue;
      for (const [index, char] of [...form.text].entries()) {
        const value = values[index] as string;
        const tally = counts.get(char) ?? new Map<string, number>();
        tally.set(value, (tally.get(value) ?? 0) + 1);
        counts.set(char, tally);
      }
    }
  }
  const table: Record<string, string> = {};
  for (const [char, tally] of counts) {
    let best = char;
    let most = 0;
    for (const [value, count] of tally) if (count > most) [best, most] = [value, count];
    if (best !== char) table[char] = best;
  }
  return table;
}

/** A form's pinyin read character by character from the table: one token per character. */
function readByCharacter(text: string, table: Readonly<Record<string, string>>): string {
  let pinyin = '';
  for (const char of text) pinyin += pinyin ? ` ${table[char] ?? char}` : (table[char] ?? char);
  return pinyin;
}

function sameSpellings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((spelling, index) => spelling === b[index]);
}

/**
 * Each character's Taiwan and Hong Kong spelling as the forms use it most: "發" (both), or "臺台"
 * (Taiwan, then Hong Kong). Characters spelt as in Simplified are left out.
 */
function traditionalCharsOf(entries: readonly MatchingEntry[]): Record<string, string> {
  return commonestByCharacter(entries, (form) => {
    const chars = [...form.text];
    const taiwan = [...(form.traditional?.[0] ?? form.text)];
    const hongKong = [...(form.traditional?.[1] ?? form.traditional?.[0] ?? form.text)];
    if (taiwan.length !== chars.length || hongKong.length !== chars.length) return undefined;
    return chars.map((_, index) => (taiwan[index] === hongKong[index] ? (taiwan[index] as string) : `${taiwan[index]}${hongKong[index]}`));
  });
}

/**
 * The matching part from its bundled form. Anything it does not recognise is passed on as it is,
 * for `asMatchingDictionary` to reject with a clear error.
 */
export function unpackMatching(packed: unknown): unknown {
  const candidate = packed as { entryRuns?: unknown; entryGlosses?: unknown; glossesWithTexts?: unknown; formTraditionalChars?: unknown; formReadings?: unknown; placeReadings?: unknown; grammar?: unknown; places?: unknown } | null;
  if (!candidate || typeof candidate !== 'object' || !Array.isArray(candidate.entryRuns) || !Array.isArray(candidate.entryGlosses)) return packed;
  const { formTraditionalChars, formReadings, entryRuns, entryGlosses, glossesWithTexts, placeReadings, ...rest } = candidate;
  const withTexts = new Set(Array.isArray(glossesWithTexts) ? glossesWithTexts : []);
  const table = formTraditionalChars && typeof formTraditionalChars === 'object' ? (formTraditionalChars as Record<string, string>) : {};
  const readings = formReadings && typeof formReadings === 'object' ? (formReadings as Record<string, string>) : {};
  const unpackForm = (form: unknown): unknown => {
    // Most forms are bare strings: made in one step, as this runs for thousands of them on every page the engine starts on.
    if (typeof form === 'string') {
      const pinyin = readByCharacter(form, readings);
      const spellings = traditionalByCharacter(form, table);
      return spellings.length === 0 ? { text: form, pinyin } : { text: form, pinyin, traditional: spellings };
    }
    return withReadings(form, (form as { text?: unknown } | null)?.text);
  };
  /** A packed form or grammar part (`text` its characters) with the pinyin and spellings the tables give back. */
  const withReadings = (full: unknown, text: unknown): unknown => {
    if (typeof text !== 'string') return full;
    const { traditional, pinyin } = full as { traditional?: unknown; pinyin?: unknown };
    const spellings = traditional === undefined ? traditionalByCharacter(text, table) : traditional;
    const { traditional: _, ...plain } = full as Record<string, unknown>;
    const read = { ...plain, pinyin: pinyin === undefined ? readByCharacter(text, readings) : pinyin };
    return Array.isArray(spellings) && spellings.length === 0 ? read : { ...read, traditional: spellings };
  };
  // An entry without a gloss has none: the check rejects it unless its kind's glosses are in the texts.
  const unpackEntry = (kind: unknown, entry: unknown, gloss: unknown): unknown => {
    const withGloss = gloss === undefined ? {} : { gloss };
    if (typeof entry === 'string') return { id: entry, kind, forms: [unpackForm(entry)], ...withGloss };
    const { id, forms, ...fields } = (entry ?? {}) as { id?: unknown; forms?: unknown };
    if (!Array.isArray(forms)) return entry;
    const unpackedForms = forms.map(unpackForm);
    const first = unpackedForms[0] as { text?: unknown } | undefined;
    return { id: id === undefined && typeof first?.text === 'string' ? first.text : id, kind, forms: unpackedForms, ...withGloss, ...fields };
  };
  const unpackPart = (packedPart: unknown): unknown => {
    const full = Array.isArray(packedPart) ? { part: packedPart[0], english: packedPart[1] } : packedPart;
    return withReadings(full, (full as { part?: unknown } | null)?.part);
  };
  const grammar =
    rest.grammar && typeof rest.grammar === 'object'
      ? Object.fromEntries(Object.entries(rest.grammar).map(([group, parts]) => [group, Array.isArray(parts) ? parts.map(unpackPart) : parts]))
      : rest.grammar;
  const entries: unknown[] = [];
  let glosses = 0;
  for (const run of entryRuns) {
    const [kind, items] = Array.isArray(run) ? (run as unknown[]) : [];
    if (!Array.isArray(items)) entries.push(run);
    else if (withTexts.has(kind)) for (const item of items) entries.push(unpackEntry(kind, item, undefined));
    else for (const item of items) entries.push(unpackEntry(kind, item, entryGlosses[glosses++]));
  }
  const places = unpackPlaces(rest.places, { ...readings, ...(placeReadings && typeof placeReadings === 'object' ? (placeReadings as Record<string, string>) : {}) });
  return { ...rest, grammar, places, entries };
}

/** The places with each unit's reading that packMatching left out ('') read back from the table. */
function unpackPlaces(places: unknown, table: Readonly<Record<string, string>>): unknown {
  const units = (places as { units?: unknown } | null)?.units;
  if (!Array.isArray(units)) return places;
  return {
    ...(places as object),
    units: units.map((unit: unknown) => (Array.isArray(unit) && unit[1] === '' && typeof unit[0] === 'string' ? [unit[0], readByCharacter(unit[0], table), ...unit.slice(2)] : unit)),
  };
}
