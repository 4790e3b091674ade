import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../engine/annotation.ts';
import { Annotator } from '../../engine/annotator.ts';
import { asDictionary } from '../../engine/load-dictionary.ts';
import { readPinyinWithPinyinPro } from '../../engine/pinyin-pro-reader.ts';
import { sloganPatterns } from '../../engine/slogan-pattern.ts';
import { GENERATED_DICTIONARY } from '../../scripts/lib/paths.ts';

const dictionary = asDictionary(JSON.parse(readFileSync(GENERATED_DICTIONARY, 'utf8')));
const annotator = new Annotator({ dictionary, readPinyin: readPinyinWithPinyinPro });

/** "text[kind]" for each annotation, * marking what the engine put together. */
const summary = (annotations: Annotation[]) => annotations.map((annotation) => `${annotation.text}[${annotation.kind}${annotation.composed ? '*' : ''}]`);
const marks = (text: string) => summary(annotator.annotateText(text));
/** The unlisted slogans and formulas alone. */
const unlisted = (text: string) => summary(annotator.annotateText(text).filter((annotation) => annotation.source === 'slogan-pattern'));
const patterns = (text: string) => sloganPatterns([...text].map((char) => char.codePointAt(0) as number)).map(({ start, length, shape }) => `${[...text].slice(start, start + length).join('')}:${shape}`);

describe('unlisted slogans: quoted phrases', () => {
  it('marks a quoted phrase the dictionary lacks as a slogan, with pinyin, labelled as not in the dictionary', () => {
    const [annotation] = annotator.annotateText('全力推进“跨江融合”战略');
    expect(annotation).toMatchObject({ text: '跨江融合', kind: 'slogan', source: 'slogan-pattern', composed: true, id: '' });
    expect(annotation?.gloss).toBe('a phrase in quotation marks with no entry of its own');
    expect(annotation?.readings).toEqual(['kuà', 'jiāng', 'róng', 'hé']);
    expect(marks('落实“保稳定、求发展”要求')).toEqual(['保稳定、求发展[slogan*]']);
    expect(marks('堅持「兩岸互不隸屬」')).toEqual(['兩岸互不隸屬[slogan*]']);
  });

  it('reads a quoted phrase whose numeral names a quarter of the year as a slogan, not a numbered formula', () => {
    expect(marks('开展“强攻二季度、确保双过半”行动')).toEqual(['强攻二季度、确保双过半[slogan*]']);
    // The four seasons still count.
    expect(marks('持续开展“四季有约”消费促进活动')).toEqual(['四季有约[formula*]']);
  });

  it('reads 都 after 之 as dū "capital" in a city\'s title, where pinyin-pro reads dōu', () => {
    expect(annotator.annotateText('打造“演藝之都”、“體育之城”')[0]?.readings).toEqual(['yǎn', 'yì', 'zhī', 'dū']);
    expect(readPinyinWithPinyinPro('之都')).toEqual(['zhī', 'dū']);
    // Not 都 "all" elsewhere.
    expect(readPinyinWithPinyinPro('大家都来')).toEqual(['dà', 'jiā', 'dōu', 'lái']);
  });

  it('marks quoted clauses of one length with a comma between them, and not a quoted sentence', () => {
    expect(unlisted('要认真落实“外防输入，内防意外”的总体防控策略')).toEqual(['外防输入，内防意外[slogan*]']);
    expect(unlisted('群众说“好好学习，天天向上”')).toEqual(['好好学习，天天向上[slogan*]']);
    expect(unlisted('他说“我们要干，干好”')).toEqual([]);
    expect(unlisted('“我不知道，你问他吧”')).toEqual([]);
    // 一 and a measure word is "a", no count: a slogan, not a numbered formula.
    expect(unlisted('“激励一个，带动一片”')).toEqual(['激励一个，带动一片[slogan*]']);
    expect(unlisted('强化全省“一片云、一张网”')).toEqual(['一片云、一张网[slogan*]']);
  });

  it('leaves a quoted entry to the dictionary, and a quoted name or place to its own kind', () => {
    expect(marks('坚持“不忘初心、牢记使命”')).toEqual(['不忘初心、牢记使命[slogan]']);
    expect(marks('开展“无锡行动”')).toEqual(['无锡[place]']);
    expect(marks('推动“江阴、宜兴”合作')).toEqual(['江阴[place*]', '宜兴[place*]']);
  });

  it('reads a bare place name that is one of parallel quoted clauses as the word it also is', () => {
    // 兴业 is also Xingye County (Guangxi); here it is "make industry thrive", like 惠民 and 优政.
    expect(marks('聚焦“兴业、惠民、优政”')).toEqual(['兴业、惠民、优政[slogan*]']);
  });

  it('takes in the words of the dictionary inside it, with their readings', () => {
    // pinyin-pro alone reads 为 here as wèi; the entry 久久为功 says wéi.
    expect(readPinyinWithPinyinPro('久久为功谋振兴')[2]).toBe('wèi');
    const [annotation, ...rest] = annotator.annotateText('坚持“久久为功谋振兴”');
    expect(rest).toEqual([]);
    expect(annotation).toMatchObject({ text: '久久为功谋振兴', kind: 'slogan', source: 'slogan-pattern' });
    expect(annotation?.readings).toEqual(['jiǔ', 'jiǔ', 'wéi', 'gōng', 'móu', 'zhèn', 'xīng']);
  });

  it('reads a quoted phrase built on numbers as an unlisted formula', () => {
    expect(marks('实施“两区一园”计划，新增“五上”企业')).toEqual(['两区一园[formula*]', '五上[formula*]']);
    // 双 "double, twin" numbers too: 西安“双中心”建设.
    expect(marks('抓好西安“双中心”和平台建设')).toContain('双中心[formula*]');
    // 一 first alone, and 两岸, count nothing.
    expect(marks('推行“一站到底”')).toEqual(['一站到底[slogan*]']);
    // A plan's number is a count (“七五”普法); a day of a month (“五一”) and a weight (两) are not.
    expect(marks('开展“七五”普法')).toEqual(['七五[formula*]']);
    expect(unlisted('“五一”假期，迎接“七一”')).toEqual([]);
    expect(unlisted('发挥“半斤八两”的作用').some((mark) => mark.endsWith('[formula*]'))).toBe(false);
  });

  it('leaves honours, events, behaviours, epithets and single quoted words alone', () => {
    expect(unlisted('荣获“最美乡村”称号')).toEqual([]);
    expect(unlisted('举办“海峡合作论坛”')).toEqual([]);
    // A named day is an event, counted or not.
    expect(unlisted('迎来“国际博物馆日”，举办“六五环境日”主场活动')).toEqual([]);
    // So is a festival, unless counted (“两节”, a formula), and a word that ends in 节 is no festival.
    expect(unlisted('庆祝“中国农民丰收节”')).toEqual([]);
    expect(unlisted('做好“两节”期间工作')).toEqual(['两节[formula*]']);
    expect(unlisted('抓住“薄弱环节”“关键环节”')).toEqual(['薄弱环节[slogan*]', '关键环节[slogan*]']);
    expect(unlisted('对“走过场”行为严肃处理')).toEqual([]);
    expect(unlisted('素有“千岛之城”之称')).toEqual([]);
    expect(unlisted('成为“焦点”')).toEqual([]);
    // Three characters that count nothing are mostly a word set off: a manner (“拉网式”), a
    // metaphor (“活教材”). Numbered ones stay formulas (“双中心”, above).
    expect(unlisted('开展“拉网式”“过筛式”排查，成为“活教材”')).toEqual([]);
    // A word that starts with a numeral and counts nothing, set off alone: neither slogan nor formula.
    expect(unlisted('要当好“二把手”，支持“一把手”')).toEqual([]);
    expect(unlisted('落实“一把手”负总责、“二把手”具体抓')).toEqual([]);
    expect(unlisted('坚决清除“两面人”“两面派”')).toEqual([]);
    // Speech in quotation marks, and questions.
    expect(unlisted('村民们说“日子越过越好了”，又问“真的能成吗”')).toEqual([]);
    expect(unlisted('理清“谁来做”“做什么”“怎么做”，推动“怎樣辦”')).toEqual([]);
    expect(unlisted('他以“为大家增加点福利”为由，说“我们自己来办”')).toEqual([]);
    // 谁 "whoever" in parallel clauses asks nothing: a rule of responsibility.
    expect(unlisted('落实“谁举债、谁负责”')).toEqual(['谁举债、谁负责[slogan*]']);
    // A quoted title after another in a list of names is a name too.
    expect(unlisted('观看“反腐之路”“警示教育”专题片')).toEqual([]);
    expect(unlisted('“焦点”“跨江融合”')).toEqual(['跨江融合[slogan*]']);
  });

  it('marks a longer quoted list of three to five even items as one slogan, its slogans inside it, but not a list of fields of work', () => {
    expect(unlisted('坚持“党政同责、一岗双责、齐抓共管、失职追责”，切实')).toEqual(['党政同责、一岗双责、齐抓共管、失职追责[slogan*]']);
    expect(unlisted('开展“讲政治、守法纪、知敬畏、强作风”集中整治')).toEqual(['讲政治、守法纪、知敬畏、强作风[slogan*]']);
    // A list counts only where most of its items hold a numeral.
    expect(unlisted('打造“一高地、一枢纽、四中心”')).toEqual(['一高地、一枢纽、四中心[formula*]']);
    // Fields of work, and kinds of one thing, are no slogan.
    expect(unlisted('围绕“党建引领、产业发展、人居环境、基层治理、移风易俗”')).toEqual([]);
    expect(unlisted('推进“数字政府、数字社会、数字经济、数字生态”')).toEqual([]);
  });

  it('leaves a quoted list of how things stand alone, but not a known problem that repeats its first word', () => {
    expect(unlisted('针对我乡近期面临“阴雨多、割机少、麦收紧”的境况')).toEqual([]);
    expect(unlisted('破解“上学难、上学远”')).toEqual(['上学难、上学远[slogan*]']);
    expect(unlisted('做到“方向明、措施实”')).toEqual(['方向明、措施实[slogan*]']);
  });

  it('leaves the quoted names of things alone: projects, offices, kinds of village, products counted by an amount', () => {
    expect(unlisted('实施“交通治堵工程”等十大类')).toEqual([]);
    expect(unlisted('书记解释什么是“软弱涣散村”')).toEqual([]);
    expect(unlisted('建好“妇女之家”，提升群众的“幸福指数”，开启「聖誼專案」')).toEqual([]);
    expect(unlisted('联络组“乡村振兴委员工作室”驻室委员')).toEqual([]);
    expect(unlisted('办理“税银贷”12.7亿元')).toEqual([]);
    expect(unlisted('巡察组开出“体检报告”，维护“印太區域”和平')).toEqual([]);
    // A thing named does not make the next quoted phrase a name, as an event does.
    expect(unlisted('推行“带项目”“交地即动工”等供地新模式')).toContain('交地即动工[slogan*]');
    // A way of working ends in 村 after a verb; 以…为中心 is a principle; two clauses are a slogan's shape.
    expect(unlisted('坚持“能人治村”为导向，坚持“以人民健康为中心”')).toEqual(['能人治村[slogan*]', '以人民健康为中心[slogan*]']);
    expect(unlisted('坚持“项目大谋划、谋划大项目”')).toEqual(['项目大谋划、谋划大项目[slogan*]']);
    // A year after the closing mark is no amount; a formula keeps its count (支持“两新”27条).
    expect(unlisted('举办“天下人游宜宾”2024文旅发展大会')).toEqual(['天下人游宜宾[slogan*]']);
    expect(unlisted('支持“三清”27条')).toEqual(['三清[formula*]']);
    // A numeral before 次 is an ordinal: “二次分配” counts nothing.
    expect(unlisted('进行“二次分配”')).toEqual(['二次分配[slogan*]']);
    // Nor does 一 repeated, "one single" (“一中心、一平台”, “一楼一策”), while 一 beside another numeral counts.
    expect(unlisted('建设“一中心、一平台”，实行“一楼一策”')).toEqual(['一中心、一平台[slogan*]', '一楼一策[slogan*]']);
    expect(unlisted('构建“一主六双”格局')).toEqual(['一主六双[formula*]']);
    expect(patterns('加快建立“中介超市”，办好“示范食堂”，组建“青年突破队”')).toEqual([]);
  });

  it('pairs quotation marks as written: a closing mark opens nothing', () => {
    expect(patterns('增强“四个意识”、坚定“四个自信”')).toEqual(['四个意识:quoted', '四个自信:quoted']);
    expect(patterns('说“好”，再“跨江融合”')).toEqual(['跨江融合:quoted']);
    expect(patterns('没有结尾的“跨江融合')).toEqual([]);
    expect(patterns('“这是一句很长的引语不是口号而是原话”')).toEqual([]);
  });
});

describe("a place's own form of a national goal", () => {
  it("reads 美丽, 平安 or 法治 and a province or city as that place's Beautiful (Peaceful …) China", () => {
    const [mark] = annotator.annotateText('加快建设美丽唐山');
    expect(mark).toMatchObject({ text: '美丽唐山', kind: 'slogan', gloss: 'Beautiful Tangshan', source: 'title-grammar', composed: true });
    expect(mark?.readings).toEqual(['měi', 'lì', 'táng', 'shān']);
    expect(mark?.parts?.map((part) => part.english)).toEqual(['beautiful', 'Tangshan']);
    expect(marks('建設美麗臺灣')).toEqual(['美麗臺灣[slogan*]']);
    expect(annotator.annotateText('深化平安新疆建设，推进平安广东法治广东建设').map((mark) => `${mark.text} ${mark.gloss}`)).toEqual([
      '平安新疆 Peaceful Xinjiang',
      '平安广东 Peaceful Guangdong',
      '法治广东 Law-based Guangdong',
    ]);
    // A place named 平安 is the place.
    expect(marks('平安区')).toEqual(['平安区[place*]']);
    // Not a place the list of divisions does not give, nor the entries of the dictionary.
    expect(marks('美丽乡村建设，美丽中国')).toEqual(['美丽乡村[slogan]', '美丽中国[slogan]']);
  });
});

describe('unlisted slogans: parallel enumerations', () => {
  it('marks four-character phrases joined by 、 that share a frame as one slogan', () => {
    expect(marks('增强政治定力、纪律定力、道德定力，')).toEqual(['政治定力、纪律定力、道德定力[slogan*]']);
    expect(marks('做到知纪于心、守纪于行，')).toEqual(['知纪于心、守纪于行[slogan*]']);
    // 群众 inside 群众纪律 is not marked on its own.
    expect(marks('严守政治纪律、群众纪律、工作纪律')).toEqual(['政治纪律、群众纪律、工作纪律[slogan*]']);
  });

  it('does not take an ad-hoc list, a list of things sharing a first word, or a list with longer items', () => {
    expect(patterns('实现提质增效、争先进位')).toEqual([]);
    expect(patterns('聚焦重点方向、重点人群')).toEqual([]);
    expect(patterns('激励领导干部、下沉干部、一线工作者')).toEqual([]);
    expect(patterns('推进全面建成小康社会、全面深化改革')).toEqual([]);
  });

  it('does not take a list of kinds of one thing (items sharing a head noun at the end)', () => {
    expect(patterns('发展服务贸易、绿色贸易、数字贸易，')).toEqual([]);
    expect(patterns('加强审计监督、统计监督')).toEqual([]);
    expect(patterns('确保工程安全、资金安全')).toEqual([]);
    expect(patterns('夯实政治基础、思想基础、理论基础')).toEqual([]);
    // Villagers' groups of a village, named one after the other.
    expect(patterns('先后到大云村委会黑泥凹小组、大云小组，')).toEqual([]);
    // Leaders by their part in the work.
    expect(patterns('成员单位主要领导、分管领导，')).toEqual([]);
    expect(patterns('落实政治要求、使命要求、法治要求和工作要求，')).toEqual([]);
    expect(patterns('先后来到明德小学、坡上小学、滨河小学，')).toEqual([]);
    // Heads that also close formulas stay: the disciplines, the kinds of construction.
    expect(patterns('严守政治纪律、组织纪律、廉洁纪律')).toEqual(['政治纪律、组织纪律、廉洁纪律:parallel']);
    expect(patterns('统筹经济建设、政治建设、文化建设')).toEqual(['经济建设、政治建设、文化建设:parallel']);
    // A verb and its shared object is a way of working, not a list: 发动群众、组织群众、依靠群众.
    expect(patterns('坚持发动群众、组织群众、依靠群众')).toEqual(['发动群众、组织群众、依靠群众:parallel']);
  });

  it('takes in a last item joined by 和 that keeps the frame, and not one that runs on into a word', () => {
    expect(patterns('增强思想自觉、政治自觉和行动自觉。')).toEqual(['思想自觉、政治自觉和行动自觉:parallel']);
    expect(patterns('增强思想自觉、政治自觉和行动自觉性')).toEqual(['思想自觉、政治自觉:parallel']);
    expect(patterns('增强思想自觉、政治自觉和工作能力。')).toEqual(['思想自觉、政治自觉:parallel']);
  });

  it('keeps the terms of an enumeration whose items the dictionary lists', () => {
    expect(marks('坚持底线思维、协同思维、精准思维')).toEqual(['底线思维[slogan]']);
  });
});
