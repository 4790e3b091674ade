import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../engine/annotation.ts';
import { Annotator, NameMemory } from '../../engine/annotator.ts';
import { asDictionary } from '../../engine/load-dictionary.ts';
import { readPinyinWithPinyinPro } from '../../engine/pinyin-pro-reader.ts';
import { GENERATED_DICTIONARY } from '../../scripts/lib/paths.ts';

const dictionary = asDictionary(JSON.parse(readFileSync(GENERATED_DICTIONARY, 'utf8')));
const annotator = new Annotator({ dictionary, readPinyin: readPinyinWithPinyinPro });
const towns = (text: string) =>
  annotator
    .annotateText(text)
    .filter((annotation: Annotation) => annotation.source === 'place-pattern')
    .map((annotation) => `${annotation.text} ${annotation.gloss}`);

describe('towns, townships, subdistricts and villages below the list of divisions', () => {
  it("reads a village named like a county-level city right after its town (海口镇海林村), not the city", () => {
    expect(towns('青田县海口镇海林村')).toEqual(['海口镇 Haikou Town', '海林村 Hailin Village']);
  });

  it('reads one right after a place, and a village after its town', () => {
    expect(towns('会上，永定区罗塔坪乡、武陵源区索溪峪街道作交流发言')).toEqual(['罗塔坪乡 Luotaping Township', '索溪峪街道 Suoxiyu Subdistrict']);
    expect(towns('上饶县清水乡前汪村利用村委会新办公场所')).toEqual(['清水乡 Qingshui Township', '前汪村 Qianwang Village']);
    const [town] = annotator.annotateText('益阳清溪村以文化助推').filter((annotation) => annotation.source === 'place-pattern');
    expect(town).toMatchObject({ kind: 'place', composed: true, readings: ['qīng', 'xī', 'cūn'] });
  });

  it('reads a town named for a family market (蒋集镇), the last of a list after 和, and a town before its villages\' posts', () => {
    expect(towns('随后赴宁阳县蒋集镇学习小城镇建设')).toEqual(['蒋集镇 Jiangji Town']);
    // 集镇 "market town" stays a description after a word.
    expect(towns('宁阳县农村集镇建设')).toEqual([]);
    expect(towns('赴宁阳县东疏镇赵茂村、胡茂村和耿庄村学习')).toEqual(['东疏镇 Dongshu Town', '赵茂村 Zhaomao Village', '胡茂村 Humao Village', '耿庄村 Gengzhuang Village']);
    // Only after a list: one village and 和 is no list.
    expect(towns('宁阳县东疏镇赵茂村和胡茂村')).toEqual(['东疏镇 Dongshu Town', '赵茂村 Zhaomao Village']);
    expect(towns('要学习宁阳县东疏镇、蒋集镇村支部书记务实作风')).toEqual(['东疏镇 Dongshu Town', '蒋集镇 Jiangji Town']);
    expect(towns('全镇村干部')).toEqual([]);
    // A verb that follows names is no village's name: a visit to the village collective economy.
    expect(towns('赴宁阳县东疏镇调研村集体经济').map((town) => town.split(' ')[0])).not.toContain('调研村');
  });

  it('reads a town the sentence frames as a place: 与…相邻, …位于', () => {
    expect(towns('菁芜洲镇位于县境中部，东与万佛山镇相邻，南与牙屯堡镇交界，北与溪口镇接壤。')).toEqual([
      '菁芜洲镇 Jingwuzhou Town',
      '万佛山镇 Wanfoshan Town',
      '牙屯堡镇 Yatunbao Town',
      '溪口镇 Xikou Town',
    ]);
    // Not a word before the frame, nor a name that runs on from the text before it.
    expect(towns('该镇位于县境中部，城镇位于河谷，目前菁芜洲镇位于')).toEqual([]);
    // A meeting it holds, what it governs, a visit to it; a preposition before the name.
    expect(towns('戴庙镇召开县派第一书记座谈会。分别对云龙乡及所辖村、池园镇及所辖村开展巡察')).toEqual([
      '戴庙镇 Daimiao Town',
      '云龙乡 Yunlong Township',
      '池园镇 Chiyuan Town',
    ]);
    expect(towns('张朝俊一行深入东塬乡调研，并前往达板镇调研')).toEqual(['东塬乡 Dongyuan Township', '达板镇 Daban Town']);
    // 深入 "thoroughly" before a verb, and 村庄 "village" as a word.
    expect(towns('深入推动宁镇扬一体化发展，深入开展村庄清洁，各乡镇召开会议，全镇召开大会')).toEqual([]);
    // 赴 "go to"; 到 "to" only before a visit's verb, for it is also "until" and "down to".
    expect(towns('一行赴丁香镇调研，到黄柏乡开展调研')).toEqual(['丁香镇 Dingxiang Town', '黄柏乡 Huangbai Township']);
    expect(towns('责任落实到村，工作到村组，到2025年各村')).toEqual([]);
  });

  it('makes a place part of the title that a town read after it begins', () => {
    const [mark, ...rest] = annotator.annotateText('青浦区盈浦街道党工委委员、总工会主席徐敏');
    expect(mark).toMatchObject({ text: '青浦区盈浦街道党工委委员', kind: 'title', gloss: 'Member of the Yingpu Subdistrict Party Working Committee, Qingpu District' });
    expect(rest.map((annotation) => annotation.text)).toEqual(['总工会主席', '徐敏']);
    // A place within a place stays two places, as readers mark them.
    expect(annotator.annotateText('温州市鹿城区').map((annotation) => annotation.text)).toEqual(['温州市', '鹿城区']);
  });

  it("reads a county's or city's name without its level, then 镇, 乡 or 街道, as a town of that name", () => {
    // 古交 alone is Gujiao City (Taiyuan); 古交镇 is a town of Xinjiang County.
    expect(towns('我镇召开古交镇乡村建设誓师大会')).toEqual(['古交镇 Gujiao Town']);
    expect(towns('推进普兰镇、下司马镇、隆子镇等试点')).toEqual(['普兰镇 Pulan Town', '下司马镇 Xiasima Town', '隆子镇 Longzi Town']);
    // Not where the name's last character and the level word make a word, or 乡 begins one.
    expect(towns('新增城镇就业，扩大城乡交流，引进台湾乡建团队，昆山乡亲')).toEqual([]);
    expect(annotator.annotateText('扩大城乡交流').map((annotation) => annotation.text)).not.toContain('大城乡');
    // And a village of that name (嘉陵 alone is Jialing District), though not before a word that starts with 村.
    expect(towns('涉及我镇嘉陵村、紫荆村等5个村')).toEqual(['嘉陵村 Jialing Village', '紫荆村 Zijing Village']);
    expect(towns('嘉陵村民')).toEqual([]);
    // Not a city's name (宜宾 is a prefecture-level city), nor before a word of the village's.
    expect(towns('宜宾村集体经济发展，“嵊州村越”活动')).toEqual([]);
    expect(towns('嘉陵村干部')).toEqual([]);
    // 社区 after such a name is a residents' community (东海 alone is Donghai County).
    expect(towns('深入东海社区、青龙社区调研')).toEqual(['东海社区 Donghai Community', '青龙社区 Qinglong Community']);
  });

  it('reads a name that opens two clauses of a document with a level word as a town, and puts it into the titles it begins', () => {
    const document = '，张王镇隆重举行开工仪式。参加仪式的有副县长唐家华、张王镇党委书记李永富，张王镇全体干部。张王镇党委、政府将按照要求';
    const marks = annotator.annotateText(document).map((annotation) => `${annotation.text}[${annotation.kind}]`);
    expect(marks).toEqual([
      '张王镇[place]',
      '副县长[title]',
      '唐家华[person]',
      '张王镇党委书记[title]',
      '李永富[person]',
      '张王镇[place]',
      '张王镇党委[body]',
      '政府[body]',
    ]);
    // Once is not enough: a name before a level word at one clause's start may be a word (a place's, a person's).
    expect(towns('，张王镇隆重举行开工仪式。')).toEqual([]);
    // Nor a project's name in quotation marks, or a "home of" (之乡), however often it comes back.
    expect(towns('实施“数智黔乡”工程。入选“数智黔乡”试点。打造“名士之乡”，迭代“名士之乡”计划。')).toEqual([]);
  });

  it('remembers a town read once in a document, wherever it comes back, a headline before it too', () => {
    const blocks = ['菁芜洲镇：薪火赓续七十载', '菁芜洲镇位于县境中部，东与万佛山镇相邻。', '如今的菁芜洲镇，产业兴旺。'];
    const memory = new NameMemory();
    for (const block of blocks) annotator.learnNames([block], memory);
    const found = blocks.map((block) =>
      annotator
        .annotate([block], memory)
        .filter((annotation) => annotation.source === 'place-pattern')
        .map((annotation) => `${annotation.text} ${annotation.gloss}`),
    );
    expect(found).toEqual([['菁芜洲镇 Jingwuzhou Town'], ['菁芜洲镇 Jingwuzhou Town', '万佛山镇 Wanfoshan Town'], ['菁芜洲镇 Jingwuzhou Town']]);
    // Without the document's memory the first and last are not read.
    expect(towns(blocks[0] as string)).toEqual([]);
  });

  it('ends a village before a word that starts with 村 (老王脚村 + 村集体经济)', () => {
    expect(towns('其中地连村、车控村、老王脚村村集体经济收入超过30万元')).toEqual(['地连村 Dilian Village', '车控村 Chekong Village', '老王脚村 Laowangjiao Village']);
  });

  it('reads a village whose name begins with a county\'s bare name and a word of the land (青羊沟村)', () => {
    expect(towns('给阿柔乡日旭村、草达坂村、青羊沟村的村民们')).toEqual(['日旭村 Rixu Village', '草达坂村 Caodaban Village', '青羊沟村 Qingyanggou Village']);
  });

  it('reads a village whose name ends with a county\'s bare name, one character after its town (长安街道荆竹山村)', () => {
    expect(towns('长安街道荆竹山村为试点')).toEqual(["长安街道 Chang'an Subdistrict", '荆竹山村 Jingzhushan Village']);
  });

  it('reads a town named as the bound of an area in a notice (北至白龙镇)', () => {
    expect(towns('南至发电厂北侧墙，北至白龙镇陈村村南，东至108国道')).toEqual(['白龙镇 Bailong Town']);
  });

  it("reads Inner Mongolia's sumu and gacha as townships and villages", () => {
    expect(towns('深入萨麦苏木、嘎海乐苏木调研')).toEqual(['萨麦苏木 Samai Township', '嘎海乐苏木 Gahaile Township']);
    // Mongolian names run to six characters before them: 固日班图拉嘎嘎查.
    expect(towns('到固日班图拉嘎嘎查调研')).toEqual(['固日班图拉嘎嘎查 Guribantulaga Village']);
  });

  it('reads a town and its village after 来 "come" and before a verb of inspection', () => {
    expect(towns('市委书记胡忠雄来虹桥镇平安村调研指导')).toEqual(['虹桥镇 Hongqiao Town', "平安村 Ping'an Village"]);
  });

  it('reads a town and its village after 来到 "arrive at", 了 between, where 镇长 is no town head', () => {
    expect(towns('梁永泉一行首先来到了波洲镇长塘坪村查看了')).toEqual(['波洲镇 Bozhou Town', '长塘坪村 Changtangping Village']);
    const heads = annotator.annotateText('，镇长王明').map((annotation) => annotation.text);
    expect(heads).toEqual(['镇长', '王明']);
  });

  it('reads the village after a verb of going and one of looking (前往視察榮光村), and no title a town is given (卫生镇) as a name', () => {
    expect(towns('鄉長江淑芬18日前往視察榮光村溝渠')).toEqual(['榮光村 Rongguang Village']);
    expect(towns('县长前往调研荣光村')).toEqual(['荣光村 Rongguang Village']);
    expect(towns('湖南省卫生镇、湖南省科普小镇。')).toEqual([]);
    expect(towns('江苏省生态村')).toEqual([]);
  });

  it("reads a town whose name begins with a place's bare name, one character before 镇 (二道桥镇, 柳河子镇), not a word of 镇 or a joining word", () => {
    expect(towns('三道桥镇、二道桥镇')).toEqual(['三道桥镇 Sandaoqiao Town', '二道桥镇 Erdaoqiao Town']);
    expect(towns('灯塔市柳河子镇等5个')).toEqual(['柳河子镇 Liuhezi Town']);
    const places = (text: string) => annotator.annotateText(text).filter((mark) => mark.kind === 'place').map((mark) => mark.text);
    expect(places('开工洋县至西乡和镇巴至陕川')).toContain('西乡');
    expect(places('无锡古镇')).toEqual(['无锡']);
  });

  it("reads a heading that is a subdistrict's name after its ordinal, and no name that begins with a date's 年", () => {
    expect(towns('一、赤岗街道')).toEqual(['赤岗街道 Chigang Subdistrict']);
    expect(towns('一、加强领导')).toEqual([]);
    expect(towns('2018年太平镇')).toEqual([]);
  });

  it('reads a township whose name ends in 城 before 乡 where its village follows, and not 城乡 "urban and rural"', () => {
    expect(towns('对平城乡白丘北村')).toEqual(['平城乡 Pingcheng Township', '白丘北村 Baiqiubei Village']);
    expect(towns('好发挥乡镇联通城乡、服务乡村的作用')).toEqual([]);
    expect(towns('坚持兴城镇带乡村')).toEqual([]);
  });

  it('reads a community right after the subdistrict read before it', () => {
    expect(towns('将我市庄河市城关街道广大社区三组')).toEqual(['城关街道 Chengguan Subdistrict', '广大社区 Guangda Community']);
  });

  it('leaves a word no name begins with out of the first name of a list (到西一镇、西二镇)', () => {
    expect(towns('市委副书记田红梅到西一镇、西二镇调研')).toEqual(['西一镇 Xiyi Town', "西二镇 Xi'er Town"]);
  });

  it('reads a village whose name begins with the 镇 its town ends with (杨米涧镇 + 镇罗堡村)', () => {
    expect(towns('到杨米涧镇镇罗堡村调研')).toEqual(['杨米涧镇 Yangmijian Town', '镇罗堡村 Zhenluobao Village']);
    expect(towns('先后到杨米涧镇镇罗堡村、王梁村')).toEqual(['镇罗堡村 Zhenluobao Village', '王梁村 Wangliang Village']);
  });

  it('reads a list of names with the same level word, and a list that goes on after a place', () => {
    expect(towns('古镇镇、小榄镇、沙溪镇的有关负责人')).toEqual(['古镇镇 Guzhen Town', '小榄镇 Xiaolan Town', '沙溪镇 Shaxi Town']);
    expect(towns('介绍孟垓村、前张庄村、土山村基本情况')).toEqual(['孟垓村 Menggai Village', '前张庄村 Qianzhangzhuang Village', '土山村 Tushan Village']);
    expect(towns('江阴市新桥镇、华士镇')).toEqual(['新桥镇 Xinqiao Town', '华士镇 Huashi Town']);
  });

  it('leaves alone the words that end like a name: 农村, 乡村, 贫困村, 各乡镇, 工业重镇, 民族乡', () => {
    expect(towns('锡山区贫困村、示范村')).toEqual([]);
    expect(towns('江阴市农村、城镇')).toEqual([]);
    expect(towns('全县各乡镇、各村')).toEqual([]);
    expect(towns('宜兴市乡村振兴')).toEqual([]);
    expect(towns('壮大一批工业重镇、商贸强镇、农业大镇')).toEqual([]);
    expect(towns('全市有三类：工业重镇、商贸强镇，各具特色')).toEqual([]);
    expect(towns('不设区的市、市辖区、乡、民族乡、镇的人民代表大会')).toEqual([]);
    expect(towns('探索新型农村集体经济、新型城镇化')).toEqual([]);
    expect(towns('培育五个示范村、十个整治村')).toEqual([]);
    // A particle or a preposition does not begin a name: 深入了洋溪镇, 到X镇.
    expect(towns('秦会刚还实地走访了洋溪镇蒋家坝集体经济茶园')).toEqual(['洋溪镇 Yangxi Town']);
  });

  it('does not read a name with a district inside it', () => {
    // 鸿山街道 follows the zone it lies in, 无锡新区, itself a place: no 新区鸿山街道.
    expect(towns('无锡市无锡新区鸿山街道组织干部')).toEqual(['鸿山街道 Hongshan Subdistrict']);
    expect(towns('全市新区鸿山街道组织干部')).toEqual([]);
  });

  it('puts the town into a title or body that follows a place: 锡山区东港镇党委书记', () => {
    const marks = (text: string) => annotator.annotateText(text).map((annotation) => `${annotation.text} ${annotation.gloss}`);
    // The place before the town begins the title too.
    expect(marks('锡山区东港镇党委书记王某')).toContain('锡山区东港镇党委书记 Secretary of the CPC Donggang Town Committee, Xishan District');
    expect(marks('上饶县清水乡前汪村党支部书记')).toContain('清水乡前汪村党支部书记 Secretary of the Qianwang Village Party Branch, Qingshui Township');
    expect(marks('江阴市华士镇政府')).toContain('江阴市华士镇政府 Huashi Town Government, Jiangyin');
    // After a verb that gives a post, the town's name stands between them.
    expect(marks('徐敏在担任练塘镇党委委员期间')).toContain('练塘镇党委委员 Member of the CPC Liantang Town Committee');
    // Elsewhere the word before the level is a verb or an adjective, not a name.
    expect(marks('会上，组织村党支部书记学习')).toContain('村党支部书记 Secretary of the Village Party Branch');
    expect(marks('要求新任村党支部书记')).toContain('村党支部书记 Secretary of the Village Party Branch');
  });

  it('joins a town read where it stands, 原 "former" and the title after it', () => {
    const marks = (text: string) => annotator.annotateText(text).map((annotation) => `${annotation.text} ${annotation.gloss}`);
    // 垦利 has been a district since 2016: 垦利县 is the county it was, and the title takes it in.
    expect(marks('垦利县垦东街道原党工委书记、办事处主任崔旭升').at(0)).toBe('垦利县垦东街道原党工委书记 Former Secretary of the Party Working Committee, Kendong Subdistrict, Kenli County');
  });

  it('puts the name of a unit or zone into the title it begins, after a place, a verb that gives a post, or in a list of posts and names', () => {
    const marks = (text: string) => annotator.annotateText(text).map((annotation) => `${annotation.text} ${annotation.gloss}`);
    expect(marks('青浦区练塘水务管理所副所长杨明军、华新水务管理所副所长王飚受到处分')).toEqual([
      '青浦区练塘水务管理所副所长 Deputy Director of the Liantang Water Affairs Management Station, Qingpu District',
      '杨明军 Yang Mingjun',
      '华新水务管理所副所长 Deputy Director of the Huaxin Water Affairs Management Station',
      '王飚 Wang Biao',
    ]);
    expect(marks('时任城关派出所所长')).toEqual(['城关派出所所长 Director of the Chengguan Police Station']);
    expect(marks('周口临港开发区党工委书记孙鹏')).toEqual(['周口临港开发区党工委书记 Secretary of the Lingang Development Zone Party Working Committee, Zhoukou', '孙鹏 Sun Peng']);
    // A state-level new area run like a unit: 雄安新区 is no 安新 (Anxin County) inside it.
    expect(marks('河北雄安新区管理委员会')).toEqual(['河北雄安新区管理委员会 Xiong\'an New Area Administrative Committee']);
    expect(marks('中共河北雄安新区工作委员会')).toEqual(['中共河北雄安新区工作委员会 CPC Xiong\'an New Area Working Committee']);
    // The full 工作委员会 never follows a village, street or town (农村工作委员会 is rural work).
    expect(marks('县委农村工作委员会').map((mark) => mark.split(' ')[0])).not.toContain('村工作委员会');
    // A place added under a province leaves the province's own units where they were.
    expect(marks('定州市、江津区').map((mark) => mark.split(' (')[0])).toEqual(['定州市 Dingzhou', '江津区 Jiangjin District']);
    expect(marks('江津区')).toEqual(['江津区 Jiangjin District (Chongqing)']);
    // Not a verb or another word before the unit, nor a zone's "name" with no place before it.
    expect(marks('，联系派出所民警')).toEqual(['派出所 Police Station']);
    expect(marks('加快开发区管委会改革')).toEqual(['开发区管委会 Development Zone Administrative Committee']);
  });

  it("puts a town at the start of a clause and its village's name into the village post after them", () => {
    const marks = (text: string) => annotator.annotateText(text).map((annotation) => `${annotation.text} ${annotation.gloss}`);
    expect(marks('2018年11月，北山镇仁村村党支部书记郭足平受到党内警告处分')).toEqual([
      '北山镇仁村村党支部书记 Secretary of the Rencun Village Party Branch, Beishan Town',
      '郭足平 Guo Zuping',
    ]);
    expect(marks('三溪口街道下坦村党支部书记')).toEqual(['三溪口街道下坦村党支部书记 Secretary of the Xiatan Village Party Branch, Sanxikou Subdistrict']);
    // Not after unmarked text (a verb, a determiner) nor where the "village" is a word (各乡镇村).
    expect(marks('会议要求全镇各村党支部书记')).toEqual(['村党支部书记 Secretary of the Village Party Branch']);
    expect(marks('要求各乡镇村党支部书记')).toEqual(['村党支部书记 Secretary of the Village Party Branch']);
  });

  it("puts a name that opens a clause into the town's own Party committee or government after it, and into a post of it where the name holds no word", () => {
    const marks = (text: string) => annotator.annotateText(text).map((annotation) => `${annotation.text} ${annotation.gloss}`);
    expect(marks('对县自然资源局党组，国庆乡党委及所辖党总支开展常规巡察')).toContain('国庆乡党委 CPC Guoqing Township Committee');
    expect(marks('，蔡市镇政府召开会议')).toContain('蔡市镇政府 Caishi Town Government');
    // Before a title, a clause opens with other words as often as with a name (会议由, 最后): only a
    // name that ends in no function word and holds no word is the town's.
    expect(marks('3月20日，东郭镇党委书记孙然主持')).toContain('东郭镇党委书记 Secretary of the CPC Dongguo Town Committee');
    expect(marks('会议由镇党委书记主持')).toContain('镇党委书记 Secretary of the CPC Town Committee');
    // A village, only before one of its Party posts and by a family's name: 刘家佐村, not 新任村.
    expect(marks('，刘家佐村党支部书记李某')).toContain('刘家佐村党支部书记 Secretary of the Liujiazuo Village Party Branch');
    expect(marks('会上，新任村党支部书记发言')).toContain('村党支部书记 Secretary of the Village Party Branch');
    expect(marks('最后镇党委副书记作总结')).toContain('镇党委副书记 Deputy Secretary of the CPC Town Committee');
    // Nor with a Han character before the name, nor before a village's organs.
    expect(marks('要求乡党委加强领导')).toContain('乡党委 CPC Township Committee');
    // 经 "upon" may open the clause before the name: 经勐戛镇党委研究.
    expect(marks('2017年，经勐戛镇党委研究决定')).toContainEqual(expect.stringMatching(/^勐戛镇党委 CPC Meng\S+ Town Committee$/));
  });

  it('reads a town and its village written together where a name may begin, after a verb of going too', () => {
    expect(towns('在仰韶镇阳光村，周详一行实地察看')).toEqual(['仰韶镇 Yangshao Town', '阳光村 Yangguang Village']);
    expect(towns('，深入城郊乡上洋村调研')).toEqual(['城郊乡 Chengjiao Township', '上洋村 Shangyang Village']);
    // Not where the text runs on before the name, nor a word that ends in a level word.
    expect(towns('大力推进阳光村务')).toEqual([]);
    expect(towns('在各乡镇村')).toEqual([]);
  });

  it('reads a town named after a family\'s village after its county or city (曲阜市吴村镇), not 村镇 "villages and towns" after a word', () => {
    expect(towns('曲阜市吴村镇')).toEqual(['吴村镇 Wucun Town']);
    expect(towns('创建文明村镇、善治村镇。')).toEqual([]);
  });

  it('reads a subdistrict named after a road (与四平路街道, 。控江路街道) with the road in its English, not a common word before 路街道', () => {
    expect(towns('当日，区文明办与四平路街道共同主办了')).toEqual(['四平路街道 Siping Road Subdistrict']);
    expect(towns('。控江路街道还为23个社区')).toEqual(['控江路街道 Kongjiang Road Subdistrict']);
    expect(towns('在延吉东路街道调研')).toEqual(['延吉东路街道 Yanji East Road Subdistrict']);
    expect(towns('修建公路街道整洁，沿铁路街道，城市道路街道')).toEqual([]);
    expect(annotator.annotateText('平凉路街道党工委').map((mark) => `${mark.text} ${mark.gloss}`)).toEqual(['平凉路街道党工委 Pingliang Road Subdistrict Party Working Committee']);
  });

  it('reads a town and its village after a verb of going or looking, whatever stands before the verb, and a community after its subdistrict', () => {
    expect(towns('张世伟先后深入寺坪镇稻场坪村阮仕全家中')).toEqual(['寺坪镇 Siping Town', '稻场坪村 Daochangping Village']);
    expect(towns('一行先后察看富泉乡蜚安村早稻示范田')).toEqual(['富泉乡 Fuquan Township', '蜚安村 Fei\'an Village']);
    expect(towns('先后到北环路街道明珠社区、五一路街道五一路社区')).toEqual([
      '北环路街道 Beihuan Road Subdistrict',
      '明珠社区 Mingzhu Community',
      '五一路街道 Wuyi Road Subdistrict',
      '五一路社区 Wuyi Road Community',
    ]);
    // Not words that end in level words after such a verb, nor one level alone.
    expect(towns('把责任落实到镇村，延伸到乡镇社区')).toEqual([]);
    expect(towns('实地调研城关镇社区服务中心')).toEqual([]);
    expect(towns('组织干部考察学习先进镇先进村')).toEqual([]);
  });

  it('takes a village named before a post whose 村 doubles its own into the title, and no verb before a single 村', () => {
    const marks = (text: string) => annotator.annotateText(text).map((annotation) => `${annotation.text} ${annotation.gloss}`);
    expect(marks('福成村村委会副主任王某某')[0]).toBe('福成村村委会副主任 Deputy Director of the Fucheng Village Committee');
    expect(marks('，加强村党组织建设')).toEqual(['村党组织 Village Party Organization']);
    expect(marks('，督促村党支部书记')).toEqual(['村党支部书记 Secretary of the Village Party Branch']);
    // Not 让 "let" at the head of a village's name.
    expect(towns('，让溪池村人大代表联系群众')).toEqual([]);
  });

  it('takes a village named before its committee (在甲甸村委会) into one body, but no word, verb or law before it', () => {
    const marks = (text: string) => annotator.annotateText(text).map((annotation) => `${annotation.text} ${annotation.gloss} ${annotation.source}`);
    expect(marks('在甲甸村委会组织召开会议')).toEqual(['甲甸村委会 Jiadian Village Committee title-grammar']);
    expect(marks('分别到大云村委会、黑泥凹村')[0]).toBe('大云村委会 Dayun Village Committee title-grammar');
    expect(marks('，布摆村委会')).toEqual(['布摆村委会 Bubai Village Committee title-grammar']);
    // A word before it (相关 "concerned"), a verb of the law's full name, a clause without a boundary.
    expect(marks('，相关村委会做了表态发言')[0]).toBe("村委会 villagers' committee entry");
    expect(marks('领导和支持村民委员会行使职权')).toEqual(["村民委员会 villagers' committee entry"]);
    expect(marks('由村委会负责')).toEqual(["村委会 villagers' committee entry"]);
  });

  it('reads a town whose name ends in 村 in a list after a town (芝田镇、西村镇), and no 民族乡 "ethnic township" in a list of levels', () => {
    expect(towns('到该市芝田镇、西村镇、涉村镇等地')).toEqual(['芝田镇 Zhitian Town', '西村镇 Xicun Town', '涉村镇 Shecun Town']);
    expect(towns('听取和审议乡、民族乡、镇的人民政府')).toEqual([]);
  });

  it('reads places named bare in a list before 等, a count and their level, with what they are in the English', () => {
    expect(towns('张世伟深入寺坪、马桥、歇马、马良、店垭等5个乡镇调研')).toEqual([
      'Siping (a township or town)',
      'Maqiao (a township or town)',
      'Xiema (a township or town)',
      'Maliang (a township or town)',
      'Dianya (a township or town)',
    ].map((english, index) => `${['寺坪', '马桥', '歇马', '马良', '店垭'][index]} ${english}`));
    // The first item starts right after the verb of going that ends nearest it, whatever the next
    // item's length (先后来到骆集、韩道口…), and with no count.
    expect(towns('王宠惠一行先后来到骆集、韩道口、火店等乡镇，每到一处')).toEqual([
      '骆集 Luoji (a township or town)',
      '韩道口 Handaokou (a township or town)',
      '火店 Huodian (a township or town)',
    ]);
    // Not 乡 of 乡村, nor a list whose items carry their level already (the list pass reads those).
    expect(towns('建微公园、科普小院等乡村振兴项目')).toEqual([]);
    expect(towns('菁芜洲村、龙坪村、芙蓉村等8个村')).toEqual(['菁芜洲村 Jingwuzhou Village', '龙坪村 Longping Village', '芙蓉村 Furong Village']);
  });

  it('reads no 辖 "administers" as the first character of a village listed after it', () => {
    expect(towns('面积3平方公里，辖木李村、常坊村等7个村')).toEqual(['木李村 Muli Village', '常坊村 Changfang Village']);
  });

  it('reads an ethnic township after its place, with its peoples in the English, alone and in a body or title', () => {
    expect(towns('前往福贡县匹河怒族乡调研')).toEqual(['匹河怒族乡 Pihe Nu Ethnic Township']);
    expect(towns('石林彝族自治县圭山彝族乡')).toEqual(['圭山彝族乡 Guishan Yi Ethnic Township']);
    const marks = (text: string) => annotator.annotateText(text).map((annotation) => `${annotation.text} ${annotation.gloss}`);
    expect(marks('福贡县匹河怒族乡人民政府')).toEqual(["福贡县匹河怒族乡人民政府 Pihe Nu Ethnic Township People's Government, Fugong County"]);
    // Not 民族乡 "ethnic township" in general, nor a name without a place before it.
    expect(towns('建设民族乡')).toEqual([]);
    expect(towns('，推进怒族乡村振兴')).toEqual([]);
  });
});
