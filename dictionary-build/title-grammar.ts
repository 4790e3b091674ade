// dictionaries/title-grammar.yaml: the parts of official titles, for composing unseen titles.
import type { GrammarPart } from '../engine/dictionary-format.ts';
import type { Problem } from './problems.ts';
import { isMap, isScalar, isSeq, pairsOf, readYamlFile, stringOf } from './yaml-file.ts';

export const GRAMMAR_GROUPS = ['organisations', 'jurisdictions', 'bodies', 'posts', 'modifiers', 'topics'] as const;
export type GrammarGroup = (typeof GRAMMAR_GROUPS)[number];

/** A part as written in the grammar file: the dictionary's part without its generated pinyin and Traditional spellings. */
export type GrammarPartSource = Omit<GrammarPart, 'pinyin' | 'traditional'> & { line: number };

export type TitleGrammarSource = Record<GrammarGroup, GrammarPartSource[]>;

const PART_FIELDS = ['part', 'english', 'alone', 'noun', 'class', 'deputy', 'ministerial', 'preposition', 'head-of', 'not-after', 'within', 'topic', 'after', 'note'];
/** Fields that are `true` or absent, and the groups each belongs to. */
const FLAGS = {
  bound: 'bodies',
  sessions: 'bodies',
  standalone: 'bodies posts',
  outermost: 'bodies',
  own: 'bodies',
  numbered: 'bodies',
  named: 'bodies',
  before: 'organisations',
  zone: 'jurisdictions',
  'after-level': 'posts',
  'only-after': 'posts',
} as const satisfies Record<string, string>;
type Flag = keyof typeof FLAGS;
/** Where a body's English takes its level and place (委: "CPC {j} Committee"). */
const LEVEL_SLOT = '{j}';
/** Where a body's English takes the topic before it (领导小组: "Leading Group for {t}"). */
const TOPIC_SLOT = '{t}';

export function parseTitleGrammar(text: string, file: string): { grammar: TitleGrammarSource; problems: Problem[] } {
  const yaml = readYamlFile(text, file);
  const problems = [...yaml.problems];
  const grammar: TitleGrammarSource = { organisations: [], jurisdictions: [], bodies: [], posts: [], modifiers: [], topics: [] };
  if (yaml.root === null || !isMap(yaml.root)) {
    if (problems.length === 0) {
      problems.push({ file, line: 1, problem: `expected a map with ${GRAMMAR_GROUPS.join(', ')}` });
    }
    return { grammar, problems };
  }
  const seen = new Map<string, number>();
  for (const groupPair of pairsOf(yaml.root)) {
    const group = stringOf(groupPair.key);
    if (!group || !(GRAMMAR_GROUPS as readonly string[]).includes(group)) {
      problems.push({ file, line: yaml.lineOf(groupPair), problem: `unknown group "${String(group)}" (groups: ${GRAMMAR_GROUPS.join(', ')})` });
      continue;
    }
    if (!isSeq(groupPair.value)) {
      problems.push({ file, line: yaml.lineOf(groupPair), problem: `"${group}" must be a list of parts` });
      continue;
    }
    for (const item of groupPair.value.items) {
      const line = yaml.lineOf(item as never);
      const values: Record<string, string> = {};
      let after: Record<string, string> | undefined;
      const flags = new Set<Flag>();
      for (const pair of pairsOf(item)) {
        const key = stringOf(pair.key) ?? '';
        if (key in FLAGS) {
          const flag = key as Flag;
          if (isScalar(pair.value) && pair.value.value === true && FLAGS[flag].split(' ').includes(group)) flags.add(flag);
          else problems.push({ file, line: yaml.lineOf(pair), problem: `"${flag}: true" is for ${FLAGS[flag].split(' ').join(' and ')} only` });
          continue;
        }
        if (key === 'after') {
          const entries = pairsOf(pair.value).map((inner) => [stringOf(inner.key), stringOf(inner.value)] as const);
          if (!isMap(pair.value) || entries.length === 0 || entries.some(([body, english]) => !body || !english)) {
            problems.push({ file, line: yaml.lineOf(pair), problem: '"after" must map bodies to English ("人大常委会: Chairman")' });
          } else {
            after = Object.fromEntries(entries);
          }
          continue;
        }
        const value = stringOf(pair.value);
        if (!PART_FIELDS.includes(key)) {
          problems.push({ file, line: yaml.lineOf(pair), problem: `unknown field "${key}" (fields: ${[...PART_FIELDS, ...Object.keys(FLAGS)].join(', ')})` });
        } else if (value === undefined) {
          problems.push({ file, line: yaml.lineOf(pair), problem: `"${key}" must be a non-empty string` });
        } else {
          values[key] = value;
        }
      }
      const { part, english, alone, noun, class: unitClass, deputy, ministerial, preposition, 'head-of': headOf, 'not-after': notAfter, within: withinText, topic, note } = values;
      const within = withinText?.split(/\s+/u).filter(Boolean);
      const notAfterLevels = notAfter?.split(/\s+/u).filter(Boolean);
      if (!part || !english) {
        problems.push({ file, line, problem: 'a part needs "part" and "english"' });
        continue;
      }
      if (!/^\p{Script=Han}+$/u.test(part)) {
        problems.push({ file, line, problem: `part "${part}" must be Chinese characters only` });
      }
      const key = `${group}:${part}`;
      if (seen.has(key)) {
        problems.push({ file, line, problem: `"${part}" is already listed in ${group} (line ${seen.get(key)})` });
        continue;
      }
      if (english.includes(LEVEL_SLOT) && group !== 'bodies') {
        problems.push({ file, line, problem: `"${LEVEL_SLOT}" (the place of the level in the English) is for bodies only` });
      }
      if (alone !== undefined && !english.includes(LEVEL_SLOT)) {
        problems.push({ file, line, problem: `"alone" is the English of a body whose English has "${LEVEL_SLOT}", without a level` });
      }
      if ((deputy !== undefined || ministerial !== undefined || preposition !== undefined || headOf !== undefined) && group !== 'posts') {
        problems.push({ file, line, problem: '"deputy", "ministerial", "preposition" and "head-of" are for posts only' });
      }
      if (after !== undefined && group !== 'posts' && group !== 'bodies') {
        problems.push({ file, line, problem: '"after" is for posts and bodies only' });
      }
      if ((noun !== undefined || unitClass !== undefined) && group !== 'jurisdictions') {
        problems.push({ file, line, problem: '"noun" and "class" are for jurisdictions only' });
      }
      if (notAfterLevels !== undefined && (group !== 'bodies' || notAfterLevels.some((name) => !grammar.jurisdictions.some((level) => level.part === name)))) {
        problems.push({ file, line, problem: `"not-after" is for bodies, and names jurisdictions listed before them, separated by spaces ("${notAfter}")` });
      }
      if (within !== undefined && (group !== 'bodies' || within.some((body) => !/^\p{Script=Han}+$/u.test(body)))) {
        problems.push({ file, line, problem: '"within" is for bodies, and lists the bodies (Chinese, separated by spaces) it stands right after' });
      }
      if (topic !== undefined && (group !== 'bodies' || !topic.includes(TOPIC_SLOT))) {
        problems.push({ file, line, problem: `"topic" is for bodies, and is the body's English after a topic, with "${TOPIC_SLOT}" where the topic goes` });
      }
      if (headOf !== undefined && !grammar.jurisdictions.some((level) => level.part === headOf)) {
        problems.push({ file, line, problem: `"head-of" must name a jurisdiction listed before the posts ("${headOf}" is not one)` });
      }
      if (flags.has('only-after') && after === undefined) {
        problems.push({ file, line, problem: '"only-after: true" needs "after": the bodies the post may follow' });
      }
      seen.set(key, line);
      grammar[group as GrammarGroup].push({
        part,
        english,
        line,
        ...(deputy !== undefined && { deputy }),
        ...(ministerial !== undefined && { ministerial }),
        ...(flags.has('bound') && { bound: true }),
        ...(flags.has('sessions') && { sessions: true }),
        ...(flags.has('standalone') && { standalone: true }),
        ...(flags.has('outermost') && { outermost: true }),
        ...(flags.has('own') && { own: true }),
        ...(flags.has('numbered') && { numbered: true }),
        ...(flags.has('named') && { named: true }),
        ...(flags.has('before') && { before: true }),
        ...(flags.has('zone') && { zone: true }),
        ...(flags.has('after-level') && { afterLevel: true }),
        ...(flags.has('only-after') && { onlyAfter: true }),
        ...(preposition !== undefined && { preposition }),
        ...(headOf !== undefined && { headOf }),
        ...(notAfterLevels !== undefined && { notAfter: notAfterLevels }),
        ...(within !== undefined && { within }),
        ...(topic !== undefined && { topic }),
        ...(noun !== undefined && { noun }),
        ...(unitClass !== undefined && { class: unitClass }),
        ...(alone !== undefined && { alone }),
        ...(after !== undefined && { after }),
        ...(note !== undefined && { note }),
      });
    }
  }
  return { grammar, problems };
}
