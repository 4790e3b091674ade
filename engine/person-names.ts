// Names that follow a title (县委书记王某, 市长徐军) but are not in the dictionary: the engine
// marks them as people with pinyin only — never a role it cannot read from the dictionary.

import { CodeSet } from './code-set.ts';

/**
 * Common Chinese surnames, single-character. A name after a title must start with one. 和 and 时
 * are left out: as surnames they are rare, as the words "and" and "time" everywhere.
 */
export const SIMPLIFIED_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝储傅栗鄂楼铁洪阎寿丘鹿翦胥郁旷';
/**
 * Their Traditional forms, so that a Traditional page gets the same names (楊, 劉, 張, 陳). Not
 * 於, 餘, 範, 嶽, 遊, 塗, 鬱: those surnames keep 于, 余, 范, 岳, 游, 涂, 郁 in Traditional script, and the
 * Traditional characters are common words (於 "at"). 淩 is the form of 凌 that Traditional texts
 * often write (淩月明); 甯 the form of the surname 宁 Nìng that Hong Kong writes (甯漢豪).
 */
export const TRADITIONAL_SURNAMES =
  '張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蔣葉蘇呂盧鍾譚陸賈韋鄒閆龍賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯歐關蘭寧紀畢單駱藍鮑華饒陽農繆簡車項連麥婁竇黨宮費衛衞應閔鄔邊師欒榮叢鞏遲鄺儲樓鐵閻壽淩甯曠';
const SURNAMES = new Set([...SIMPLIFIED_SURNAMES, ...TRADITIONAL_SURNAMES]);
/** The same, by code point: asked at most positions of a text, without making a string. */
const SURNAME_CODES = new CodeSet([...SURNAMES].map((char) => char.codePointAt(0) as number));
const COMPOUND_SURNAMES = [
  ...['欧阳', '司马', '诸葛', '上官', '司徒', '东方', '夏侯', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '令狐', '端木', '西门', '南宫'],
  ...['歐陽', '司馬', '諸葛', '東方', '尉遲', '公孫', '長孫', '西門', '南宮'],
];

/**
 * Characters that usually start the word after a name (主持, 参加, 在, 说, 强调 …): a two-character
 * given name is cut short before one of them (徐军参加 is 徐军, not 徐军参).
 */
const FOLLOWERS = new Set([...'主参在到来说指表出调会等和与及同率带陪分先也还就对向为是的代担任所前讲作要提听检看考深赴走慰宣致签视介接答回召同兼受因邀', ...'參來說説調會與帶還對為擔講聽檢視']);

/** Verbs of saying that end a sentence's speaker before its words: 朱宇说，…. */
const SAYS = new Set([...'说說讲講']);

/** 今 "today" and 昨 "yesterday", written before the day in brackets in Hong Kong and Macao releases (今（15）日). */
const DAY_WORDS = new Set([...'今昨']);
const OPENING_BRACKETS = new Set([...'（(']);

/** Words a given name never starts with: 市委书记常由… is no name (由 "by"), nor 市长是…, nor 总书记向第五届… (第, of an ordinal). */
const FUNCTION_WORDS = new Set([...'由在是把被对从为将与和及等的了也都就已于以据按因所第', ...'對從為將與於']);

/**
 * Verbs that often follow a name: a two-character given name never takes their first character
 * (市长王勇安排… is 王勇 + 安排, not 王勇安).
 */
export const VERBS_AFTER_NAME: ReadonlySet<string> = new Set([
  ...['安排', '部署', '出席', '主持', '调研', '视察', '会见', '看望', '慰问', '指出', '强调', '要求', '表示', '带队', '率队', '参加', '听取', '宣布', '讲话', '介绍', '陪同'],
  ...['检查', '考察', '督导', '走访', '深入', '来到', '前往', '一行', '同志', '通报', '传达', '作了', '指导', '召集', '会同', '分别', '对此', '等人'],
  ...['列席', '受到', '当选', '担任', '兼任', '就任', '获得', '作为', '接受', '签署', '颁发', '进行', '辞去', '汇报', '彙報'],
  // 发 "issue, deliver" only in its verbs: 杨泽发 is a name of three (杨泽发组织召开…), 王军发表讲话 one of two.
  ...['发表', '發表', '发言', '發言', '发出', '發出', '发布', '發布', '發佈', '发来', '發來', '发送', '發送'],
  // 陈武举行会谈 "Chen Wu held talks"; 杨泽发组织召开 "Yang Zefa organised".
  ...['举行', '舉行', '组织', '組織'],
  // 主任刘健寄语新任干部 "Director Liu Jian's words to": 寄语 is no third character.
  ...['寄语', '寄語'],
  // 乔云认真听取 "Qiao Yun listened carefully": 认真 is no third character.
  ...['认真', '認真'],
  // 李杰正在… "Li Jie is (doing)": 正在 is no third character.
  ...['正在'],
  // 王磊详细汇报, 李明简要介绍, 张强亲自部署: an adverb before the verb is no third character either.
  ...['详细', '詳細', '简要', '簡要', '亲自', '親自'],
  // A report or request in the person's name: 组织部部长季星关于提请任免…的说明.
  ...['关于', '關於'],
  // When, right after the name: 副总理汪洋近日在甘肃调研, 日前, 今天, 昨天.
  ...['近日', '日前', '今天', '今日', '昨天', '昨日', '近期'],
  // 副乡长宋杰首先…: "first", not a third character; 崔梅女士 "Ms Cui Mei".
  ...['首先', '女士', '先生'],
  // 受市长杨波委托主持 "on behalf of Mayor Yang Bo": 委托 "entrust" after the name.
  ...['委托', '委託'],
  // How the person did it: 王霞高兴地接茬道 "Wang Xia said happily", 高度评价 "highly praised".
  ...['高兴', '高興', '高度'],
  // What the person thinks: 梁萬年認為 "Liang Wannian thinks".
  ...['认为', '認為'],
  // 副局长张炜借到长沙…之机 "taking the chance of a trip to": 借 is not a third character.
  ...['借到', '借机', '趁机'],
  // The end of a byline: 全媒体记者雷宇报道, 记者王军摄影.
  ...['报道', '報道', '報導', '摄影', '攝影'],
  // 均 "all" after the last of a list of names: 杨明军、王飚、高冲均受到…处分.
  ...['均受', '均被', '均为', '均已', '均系', '均在', '均為'],
  // The penalty after the name in a discipline notice: 给予石力党内严重警告处分, 给予王某政务撤职处分.
  ...['党内', '黨內', '政务', '政務', '开除', '開除', '撤销', '撤銷', '留党', '留黨'],
  // …and the verb that gives it after the list of names: 对副镇长张潮给予全县通报批评, 市长孙兵予以诫勉.
  ...['给予', '給予', '予以'],
  ...['安排', '部署', '出席', '主持', '調研', '視察', '會見', '看望', '慰問', '指出', '強調', '要求', '表示', '帶隊', '率隊', '參加', '聽取', '宣佈', '講話', '介紹'],
]);

/** Words that often follow a title or a verb of appointment and begin with a surname character; never a name. */
const WORDS_AFTER_TITLE = [
  ...['强调', '高度', '指出', '表示', '要求', '任期', '应当', '应该', '常委', '同志', '向前', '于是', '程序', '严格', '万元', '成员', '时间', '方面', '和谐', '安排', '文件', '全体', '关于', '关心', '华侨'],
  ...['解释', '解决', '严肃', '严厉', '全面', '任命', '任职', '任免', '陈述', '高效', '金融', '周密', '项目'],
  // A rank that continues the post: 行政长官高级特别助理 "Senior Special Assistant to the Chief Executive".
  ...['高级', '高級'],
  // 丘 is a surname (丘应桦), and the first character of 丘陵 "hills"; 应 (应勇) of 应急 "emergency".
  ...['丘陵', '应急', '應急'],
  // After 免去 and 任命: 免去党内和行政职务, 免去全部职务.
  ...['党内', '党外', '党政', '全部', '黨內', '黨外', '黨政'],
  // 对第一书记殷切寄语 "earnestly gave words to the first secretary", 主席全票当选 "elected unanimously":
  // words of manner after a post.
  ...['殷切', '全票'],
  // What a leader sent or did, not a name: 总书记贺信精神 "the spirit of the General Secretary's
  // letter of congratulation", 副主席应邀参加 "attended at the invitation".
  ...['贺信', '賀信', '回信', '应邀', '應邀'],
  // 卫 (衞, 衛) is a surname and the first character of 卫生 "health": 衞生防護中心顧問醫生 is a post.
  ...['卫生', '衛生', '衞生'],
  // 简 is a surname (简新华) and the first character of 简要 "briefly": 副主任简要介绍了 is a briefing.
  ...['简要', '簡要', '简单', '簡單'],
  // 管 is a surname (管仲) and the first character of 管区 "management district": 、管区书记 is a post.
  ...['管区', '管區'],
];

/** Whether the two characters are a word of WORDS_AFTER_TITLE, never the start of a name (管区, 简要). */
export function beginsNoName(two: string): boolean {
  return WORDS_AFTER_TITLE.includes(two);
}

/**
 * The length (in characters) of the name starting at `chars[start]`, or 0 when there is none.
 * `chars` are the next few characters of the text.
 */
export function nameLengthAt(chars: readonly string[], start: number, isHan: (char: string | undefined) => boolean): number {
  const two = `${chars[start] ?? ''}${chars[start + 1] ?? ''}`;
  // After a title, 任 is the verb "to take up" far more often than the surname Ren (由县委书记任市委常委):
  // the surname only where a verb that follows names follows the name (省政协副主席任湘生率队).
  const verbAt = (at: number) => VERBS_AFTER_NAME.has(`${chars[at] ?? ''}${chars[at + 1] ?? ''}`);
  if (WORDS_AFTER_TITLE.includes(two) || (chars[start] === '任' && !verbAt(start + 2) && !verbAt(start + 3))) return 0;
  // So is 向 "towards" more often than the surname Xiang (县长向大会报告, 书记向同级纪委全会述责): the
  // surname only before such a verb, a function word or 说 (主任向红梅在会上), or where the name ends at a
  // mark (市长向阳，, 、向东、).
  const nameEndsAt = (at: number) => verbAt(at) || !isHan(chars[at]) || FUNCTION_WORDS.has(chars[at] ?? '') || SAYS.has(chars[at] ?? '');
  if (chars[start] === '向' && !nameEndsAt(start + 2) && !nameEndsAt(start + 3)) return 0;
  const surnameLength = COMPOUND_SURNAMES.includes(two) ? 2 : SURNAMES.has(chars[start] ?? '') ? 1 : 0;
  if (surnameLength === 0) return dottedNameLength(chars, start, isHan);
  const givenStart = start + surnameLength;
  if (!isHan(chars[givenStart]) || FUNCTION_WORDS.has(chars[givenStart] ?? '')) return 0;
  const second = chars[givenStart + 1];
  const verbAfter = `${second ?? ''}${chars[givenStart + 2] ?? ''}`;
  // A character that often follows a name (前 of 前往, 对 "towards") is its last where the name
  // ends before a mark: 张广前、李定元.
  // (Not 说 "says": 朱宇说， is 朱宇.)
  // 和 "and" never stands before a comma: there it ends a name (艾胜群、胡志和、黄胜辉).
  const endsBeforeMark =
    isHan(second) && !isHan(chars[givenStart + 2]) && ((!FUNCTION_WORDS.has(second ?? '') && !SAYS.has(second ?? '')) || (CONJUNCTIONS.has(second ?? '') && LIST_MARKS.has(chars[givenStart + 2] ?? '')));
  // 深, 走, 视 … follow a name only as the first character of their verb (深入, 走访, 视察): 蔡冠深一行.
  const pairedFollower = PAIRED_FOLLOWERS[second ?? ''];
  const follows = FOLLOWERS.has(second ?? '') && (pairedFollower === undefined || pairedFollower.includes(chars[givenStart + 2] ?? ''));
  // 歐陽瑜今（15）日表示: 今 "today" or 昨 "yesterday" before the day in brackets is no character of the name.
  const dayInBrackets = DAY_WORDS.has(second ?? '') && OPENING_BRACKETS.has(chars[givenStart + 2] ?? '');
  const givenLength = isHan(second) && !dayInBrackets && (endsBeforeMark || (!follows && !VERBS_AFTER_NAME.has(verbAfter))) ? 2 : 1;
  let length = surnameLength + givenLength;
  // 艾力更·依明巴海: a name of a minority people in its parts, joined by middle dots.
  for (let at = start + length; MIDDLE_DOTS.has(chars[at] ?? '') && isHan(chars[at + 1]); ) {
    let end = at + 1;
    const endsPart = (index: number) => index - at > 2 && (FOLLOWERS.has(chars[index] ?? '') || VERBS_AFTER_NAME.has(`${chars[index] ?? ''}${chars[index + 1] ?? ''}`));
    while (end - at <= MAX_NAME_PART && isHan(chars[end]) && !endsPart(end)) end += 1;
    length = end - start;
    at = end;
  }
  return length;
}

const MIDDLE_DOTS = new Set([...'·・•‧∙⋅･']);
/** Characters that follow a name only as the first of a verb, with the characters that make it one (深入, 走访, 视察). */
const PAIRED_FOLLOWERS: Readonly<Record<string, string>> = { 深: '入', 走: '访訪进進上', 慰: '问問', 视: '察', 視: '察', 考: '察核', 检: '查', 檢: '查', 签: '署订約约', 介: '绍紹' };
/** "And", which joins names but never stands before the comma after one. */
const CONJUNCTIONS = new Set([...'和与與及']);
const LIST_MARKS = new Set([...'、，,']);

/**
 * A name of a minority people that begins with no surname, its parts joined by a middle dot
 * (尔肯江·吐拉洪): two to five Han characters, the dot, and two to six more; 0 otherwise.
 */
function dottedNameLength(chars: readonly string[], start: number, isHan: (char: string | undefined) => boolean): number {
  let dot = start;
  while (dot - start < 5 && isHan(chars[dot])) dot += 1;
  if (dot - start < 2 || !MIDDLE_DOTS.has(chars[dot] ?? '')) return 0;
  let end = dot + 1;
  while (end - dot - 1 < MAX_NAME_PART && isHan(chars[end]) && !(end - dot - 1 >= 2 && (FOLLOWERS.has(chars[end] ?? '') || VERBS_AFTER_NAME.has(`${chars[end] ?? ''}${chars[end + 1] ?? ''}`)))) end += 1;
  return end - dot - 1 >= 2 ? end - start : 0;
}
/** The longest part of a dotted name (依明巴海). */
const MAX_NAME_PART = 6;

/**
 * Words a name follows without a title: bylines (记者 华榕, 通讯员 穗仁宣) and the verbs of
 * appointment in personnel news (任命赵海洋、董冲为副区长, 免去李某的职务).
 */
export const NAME_INTRODUCERS = [
  ...['记者', '通讯员', '全媒体记者', '实习记者', '記者', '通訊員', '全媒體記者', '實習記者'],
  // A news agency's dateline, then the reporter in brackets: 北京2月8日电 （李源）.
  ...['日电', '日電'],
  // 挂职干部杨韵: a cadre on secondment, named in a list of those present.
  ...['挂职干部', '掛職幹部'],
  // A cadre by rank or by who manages them, in discipline notices: 副处级干部蔡惠华, 5名镇管干部金菊妹、屈悦锋.
  ...['处级干部', '副处级干部', '正处级干部', '科级干部', '副科级干部', '正科级干部', '厅级干部', '副厅级干部', '镇管干部', '村干部'],
  ...['處級幹部', '副處級幹部', '科級幹部', '副科級幹部', '廳級幹部', '副廳級幹部', '鎮管幹部', '村幹部'],
  ...['任命', '免去', '提名', '決定任命', '决定任命'],
  // 补选黄丽娜为…代表: elected to fill a vacancy.
  ...['补选', '補選'],
  // A story's credits, each label with its colon: 文字：和佳莹, 编辑：王润珠, 审核：余俊华 (a bare 编辑 or 审核 is a verb).
  ...['文字：', '编辑：', '责任编辑：', '责编：', '审核：', '审稿：', '校对：', '撰稿：', '摄影：', '图片：'],
  ...['編輯：', '責任編輯：', '責編：', '審核：', '審稿：', '校對：', '撰稿：', '攝影：', '圖片：'],
  // The candidate for a post: 副市长提名人选毛振海.
  ...['人选', '人選'],
  // 看望老领导洪永世、洪华生: the retired leaders a visit names.
  ...['老领导', '老同志', '老領導'],
];

/** Words after which a list of names may follow, read only where one does (镇班子成员丁裕、葛仲欢…陪同调研, 选举杨阳为…). */
export const NAME_LIST_INTRODUCERS = ['班子成员', '班子成員', '选举', '選舉'];

/** Entries after which a name follows: the reporter in 本报讯（韩章慧）, 本网讯（徐琦）. */
export const NAME_INTRODUCING_ENTRIES: ReadonlySet<string> = new Set(['本报讯', '本网讯']);

export function isSurname(char: string): boolean {
  return SURNAMES.has(char);
}

/** isSurname for one code point. */
export function isSurnameCode(code: number | undefined): boolean {
  return SURNAME_CODES.has(code);
}

/**
 * Whether the character after a name of three may still be part of it, as the last of a married
 * woman's name in Hong Kong style (楊何蓓茵: her husband's surname, her own, then her given name):
 * not a character that follows names (主持, 和, 在) or a function word.
 */
export function mayEndMarriedName(char: string): boolean {
  // (Nor 今 or 昨 of 今日, 今（八）日: 歐文龍今（八）日會見 is 歐文龍 "today".)
  return !FOLLOWERS.has(char) && !FUNCTION_WORDS.has(char) && !DAY_WORDS.has(char);
}

/** Whether this character, right after a name, says the name has ended: 和, 在, 的. */
export function endsName(char: string): boolean {
  return FUNCTION_WORDS.has(char);
}

/** Whether a given name may start with this character: not a function word (关于 is no name 关 + 于). */
export function mayStartGivenName(char: string): boolean {
  return !FUNCTION_WORDS.has(char);
}

/** "Xu Jun", "Ouyang Xiu": the standard romanisation, from the name's pinyin. */
export function romanizeName(readings: readonly string[], surnameLength: number): string {
  const dot = readings.findIndex((reading) => MIDDLE_DOTS.has(reading));
  if (dot >= 0) {
    // 艾力更·依明巴海 → Ailigeng·Yimingbahai: a transliterated name, part by part.
    return [readings.slice(0, dot), readings.slice(dot + 1)].map((part) => romanizeName(part, part.length)).join('·');
  }
  // A syllable that begins with a, o or e after another takes an apostrophe (Ping'an, Li Ke'ai).
  const plain = (syllables: readonly string[]) =>
    syllables
      .map((syllable, index) => (index > 0 && /^[aoeāáǎàōóǒòēéěè]/u.test(syllable) ? `'${syllable}` : syllable))
      .join('')
      .normalize('NFD')
      .replace(/[\u0300-\u0302\u0304\u030c]/g, '')
      .normalize('NFC');
  const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return `${capitalize(plain(readings.slice(0, surnameLength)))} ${capitalize(plain(readings.slice(surnameLength)))}`.trim();
}

export function surnameLengthOf(name: string): number {
  return COMPOUND_SURNAMES.includes([...name].slice(0, 2).join('')) ? 2 : 1;
}
