// Names that follow a title (县委书记王某, 市长徐军) but are not in the dictionary: the engine
// marks them as people with pinyin only — never a role it cannot read from the dictionary.

/**
 * Common Chinese surnames, single-character. A name after a title must start with one. 和 and 时
 * are left out: as surnames they are rare, as the words "and" and "time" everywhere.
 */
const SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝储'],
);
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '司徒', '东方', '夏侯', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '令狐', '端木', '西门', '南宫'];

/**
 * Characters that usually start the word after a name (主持, 参加, 在, 说, 强调 …): a two-character
 * given name is cut short before one of them (徐军参加 is 徐军, not 徐军参).
 */
const FOLLOWERS = new Set([...'主参在到来说指强表出调会一等和与及同率带陪分先也还就对向为是的代担任所前讲作要提听检看考深赴走慰宣致发签视介接答回召同兼']);

/** Words that often follow a title and begin with a surname character; never a name. */
const WORDS_AFTER_TITLE = ['强调', '高度', '指出', '表示', '要求', '任期', '应当', '应该', '常委', '同志', '向前', '于是', '程序', '严格', '万元', '成员', '时间', '方面', '和谐', '安排', '文件', '全体', '关于', '关心', '华侨'];

/**
 * The length (in characters) of the name starting at `chars[start]`, or 0 when there is none.
 * `chars` are the next few characters of the text.
 */
export function nameLengthAt(chars: readonly string[], start: number, isHan: (char: string | undefined) => boolean): number {
  const two = `${chars[start] ?? ''}${chars[start + 1] ?? ''}`;
  if (WORDS_AFTER_TITLE.includes(two)) return 0;
  const surnameLength = COMPOUND_SURNAMES.includes(two) ? 2 : SURNAMES.has(chars[start] ?? '') ? 1 : 0;
  if (surnameLength === 0) return 0;
  const givenStart = start + surnameLength;
  if (!isHan(chars[givenStart])) return 0;
  const second = chars[givenStart + 1];
  const givenLength = isHan(second) && !FOLLOWERS.has(second ?? '') ? 2 : 1;
  return surnameLength + givenLength;
}

/** "Xu Jun", "Ouyang Xiu": the standard romanisation, from the name's pinyin. */
export function romanizeName(readings: readonly string[], surnameLength: number): string {
  const plain = (syllables: readonly string[]) =>
    syllables
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
