// Slogans the dictionary does not list, found by their shape: a short phrase in quotation marks
// (“跨岛发展”, 「兩岸互不隸屬」) or an enumeration of parallel four-character phrases
// (政治定力、纪律定力、道德定力、抵腐定力). The annotator marks one only where no name of the
// state, place, person or formula lies inside it and the dictionary's own terms do not already
// cover all of it; the tooltip explains it word by word.
//
// Works on the annotator's stream: canonical code points (for Han and separators) beside the
// original characters (to tell an opening quotation mark from a closing one, and 、 from ，).
import { isHanCode } from './han.ts';

export interface PatternSpan {
  /** Index of the first character of the phrase, quotation marks excluded. */
  start: number;
  length: number;
  shape: 'quoted' | 'parallel';
  /** A quoted phrase built on numbers (“两确保一率先”, “五上”, “四个坚持”): a formula, not a slogan. */
  numbered?: boolean;
  /** The items of a quoted list joined by 、 (1 for a phrase that is no list). */
  items?: number;
}

/** The items of the list from `start` to `end`, split at 、 (and at ， where `commas`). */
function itemsOf(original: ArrayLike<number>, start: number, end: number, commas = false): { start: number; end: number }[] {
  const items: { start: number; end: number }[] = [];
  let itemStart = start;
  for (let index = start; index <= end; index += 1) {
    if (index < end && original[index] !== ENUMERATION_COMMA && !(commas && original[index] === CLAUSE_COMMA)) continue;
    items.push({ start: itemStart, end: index });
    itemStart = index + 1;
  }
  return items;
}

/** A quoted phrase has at least this many and at most this many Han characters. */
const QUOTED_HAN = { min: 2, max: 10 } as const;
/** Particles that end spoken sentences, never a slogan. */
const SPEECH_ENDS = new Set([...'了吗嗎呢啊吧呀啦嘛哦哈'].map((char) => char.codePointAt(0) as number));
/** Words of speech, not of slogans: pronouns of the people talking and softeners (“给大家增加点福利”). */
const SPEECH_WORDS = [...'大家 我们 我們 你们 你們 他们 他們 咱们 咱們 一下 点儿 點兒 增加点 增加點'.split(' ')].map((word) => [...word].map((char) => char.codePointAt(0) as number));
/** Question words: a quoted question asks, it is no slogan (“谁来做”“做什么”“怎么做”). */
const QUESTION_WORDS = [...'谁 誰 什么 什麼 怎么 怎麼 怎样 怎樣 哪 为何 為何 为什么 為什麼'.split(' ')].map((word) => [...word].map((char) => char.codePointAt(0) as number));
/** A quoted phrase that is not numbered has at least this many. */
const QUOTED_WORDS_MIN = 4;
/** …and at most this many characters in all (its 、 included). */
const QUOTED_MAX_LENGTH = 12;
/**
 * A quoted list of three to five items of one length, three or four characters each, may run to
 * this many: “党政同责、一岗双责、齐抓共管、失职追责”, “讲政治、守法纪、知敬畏、强作风”.
 */
const QUOTED_LIST_MAX_LENGTH = 24;
const QUOTED_LIST_ITEMS = { min: 3, max: 5 } as const;

const OPENING = new Map([...'“「『'].map((char, index) => [char.codePointAt(0) as number, '”」』'.codePointAt(index) as number]));
/** Straight quotation marks open and close alike. */
const STRAIGHT = new Set([...'"＂'].map((char) => char.codePointAt(0) as number));
const ENUMERATION_COMMA = '、'.codePointAt(0) as number;
const CLAUSE_COMMA = '，'.codePointAt(0) as number;
/** 和, 与 "and" before the last item of a list. */
const JOINING_AND = new Set([...'和与與'].map((char) => char.codePointAt(0) as number));
/** Clauses between commas in a quoted slogan: each at least this long, and at most this many. */
const COMMA_CLAUSE_MIN = 3;
const COMMA_CLAUSES_MAX = 4;

const keysOf = (words: string) => words.split(' ').map((word) => [...word].map((char) => char.codePointAt(0) as number));
/**
 * Words just before the opening mark that make the quoted phrase a name or an honour, not a
 * slogan: 入选“全国文明城市”, 荣获“五一劳动奖章”, 观看“反腐之路”(an exhibition).
 */
const NAMING_BEFORE = keysOf('入选 入選 获评 獲評 荣获 榮獲 评为 評為 授予 获得 獲得 称为 稱為 誉为 譽為 号称 號稱 素有 观看 觀看 命名 题为 題為');
/**
 * Words just after the closing mark that do the same (素有“千岛之城”之称), or that make it the name
 * of a behaviour or a problem, not a policy (“临阵脱逃”行为, “走过场”问题).
 */
const NAMING_AFTER = keysOf('之称 之稱 美誉 美譽 称号 稱號 荣誉 榮譽 字样 字樣 行为 行為 现象 現象 问题 問題');
/** Ends of a quoted name of an event, a day, a festival, a prize or a route: “海峡论坛”, “国际博物馆日”, “中国农民丰收节”, “金厦航线”. */
const EVENT_ENDS = keysOf(
  '论坛 論壇 会 會 日 节 節 航线 航線 奖 獎 杯 展览 展覽 展会 展會 大赛 大賽 竞赛 競賽 比赛 比賽',
);
const FESTIVAL = new Set([...'节節'].map((char) => char.codePointAt(0) as number));
/** …but 社会 is society: “和谐社会”; and 节 ends words that are no festival (“关键环节”, “抓细节”). */
const NOT_EVENT_ENDS = keysOf('社会 社會 机会 機會 环节 環節 细节 細節 关节 關節 季节 季節 调节 調節 章节 章節 气节 氣節');
/**
 * Ends of a quoted name of a thing, a unit or a place rather than a policy: a kind of village
 * (“软弱涣散村”), an office (“乡村振兴委员工作室”), a project (“交通治堵工程”), a front line, a
 * road map, results, a report, an area, a home (“企业之家”), an index (“幸福指数”), a service or
 * a team (“中介超市”, “示范食堂”, “青年突破队”) or a town project (“绿电小镇”). A slogan says what to do
 * or what is to be; these name what there is.
 */
const THING_ENDS = keysOf(
  '村 室 站 馆 館 工程 项目 項目 前线 前線 图 圖 成果 平台 中心 基地 窗口 热线 熱線 专栏 專欄 报告 報告 区域 區域 之家 指数 指數 专案 專案 ' +
    '超市 食堂 队 隊 小镇 小鎮 书屋 書屋 课堂 課堂',
);
/**
 * …but a verb before 村 makes a way of working (“能人治村”, “强镇带村”, “垃圾围村”), and 以…为中心
 * is a principle (“以人民健康为中心”).
 */
const NOT_THING_ENDS = keysOf('治村 兴村 興村 强村 強村 富村 建村 驻村 駐村 进村 進村 进乡村 進鄉村 护村 護村 管村 美村 带村 帶村 围村 圍村 为中心 為中心');
const DIGITS = { min: '0'.codePointAt(0) as number, max: '9'.codePointAt(0) as number };
/** What ends an amount after the digits: a decimal point, a unit or a measure word (12.7亿元, 2.6万户, 27条). */
const AMOUNT_ENDS = new Set([...'.．%％亿億万萬千百十元个個家户戶条條项項场場次名人所座件台套笔筆公'].map((char) => char.codePointAt(0) as number));
const isDigit = (code: number | undefined) => code !== undefined && code >= DIGITS.min && code <= DIGITS.max;
const NUMERALS = new Set([...'一二两兩双雙三四五六七八九十百千万萬亿億'].map((char) => char.codePointAt(0) as number));
/**
 * Words that begin with a numeral without counting anything: 两岸 "both sides of the Strait", 二把手
 * "deputy", 两面人 "double-dealer". Quoted alone (“一把手”), they are a word set off, not a slogan.
 */
const NOT_NUMBERED = keysOf('两岸 兩岸 一把手 二把手 两面人 兩面人 两面派 兩面派');
const TEN = '十'.codePointAt(0) as number;
const TIMES = '次'.codePointAt(0) as number;
const QUARTER = '季'.codePointAt(0) as number;
const DEGREE = '度'.codePointAt(0) as number;
const ONE = '一'.codePointAt(0) as number;
const WEIGHT = new Set([...'两兩'].map((char) => char.codePointAt(0) as number));
/** Measure words of numbered formulas (四个坚持, 四大支柱, 八项规定), as engine/formula-pattern.ts has them. */
const MEASURES = new Set([...'个個大项項种種张張条條类類'].map((char) => char.codePointAt(0) as number));

function keyAt(codes: ArrayLike<number>, at: number, key: readonly number[]): boolean {
  if (at < 0 || at + key.length > codes.length) return false;
  return key.every((code, index) => codes[at + index] === code);
}

/**
 * Quoted phrases and parallel enumerations in `original` (the stream's characters as written,
 * one code point each, whitespace removed), in order and not overlapping.
 */
export function sloganPatterns(original: ArrayLike<number>): PatternSpan[] {
  const quoted = quotedPhrases(original);
  // Both lists are in order: an enumeration inside quotation marks is the quoted phrase's.
  const parallel: PatternSpan[] = [];
  let next = 0;
  for (const span of parallelEnumerations(original)) {
    while (next < quoted.length && (quoted[next] as PatternSpan).start + (quoted[next] as PatternSpan).length <= span.start) next += 1;
    const quote = quoted[next];
    if (!quote || quote.start >= span.start + span.length) parallel.push(span);
  }
  return [...quoted, ...parallel].sort((a, b) => a.start - b.start);
}

function quotedPhrases(original: ArrayLike<number>): PatternSpan[] {
  const spans: PatternSpan[] = [];
  const length = original.length;
  /** Where the phrase before closed, and what it was. */
  let previousEnd = -1;
  let previousVerdict: ReturnType<typeof quotedVerdict> = 'other';
  for (let at = 0; at < length; at += 1) {
    const mark = original[at] as number;
    // Most characters are Han: no quotation mark.
    if (mark >= 0x3400 && isHanCode(mark)) continue;
    const closing = OPENING.get(mark) ?? (STRAIGHT.has(mark) ? mark : undefined);
    if (closing === undefined) continue;
    let end = at + 1;
    while (end < length && end - at - 1 <= QUOTED_LIST_MAX_LENGTH && original[end] !== closing) end += 1;
    if (end >= length || original[end] !== closing) continue;
    const start = at + 1;
    const phrase = { start, length: end - start, shape: 'quoted' as const };
    // A phrase quoted right after a name is another of the same list: 观看“反腐之路”“警示教育”.
    const listed = previousEnd === at - 1;
    // The closing mark is not the opening of another phrase.
    at = end;
    let verdict = quotedVerdict(original, phrase);
    if (listed && previousVerdict === 'name' && verdict === 'slogan') verdict = 'name';
    previousVerdict = verdict;
    previousEnd = end;
    const items = itemsOf(original, phrase.start, phrase.start + phrase.length).length;
    if (verdict === 'slogan') spans.push({ ...phrase, items, ...(isNumbered(original, phrase) && { numbered: true }) });
  }
  return spans;
}

/**
 * What a quoted phrase is: a slogan, a name (of an event, an honour, a behaviour: the phrases
 * quoted right after it are more of the same), the name of a thing (a project, a product: the
 * next phrase is judged on its own), or neither by its shape.
 */
/**
 * “外防输入，内防意外”, “不忘初心，牢记使命”: two to four clauses of one length (three characters or
 * more) with a comma between them, as slogans are written; the clauses of a quoted sentence differ.
 */
function commaClauses(original: ArrayLike<number>, start: number, length: number): boolean {
  let clauses = 0;
  let clauseLength = -1;
  let run = 0;
  let comma = false;
  for (let index = start; index <= start + length; index += 1) {
    const code = original[index];
    if (index === start + length || code === CLAUSE_COMMA || code === ENUMERATION_COMMA) {
      if (code === CLAUSE_COMMA && index < start + length) comma = true;
      if (run < COMMA_CLAUSE_MIN || (clauseLength !== -1 && run !== clauseLength)) return false;
      clauseLength = run;
      run = 0;
      clauses += 1;
    } else if (isHanCode(code)) run += 1;
    else return false;
  }
  return comma && clauses <= COMMA_CLAUSES_MAX;
}

function quotedVerdict(original: ArrayLike<number>, { start, length }: PatternSpan): 'slogan' | 'name' | 'thing' | 'other' {
  if (length > QUOTED_MAX_LENGTH) return uniformList(original, start, length) && !listOfAreas(original, start, length) ? 'slogan' : 'other';
  const commas = commaClauses(original, start, length);
  let han = 0;
  for (let index = start; index < start + length; index += 1) {
    const code = original[index];
    if (isHanCode(code)) han += 1;
    // Only Han characters, with 、 between them (“保稳定、求发展”), or commas between clauses of one
    // length; never at an end.
    else if ((code !== ENUMERATION_COMMA && !(commas && code === CLAUSE_COMMA)) || index === start || index === start + length - 1) return 'other';
  }
  if (han < QUOTED_HAN.min || han > QUOTED_HAN.max) return 'other';
  // Two characters in quotation marks are mostly a word set off (“焦点”), unless numbered (“五上”).
  if (han < QUOTED_WORDS_MIN && !isNumbered(original, { start, length, shape: 'quoted' })) return 'other';
  if (NOT_NUMBERED.some((key) => key.length === length && keyAt(original, start, key))) return 'other';
  const end = start + length;
  // Speech, not a slogan: 村民说“日子越过越好了”, “真的吗”; questions: “谁来做”“做什么”“怎么做”.
  if (SPEECH_ENDS.has(original[end - 1] as number)) return 'other';
  // …or speech by its pronouns and softeners: “为大家增加点福利”, “我们自己干”.
  for (let index = start; index < end; index += 1) if (SPEECH_WORDS.some((key) => keyAt(original, index, key))) return 'other';
  // (谁 "whoever" in parallel clauses is a rule of responsibility, no question: “谁举债、谁负责”.)
  let listed = false;
  for (let index = start; index < end; index += 1) if (original[index] === ENUMERATION_COMMA || commas) listed = true;
  for (let index = start; !listed && index < end; index += 1) if (QUESTION_WORDS.some((key) => keyAt(original, index, key))) return 'other';
  if (listed && describesState(original, start, end)) return 'other';
  if (NAMING_BEFORE.some((key) => keyAt(original, start - 1 - key.length, key))) return 'name';
  if (NAMING_AFTER.some((key) => keyAt(original, end + 1, key))) return 'name';
  const event = EVENT_ENDS.some((key) => keyAt(original, end - key.length, key)) && !NOT_EVENT_ENDS.some((key) => keyAt(original, end - key.length, key));
  // (Festivals counted are a formula: “两节” New Year's Day and the Spring Festival.)
  if (event && !(FESTIVAL.has(original[end - 1] as number) && isNumbered(original, { start, length, shape: 'quoted' }))) return 'name';
  // A numbered phrase is a formula whatever it ends with or is followed by (“双中心”, 支持“两重”27条).
  if (isNumbered(original, { start, length, shape: 'quoted' })) return 'slogan';
  const endsIn = (keys: readonly (readonly number[])[]) => keys.some((key) => keyAt(original, end - key.length, key));
  // Two clauses (“项目大谋划、谋划大项目”) are a slogan's shape, whatever the last word.
  let clauses = false;
  for (let index = start; index < end; index += 1) if (original[index] === ENUMERATION_COMMA || commas) clauses = true;
  if (!clauses && endsIn(THING_ENDS) && !endsIn(NOT_THING_ENDS)) return 'thing';
  // An amount right after the closing mark: the name of a product or a fund (办理“税银贷”12.7亿元),
  // not a year (“天下人游宜宾”2024文旅…).
  let digitsEnd = end + 1;
  while (isDigit(original[digitsEnd])) digitsEnd += 1;
  return digitsEnd > end + 1 && AMOUNT_ENDS.has(original[digitsEnd] as number) ? 'thing' : 'slogan';
}

/** A list joined by 、 of QUOTED_LIST_ITEMS items of three or four Han characters, all of one length. */
function uniformList(original: ArrayLike<number>, start: number, length: number): boolean {
  const items = itemsOf(original, start, start + length);
  const itemLength = (items[0] as { start: number; end: number }).end - start;
  if (items.length < QUOTED_LIST_ITEMS.min || items.length > QUOTED_LIST_ITEMS.max || itemLength < 3 || itemLength > 4) return false;
  return items.every((item) => {
    if (item.end - item.start !== itemLength) return false;
    for (let index = item.start; index < item.end; index += 1) if (!isHanCode(original[index])) return false;
    return true;
  });
}

/** Words that end the name of a field of work rather than a demand: 产业发展, 社会治理, 人居环境. */
const AREA_ENDS = new Set(['发展', '發展', '治理', '风貌', '風貌', '生态', '生態', '社会', '社會', '政府']);
/**
 * A long quoted list that names fields of work (“产业发展、社会治理、乡镇风貌”: half its items or more
 * end in such a word or a head of lists of kinds) or kinds of one thing (“数字政府、数字社会、数字经济”:
 * a first word shared and nothing else), not a slogan.
 */
function listOfAreas(original: ArrayLike<number>, start: number, length: number): boolean {
  const items = itemsOf(original, start, start + length);
  const areas = items.filter(({ end }) => {
    const last = String.fromCodePoint(original[end - 2] as number, original[end - 1] as number);
    return AREA_ENDS.has(last) || LIST_HEADS.has(last);
  }).length;
  if (areas * 2 >= items.length) return true;
  // Kinds of one thing: every item shares the first's first word.
  return items.every((item) => original[item.start] === original[start] && original[item.start + 1] === original[start + 1]);
}

/** Adjectives of amount and difficulty that end a clause saying how things stand: 阴雨多, 割机少, 麦收紧. */
const STATE_ENDS = new Set([...'多少紧緊难難慢贵貴远遠散乱亂差弱低缺'].map((char) => char.codePointAt(0) as number));
/**
 * A list in quotation marks whose every item ends in such an adjective and shares no word with
 * the others: how things stand (“阴雨多、割机少、麦收紧”), not a policy. A list that shares its first
 * word names a known problem (“看病难、看病贵”) and is judged as any other.
 */
function describesState(original: ArrayLike<number>, start: number, end: number): boolean {
  const items = itemsOf(original, start, end, true);
  if (items.length < 2 || !items.every((item) => STATE_ENDS.has(original[item.end - 1] as number))) return false;
  return items.every((item, index) => index === 0 || original[item.start] !== original[start]);
}

/**
 * Whether a quoted phrase is built on numbers: two numerals, not all 一 (一主六双), a numeral and a
 * measure word (四大支柱), or a numeral other than 一 first (五上, 三农, 八五). 一 alone first is a word
 * (一肩挑), and so is 一 repeated (一中心、一平台).
 */
function isNumbered(original: ArrayLike<number>, { start, length }: PatternSpan): boolean {
  // A list counts where more than half its items hold a numeral: “一高地、一枢纽、四中心” does,
  // “党政同责、一岗双责、齐抓共管、失职追责” (一 and 双 in one item of four) does not.
  const items = itemsOf(original, start, start + length);
  const counted = items.filter((item) => {
    for (let index = item.start; index < item.end; index += 1) if (NUMERALS.has(original[index] as number)) return true;
    return false;
  }).length;
  if (items.length > 1 && counted * 2 <= items.length) return false;
  if (NOT_NUMBERED.some((key) => keyAt(original, start, key))) return false;
  // A day of a month alone is a date (“五一”, “七一”), not a count; 两 after a numeral is a weight (“四两拨千斤”, “半斤八两”).
  const [first, second] = [original[start] as number, original[start + 1] as number];
  if (NUMERALS.has(first) && first !== TEN && length === 2 && second === ONE) return false;
  // A numeral before 次 is an ordinal, "second, secondary": “二次分配”, “二次创业” count nothing.
  if (NUMERALS.has(first) && second === TIMES) return false;
  let numerals = 0;
  let ones = 0;
  for (let index = start; index < start + length; index += 1) {
    if (!NUMERALS.has(original[index] as number)) continue;
    if (index + 1 < start + length && WEIGHT.has(original[index + 1] as number)) return false;
    // A numeral before 季度 is a quarter of the year, not a count: “强攻二季度、确保双过半” (四季 "the four seasons" counts).
    if (original[index + 1] === QUARTER && original[index + 2] === DEGREE) continue;
    numerals += 1;
    if (original[index] === ONE) ones += 1;
    // (一 and a measure word is "a": “激励一个，带动一片” counts nothing.)
    if (MEASURES.has(original[index + 1] as number) && index + 1 < start + length && original[index] !== ONE) return true;
  }
  // 一 alone, however often, says "one single" rather than counts: “一中心、一平台”, “一村一品”.
  if (ones === numerals) return false;
  return numerals >= 2 || (NUMERALS.has(first) && first !== ONE);
}

/** Four Han characters at `at`. */
function fourHan(original: ArrayLike<number>, at: number): boolean {
  if (at < 0 || at + 4 > original.length) return false;
  for (let index = at; index < at + 4; index += 1) if (!isHanCode(original[index])) return false;
  return true;
}

/**
 * Enumerations of four-character phrases joined by 、 whose items share two characters in the
 * same places: 政治纪律、组织纪律、廉洁纪律, 亲自部署、亲自谋划、亲自推动, 知纪于心、守纪于行.
 * That shared frame is what makes them one formula rather than an ad-hoc list (提质增效、争先进位).
 * The first and last items are the four characters next to the commas; the frame vouches for them.
 */
function parallelEnumerations(original: ArrayLike<number>): PatternSpan[] {
  const spans: PatternSpan[] = [];
  const length = original.length;
  for (let at = 4; at < length; at += 1) {
    if (original[at] !== ENUMERATION_COMMA || !fourHan(original, at - 4) || !fourHan(original, at + 1)) continue;
    // The run of items: four Han characters on each side of every comma.
    const items = [at - 4, at + 1];
    let next = at + 5;
    while (original[next] === ENUMERATION_COMMA && fourHan(original, next + 1)) {
      items.push(next + 1);
      next += 5;
    }
    // 思想自觉、政治自觉和行动自觉: the last item joined by 和 "and", where it keeps the frame.
    if (JOINING_AND.has(original[next] as number) && fourHan(original, next + 1) && !isHanCode(original[next + 5]) && isFrame(sharedPlaces(original, [...items, next + 1]))) {
      items.push(next + 1);
      next += 5;
    }
    // The whole enumeration shares the frame, or it is an ad-hoc list that happens to repeat a
    // word (领导干部、下沉干部、一线工作者); an item of another length before it says the same.
    const whole = original[at - 5] !== ENUMERATION_COMMA && original[next] !== ENUMERATION_COMMA;
    const shared = sharedPlaces(original, items);
    if (whole && isFrame(shared) && !((shared & LIST_HEAD_PLACES) === LIST_HEAD_PLACES && LIST_HEADS.has(String.fromCodePoint(original[at - 2] as number, original[at - 1] as number)))) {
      spans.push({ start: at - 4, length: next - (at - 4), shape: 'parallel' });
    }
    at = next - 1;
  }
  return spans;
}

/** The places (0–3) that hold the same character in every item, as bits. */
function sharedPlaces(original: ArrayLike<number>, items: readonly number[]): number {
  let shared = 0;
  for (let place = 0; place < 4; place += 1) {
    const code = original[(items[0] as number) + place];
    if (items.every((item) => original[item + place] === code)) shared |= 1 << place;
  }
  return shared;
}

/**
 * Nouns that head lists of kinds when the items share them at their end (服务贸易、绿色贸易、数字贸易,
 * 失业保险、工伤保险, 金川集团、白银集团, 工程安全、资金安全): a list of things, no slogan. Read off
 * the enumerations of the dictionary's sources, where nearly every one with these ends is such a
 * list; and 小组, villagers' groups named one after another (黑泥凹小组、大云小组), and 领导, leaders by
 * their part (主要领导、分管领导), and 要求, kinds of requirement (政治要求、使命要求、法治要求), and schools (明德小学、坡上小学),
 * and cadres by their post (机关干部、包村干部).
 * Ends that also close formulas stay out (纪律, 建设, 治理, 创新, 体系, 意识, 人才).
 */
const LIST_HEADS = new Set(
  (
    '监督 監督 消费 消費 贸易 貿易 教育 保险 保險 经济 經濟 领域 領域 安全 技术 技術 投资 投資 金融 企业 企業 集团 集團 ' +
    '优势 優勢 农业 農業 高铁 高鐵 铁路 鐵路 高速 机关 機關 服务 服務 中心 权利 權利 城市 学科 學科 规划 規劃 居民 ' +
    '环境 環境 结构 結構 工程 贷款 貸款 医院 醫院 空间 空間 物流 制度 材料 知识 知識 口岸 旅游 旅遊 草案 平台 用地 ' +
    '单位 單位 工作 基础 基礎 产业 產業 项目 項目 设施 設施 资源 資源 市场 市場 部门 部門 人员 人員 文化 监管 監管 合作 指数 指數 小组 小組 领导 領導 要求 小学 小學 中学 中學 干部 幹部'
  ).split(' '),
);
const LIST_HEAD_PLACES = 0b1100;

/** Two items' worth of frame: 政治纪律 (the end), 知纪于心 (the middle), 从严从紧 (alternate). Only a shared first word (重点方向、重点人群) is a list of things. */
const PREFIX_ONLY = 0b0011;
function isFrame(shared: number): boolean {
  let count = 0;
  for (let bits = shared; bits > 0; bits >>= 1) count += bits & 1;
  return count >= 2 && shared !== PREFIX_ONLY;
}
