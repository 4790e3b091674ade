import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../../dictionary-build/build.ts';
import { clearPinyinOverrides, parsePinyinOverrides, PinyinReader } from '../../dictionary-build/pinyin.ts';
import { readPinyinWithPinyinPro } from '../../engine/pinyin-pro-reader.ts';
import { expandPlaces } from '../../engine/places.ts';
import { readDictionaryInputs } from '../../scripts/lib/dictionary-inputs.ts';
import { disagreementsWithCedict } from './cedict-reference.ts';

const inputs = readDictionaryInputs();
const { dictionary } = buildDictionary(inputs);
const forms = new Map(
  dictionary.entries.flatMap((entry) => entry.forms.map((form) => [form.text, { ...form, kind: entry.kind }] as const)),
);
const { overrides } = parsePinyinOverrides(inputs.pinyinOverrides.text, inputs.pinyinOverrides.file);

/** The reading the dictionary gives `text`: its entry form's, or one made with the same overrides. */
function readingOf(text: string, personName = false): string {
  const form = forms.get(text);
  if (form) return form.pinyin;
  try {
    return new PinyinReader(overrides).read(text, { personName });
  } finally {
    clearPinyinOverrides();
  }
}

// The hard cases: readings pinyin-pro gets wrong or that are easy to get wrong. Each must hold
// whether it comes from an override, from pinyin-pro, or from context.
const HARD_CASES: [text: string, reading: string, why: string][] = [
  ['局长', 'jú zhǎng', '长 is zhǎng "head" in titles; pinyin-pro says cháng'],
  ['市公安局局长', 'shì gōng ān jú jú zhǎng', 'the 局长 override must apply inside a longer title'],
  ['秘书长', 'mì shū zhǎng', 'pinyin-pro says cháng'],
  ['市政府秘书长', 'shì zhèng fǔ mì shū zhǎng', 'inside a longer title'],
  ['会长', 'huì zhǎng', '长 zhǎng'],
  ['市慈善总会会长', 'shì cí shàn zǒng huì huì zhǎng', '会 huì twice, 长 zhǎng'],
  ['院长', 'yuàn zhǎng', '长 zhǎng'],
  ['部长', 'bù zhǎng', '长 zhǎng'],
  ['省长', 'shěng zhǎng', '省 shěng, 长 zhǎng'],
  ['代市长', 'dài shì zhǎng', '长 zhǎng'],
  ['指挥长', 'zhǐ huī zhǎng', 'pinyin-pro says cháng'],
  ['长效机制', 'cháng xiào jī zhì', '长 is cháng "long" here'],
  ['长远目标', 'cháng yuǎn mù biāo', '长 is cháng "long" here'],
  ['降碳减污扩绿增长', 'jiàng tàn jiǎn wū kuò lǜ zēng zhǎng', '增长 zēng zhǎng "growth"'],
  ['一着不让', 'yī zhāo bù ràng', '着 zhāo "a move"; citation tones 一 yī, 不 bù; pinyin-pro says zhe'],
  ['急难愁盼', 'jí nán chóu pàn', '难 nán "difficult", not nàn'],
  ['重点', 'zhòng diǎn', '重 zhòng, not chóng'],
  ['如履薄冰', 'rú lǚ bó bīng', '薄 bó in the idiom; ü in lǚ'],
  ['扛起', 'káng qǐ', '扛 káng, not gāng'],
  ['市社会矛盾纠纷调处服务中心', 'shì shè huì máo dùn jiū fēn tiáo chǔ fú wù zhōng xīn', '调处 tiáo chǔ "mediate"'],
  ['戴着口罩抓发展', 'dài zhe kǒu zhào zhuā fā zhǎn', '着 is the neutral particle zhe here'],
  ['书记', 'shū ji', 'neutral tone on 记, as 现代汉语词典 and CC-CEDICT print it'],
  ['市委书记', 'shì wěi shū ji', 'the 书记 override inside a title'],
  ['解放思想', 'jiě fàng sī xiǎng', '解 jiě; pinyin-pro says jiè'],
  ['率先实现现代化', 'shuài xiān shí xiàn xiàn dài huà', '率 shuài "lead"; pinyin-pro says lǜ'],
  ['优存量扩增量', 'yōu cún liàng kuò zēng liàng', '量 liàng; pinyin-pro says liáng'],
  ['不打折', 'bù dǎ zhé', 'citation tone: no sandhi to bú'],
  ['一季度', 'yī jì dù', 'citation tone: no sandhi to yí'],
  ['党的二十大', 'dǎng de èr shí dà', '的 de'],
  ['十四五', 'shí sì wǔ', 'numbers read one by one'],
  ['市长在线·民声留言板', 'shì zhǎng zài xiàn · mín shēng liú yán bǎn', 'punctuation kept as itself'],
  ['融创熙园C区', 'róng chuàng xī yuán C qū', 'Latin letters kept as themselves'],
];

const PERSON_CASES: [text: string, reading: string, why: string][] = [
  ['华老伯', 'huà lǎo bó', '华 is Huà as a surname'],
  ['付先生', 'fù xiān sheng', '先生 xiān sheng, neutral tone'],
  ['储永宏', 'chǔ yǒng hóng', '储 chǔ'],
  ['刘旸', 'liú yáng', '旸 yáng'],
];

describe('pinyin of the hard cases', () => {
  it.each(HARD_CASES)('%s is %s (%s)', (text, reading) => {
    expect(readingOf(text)).toBe(reading);
  });

  it.each(PERSON_CASES)('the name %s is %s (%s)', (text, reading) => {
    expect(forms.get(text)?.kind, `${text} should be a person entry`).toBe('person');
    expect(readingOf(text, true)).toBe(reading);
  });
});

const TRADITIONAL_CASES: [text: string, reading: string, why: string][] = [
  ['亞西及非洲司', 'yà xī jí fēi zhōu sī', '亞 is yà, as 亚 is'],
  ['應急減災與公共服務司', 'yìng jí jiǎn zāi yǔ gōng gòng fú wù sī', '應急 "emergency" is yìng jí, as 应急 is'],
  ['著名', 'zhù míng', '著 is a Simplified character too, and stays'],
  ['乾隆', 'qián lóng', '乾 is a Simplified character too (not 干)'],
];

describe('the runtime reader on Traditional text', () => {
  it.each(TRADITIONAL_CASES)('reads %s as %s (%s)', (text, reading) => {
    expect(readPinyinWithPinyinPro(text).join(' ')).toBe(reading);
  });

  it('reads a Traditional surname as the Simplified one reads (單 Shàn)', () => {
    expect(readPinyinWithPinyinPro('單霽翔', { personName: true })[0]).toBe(readPinyinWithPinyinPro('单霁翔', { personName: true })[0]);
    expect(readPinyinWithPinyinPro('單霽翔', { personName: true })[0]).toBe('shàn');
  });

  it('gives no reading, rather than the character, for a Han character it cannot read (㵢 of 俞大㵢)', () => {
    expect(readPinyinWithPinyinPro('俞大㵢A', { personName: true })).toEqual(['yú', 'dà', '', 'A']);
  });
});

describe('posts of the title grammar', () => {
  it('read 长 as zhǎng "head" in every post that ends in it', () => {
    const misread = dictionary.grammar.posts
      .filter(({ part }) => part.endsWith('长'))
      .filter(({ part, pinyin }) => pinyin.split(' ')[[...part].length - 1] !== 'zhǎng')
      .map(({ part, pinyin }) => `${part}: ${pinyin}`);
    expect(misread).toEqual([]);
  });
});

describe('pinyin overrides', () => {
  it('are out of pinyin-pro once the dictionary is built (the runtime reads without them)', () => {
    expect(readPinyinWithPinyinPro('局长').join(' ')).toBe('jú cháng');
  });

  it('exist', () => {
    expect(overrides.length).toBeGreaterThan(0);
  });

  it.each(overrides.map((override) => [override.text, override.pinyin] as const))(
    '%s is still needed: pinyin-pro alone does not read it %s',
    (text, reading) => {
      // pinyin-pro without any override, as the runtime reads.
      const personName = forms.get(text)?.kind === 'person';
      expect(readPinyinWithPinyinPro(text, { personName }).join(' ')).not.toBe(reading);
    },
  );
});

const FULL_TONE = 'in a set political phrase, as read aloud in news broadcasts, keeps its full tone; CC-CEDICT gives the neutral-tone speech form';

const PLACE_QU =
  '曲 is qū "bend" in place names (in Tibetan ones it writes chu "river"); CC-CEDICT gives qǔ "tune" throughout. ' +
  "For 曲靖 the city's transport bureau confirmed the first tone in a reply of 22 Feb 2023 (https://0874bbs.com/archiver/tid-110031.html).";

// Where the dictionary's reading of a CC-CEDICT word differs from CC-CEDICT, after review.
const REVIEWED_DISAGREEMENTS: Record<string, string> = {
  三城三都: '都 is dū "capital" (国际美食之都, 国际音乐之都…); CC-CEDICT splits off the county name 三都 Sān dū.',
  产业工人队伍建设改革: '队伍 duì wu with the neutral tone, as 现代汉语词典 prints it; CC-CEDICT gives duì wǔ.',
  政法队伍教育整顿: '队伍 duì wu with the neutral tone, as 现代汉语词典 prints it; CC-CEDICT gives duì wǔ.',
  两重: '重 is zhòng "major" in the programme of 2024 (重大战略, 重点领域); CC-CEDICT has only the word 两重 liǎng chóng "double".',
  筠连县: "筠 is jūn in the county's name, as 现代汉语词典 gives it (筠连, Sichuan) and the county writes it in Pinyin (Junlian); CC-CEDICT gives Yún lián.",
  观塘区: '观 guān, as the name is said in Cantonese (gun1, the 观 of 观看, not gun3 of 道观); CC-CEDICT gives Guàntáng.',
  '想干事、会干事': '干事 here is the verb phrase gàn shì "do things"; CC-CEDICT has the noun 干事 gàn shi "clerk in charge".',
  牵一发动全身: '发 is fà "a hair" (牵一发而动全身); CC-CEDICT splits off the word 发动 fā dòng "launch".',
  急难愁盼: 'CC-CEDICT has the word 急难 jí nàn "crisis"; in the slogan each character is its own word: 急 urgent, 难 nán difficult, 愁 worrying, 盼 longed-for.',
  色达县: 'Sêrtar County: CC-CEDICT gives the colloquial shǎi; the standard reading and the official pinyin Seda use sè.',
  曲水县: 'Qüxü County: the county writes its name Qushui, first tone; CC-CEDICT gives qǔ.',
  萨嘎县: 'Saga County: CC-CEDICT gives gā; the official pinyin is Sagǎ (嘎 gǎ), as pinyin-pro reads it.',
  河南蒙古族自治县: '蒙古 is Měnggǔ, third tone, in the name of the Mongol people; CC-CEDICT has méng here only.',
  浪卡子县: 'Nagarzê County: 浪卡子 transcribes a Tibetan name, Langkazi, 卡 kǎ; CC-CEDICT splits off the word 卡子 qiǎ zi "clip".',
  麦盖提县: 'Makit County: the county writes its name Maigaiti (盖 gài); CC-CEDICT reads the surname gě.',
  台湾地区与大陆地区人民关系条例: '关系 "relations" in a legal title is read in full, guān xì; CC-CEDICT gives the neutral-tone speech form guān xi.',
  两岸关系: `关系 ${FULL_TONE} guān xi.`,
  海峡两岸关系协会: `关系 in the name of an association is read in full, as in the legal title above; CC-CEDICT gives guān xi.`,
  两岸关系和平发展: `关系 ${FULL_TONE} guān xi.`,
  亲清政商关系: `关系 ${FULL_TONE} guān xi.`,
  亲清新型政商关系: `关系 ${FULL_TONE} guān xi.`,
  区域全面经济伙伴关系协定: `关系 in the name of an agreement is read in full, as in the legal title above; CC-CEDICT gives guān xi.`,
  战略科技力量: `力量 ${FULL_TONE} lì liang.`,
  国家战略科技力量: `力量 ${FULL_TONE} lì liang.`,
  发展是硬道理: `道理 ${FULL_TONE} dào li.`,
  高质量发展是新时代的硬道理: `道理 ${FULL_TONE} dào li.`,
  新时代的硬道理: `道理 ${FULL_TONE} dào li.`,
  舍我其谁: 'CC-CEDICT has only shéi for 谁; the classical saying reads the literary shuí.',
  新时代党的建设总要求: 'CC-CEDICT finds its word 总要 zǒng yào "always need" across 总 + 要求; here 要求 is yāo qiú "requirements".',
  四个全面: `the measure word 个 ${FULL_TONE} ge.`,
  一个中国原则: `the measure word 个 ${FULL_TONE} ge.`,
  '贵在行动、成在坚持': 'CC-CEDICT finds its word 在行 zài háng "expert at" across 在 + 行动; here 行动 is xíng dòng "action".',
  '进得来、能发展、有作为': 'CC-CEDICT finds its word 得来 dé lái "obtained"; here 进得来 is a verb with a potential complement, jìn de lái "can get in".',
  '进得来、能发展': 'CC-CEDICT finds its word 得来 dé lái "obtained"; here 进得来 is a verb with a potential complement, jìn de lái "can get in".',
  干事创业: 'CC-CEDICT has the noun 干事 gàn shi "clerk"; here 干事 is a verb and its object, gàn shì "do things".',
  努力让人民群众在每一个司法案件中感受到公平正义: `the measure word 个 ${FULL_TONE} ge.`,
  让人民群众在每一个司法案件中感受到公平正义: `the measure word 个 ${FULL_TONE} ge.`,
  平等团结互助和谐的社会主义民族关系: `关系 ${FULL_TONE} guān xi.`,
  全面与进步跨太平洋伙伴关系协定: `关系 in the name of an agreement is read in full, as in the legal title above; CC-CEDICT gives guān xi.`,
  '保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转': `粮食 ${FULL_TONE} liáng shi.`,
  集中连片特殊困难地区: `困难 ${FULL_TONE} kùn nan.`,
  金字招牌: `招牌 ${FULL_TONE} zhāo pai.`,
  守住不发生系统性风险的底线: `守住 ${FULL_TONE} shǒu zhu.`,
  守住不发生系统性风险底线: `守住 ${FULL_TONE} shǒu zhu.`,
  经济大省要真正挑起大梁: 'CC-CEDICT has 挑起 tiǎo qǐ "provoke"; here 挑 is tiāo "carry on the shoulder" (挑大梁 "bear the main load").',
  钉钉子精神: 'CC-CEDICT has 钉钉 dīng dīng (two nouns); in 钉钉子 "hammer in a nail" the first 钉 is the verb dìng.',
  千亿斤粮食产能提升行动: `粮食 ${FULL_TONE} liáng shi.`,
  粮食单产提升行动: `粮食 ${FULL_TONE} liáng shi.`,
  粮食安全党政同责: `粮食 ${FULL_TONE} liáng shi.`,
  // Topics of the title grammar (省耕地保护和粮食安全工作领导小组) are such phrases too.
  粮食安全: `粮食 ${FULL_TONE} liáng shi.`,
  耕地保护和粮食安全: `粮食 ${FULL_TONE} liáng shi.`,
  守住不发生规模性返贫底线: `守住 ${FULL_TONE} shǒu zhu.`,
  守住不发生规模性返贫的底线: `守住 ${FULL_TONE} shǒu zhu.`,
  守住不发生规模性返贫致贫底线: `守住 ${FULL_TONE} shǒu zhu.`,
  集中力量办大事: `力量 ${FULL_TONE} lì liang.`,
  公转水: 'CC-CEDICT has 公转 gōng zhuàn "revolve (in orbit)"; here 公 is short for 公路 "road" and 转 zhuǎn "switch": freight shifted from road to water.',
  公转铁: 'CC-CEDICT has 公转 gōng zhuàn "revolve (in orbit)"; here 公 is short for 公路 "road" and 转 zhuǎn "switch": freight shifted from road to rail.',
  '更大范围、更宽领域、更深层次对外开放': 'CC-CEDICT has 更深 gēng shēn "late at night"; here 更 is gèng "more" (更深层次 "at deeper levels").',
  '从站起来、富起来到强起来': `起来 ${FULL_TONE} qǐ lai.`,
  敌对势力: `势力 ${FULL_TONE} shì li.`,
  成长中的烦恼: 'CC-CEDICT finds its word 中的 zhòng dì "hit the target" across 中 + 的; here they are zhōng "in" and de.',
  市场在资源配置中的决定性作用: 'CC-CEDICT finds its word 中的 zhòng dì "hit the target" across 在…中 + 的; here they are zhōng "in" and de.',
  学生营养改善计划: `学生 ${FULL_TONE} xué sheng.`,
  人造太阳: `太阳 ${FULL_TONE} tài yang.`,
  三重一大: 'CC-CEDICT has 三重 sān chóng "threefold"; here 重 is short for 重大 "major", zhòng.',
  '三个赋予、一个有利于': `the measure word 个 ${FULL_TONE} ge.`,
  三个赋予一个有利于: `the measure word 个 ${FULL_TONE} ge.`,
  事不避难: 'CC-CEDICT has 避难 bì nàn "take refuge"; in the idiom 难 is nán "difficulty": not shrinking from hard tasks.',
  干净干事: 'CC-CEDICT has the noun 干事 gàn shi "clerk"; here 干事 is a verb and its object, gàn shì "do things".',
  曲周县: PLACE_QU,
  曲阳县: PLACE_QU,
  阳曲县: PLACE_QU,
  垣曲县: PLACE_QU,
  河曲县: PLACE_QU,
  曲沃县: PLACE_QU,
  曲江区: PLACE_QU,
  曲靖市: PLACE_QU,
  那曲市: PLACE_QU,
  舟曲县: PLACE_QU,
  玛曲县: PLACE_QU,
  碌曲县: PLACE_QU,
  曲麻莱县: PLACE_QU,
  中国制造2025: 'the year is written in digits, which are not read as syllables here; CC-CEDICT spells 2025 out as èr líng èr wǔ.',
};

describe('readings checked against CC-CEDICT', () => {
  const disagreements = new Map<string, string>();
  for (const entry of dictionary.entries) {
    for (const form of entry.forms) {
      for (const { word, ours, cedict } of disagreementsWithCedict(form.text, form.pinyin)) {
        disagreements.set(form.text, `${word}: ours ${ours}, CC-CEDICT ${cedict.join(' / ')}`);
      }
    }
  }
  for (const place of expandPlaces(dictionary.places)) {
    for (const { word, ours, cedict } of disagreementsWithCedict(place.name, place.pinyin)) {
      disagreements.set(place.name, `${word}: ours ${ours}, CC-CEDICT ${cedict.join(' / ')}`);
    }
  }
  for (const part of Object.values(dictionary.grammar).flat()) {
    for (const { word, ours, cedict } of disagreementsWithCedict(part.part, part.pinyin)) {
      disagreements.set(part.part, `${word}: ours ${ours}, CC-CEDICT ${cedict.join(' / ')}`);
    }
  }

  it('agree for every form, title part and place, except the reviewed cases', () => {
    const unreviewed = [...disagreements].filter(([text]) => !(text in REVIEWED_DISAGREEMENTS));
    expect(unreviewed).toEqual([]);
  });

  it('still disagree where a disagreement was reviewed (else the review is stale)', () => {
    expect(Object.keys(REVIEWED_DISAGREEMENTS).filter((text) => !disagreements.has(text))).toEqual([]);
  });
});
