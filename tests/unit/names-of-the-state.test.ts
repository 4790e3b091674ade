// Titles and bodies the grammar composes, places from the list of divisions, and names after
// titles: the behaviour issue "Names of the state" asks for, case by case.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Annotator, NameMemory } from '../../engine/annotator.ts';
import { asDictionary } from '../../engine/load-dictionary.ts';
import { expandPlaces, placeNameFromPinyin } from '../../engine/places.ts';
import { readPinyinWithPinyinPro } from '../../engine/pinyin-pro-reader.ts';
import { SIMPLIFIED_SURNAMES, TRADITIONAL_SURNAMES } from '../../engine/person-names.ts';
import { GENERATED_DICTIONARY } from '../../scripts/lib/paths.ts';
import { Converter } from 'opencc-js';

const dictionary = asDictionary(JSON.parse(readFileSync(GENERATED_DICTIONARY, 'utf8')));
const annotator = new Annotator({ dictionary, readPinyin: readPinyinWithPinyinPro });

/** "text[kind] gloss" for each annotation. */
function marks(text: string): string[] {
  return annotator.annotateText(text).map((annotation) => `${annotation.text}[${annotation.kind}] ${annotation.gloss}`);
}

/** "text[kind]" for each annotation. */
const heads = (text: string) => marks(text).map((mark) => mark.split(' ')[0] ?? '');

describe('bodies on their own', () => {
  it.each([
    ['市信访局', 'Municipal Bureau of Letters and Calls'],
    ['省委常委会', 'Standing Committee of the CPC Provincial Committee'],
    ['省人民政府', "Provincial People's Government"],
    ['县委', 'CPC County Committee'],
    ['市纪委监委', 'Municipal Commission for Discipline Inspection and Supervisory Commission'],
    ['区人大常委会', "Standing Committee of the District People's Congress"],
    ['江苏省政府', 'Jiangsu Provincial Government'],
    ['无锡市委', 'CPC Wuxi Municipal Committee'],
    ['宁夏回族自治区党委', 'CPC Ningxia Hui Autonomous Regional Committee'],
    ['中共石林彝族自治县委', 'CPC Shilin Yi Autonomous County Committee'],
    ['福建省厦门市海沧区纪委监委', 'Haicang District Commission for Discipline Inspection and Supervisory Commission'],
    ['区监察委', 'District Supervisory Commission'],
    ['镇人大主席团', "Presidium of the Town People's Congress"],
    ['全国人大常委会委员长会议', "Council of Chairpersons of the Standing Committee of the National People's Congress"],
    ['省科学院', 'Provincial Academy of Sciences'],
  ])('%s is a body: %s', (text, english) => {
    expect(marks(`${text}。`)).toEqual([`${text}[body] ${english}`]);
  });

  it('reads 中央 first in a list of levels that qualify a noun as the central level, and as the authorities where they act', () => {
    // Media and inspections of every level: no body.
    expect(marks('中央和省市各级媒体、中央、省、市新闻媒体，中央和省级环保督察')).toEqual([]);
    expect(marks('中央和省市各級媒體、中央和省級環保督察')).toEqual([]);
    // The authorities that hold meetings, decide and send documents: 中央 is a body.
    expect(heads('传达学习中央、市有关会议精神')).toEqual(['中央[body]']);
    expect(heads('贯彻中央和省委决策部署')).toEqual(['中央[body]', '省委[body]', '决策部署[other]']);
    expect(heads('落实中央、省、市委部署')).toEqual(['中央[body]', '省、市委[body]']);
  });

  it('lists 州 with the levels after it where no name runs into it (各州市县纪委书记), and reads 住建委 as a housing commission', () => {
    expect(marks('全省各州市县纪委书记工作会议')).toEqual(['州市县纪委书记[title] Secretary of the Prefectural, Municipal and County Commission for Discipline Inspection']);
    expect(heads('在某州市委')).toEqual(['市委[body]']);
    expect(marks('区住建委')).toEqual(['区住建委[body] District Commission of Housing and Urban-Rural Development']);
  });

  it('reads a congratulatory delegation and its heads, a Party committee\'s audit commission and its office, a housing administration bureau', () => {
    expect(marks('云南省祝贺团副团长')).toEqual(['云南省祝贺团副团长[title] Deputy Head of the Yunnan Provincial Congratulatory Delegation']);
    expect(marks('审计委、审计办')).toEqual(['审计委[body] Audit Commission', '审计办[body] Audit Commission Office']);
    expect(marks('市委审计委员会办公室')).toEqual(['市委审计委员会办公室[body] Office of the Audit Commission of the CPC Municipal Committee']);
    expect(marks('区房管局')).toEqual(['区房管局[body] District Housing Administration Bureau']);
    expect(marks('鹿城区发展改革局')).toEqual(['鹿城区发展改革局[body] Lucheng District Development and Reform Bureau']);
    expect(marks('省民族宗教委主任')).toEqual(['省民族宗教委主任[title] Director of the Provincial Ethnic and Religious Affairs Commission']);
  });

  it('reads “两重” as the programme of 2024, zhòng, and not the 两重 "double" of 两重性 or 冰火两重天', () => {
    expect(annotator.annotateText('持续支持“两重”项目').map((mark) => `${mark.text} ${mark.readings.join(' ')}`)).toEqual(['两重 liǎng zhòng']);
    expect(marks('冰火两重天，具有两重性，两重身份')).toEqual([]);
  });

  it('reads a place that begins at the 长 of a level\'s head as the place (湖南省长沙市, 江苏省长江), not a governor and a name', () => {
    expect(heads('湖南省长沙市')).toEqual(['湖南省[place]', '长沙市[place]']);
    expect(heads('四川省长宁县，重庆市长寿区')).toEqual(['四川省[place]', '长宁县[place]', '重庆市[place]', '长寿区[place]']);
    expect(heads('江苏省长江水污染防治条例')).toEqual(['江苏省[place]', '长江[place]']);
    // A head with a name after it, and a bare 长江 after a head no place begins: the title.
    expect(heads('江苏省长吴政隆出席')).toEqual(['江苏省长[title]', '吴政隆[person]']);
    expect(heads('县长江训开主持')).toEqual(['县长[title]', '江训开[person]']);
  });

  it('reads the short names of CPPCC committees after 政协 (人资环委, 提案委), and 管区 "management district" as no name', () => {
    expect(heads('县政协人资环委主任')).toEqual(['县政协人资环委主任[title]']);
    expect(marks('省政协提案委')).toEqual(['省政协提案委[body] Committee for Handling Proposals of the Provincial Committee of the CPPCC']);
    expect(heads('科级及以上领导干部、管区书记、包村干部全部到位')).toEqual(['书记[title]']);
  });

  it('lets a body of two give way to a longer term at its second character (市府检联动), not elsewhere', () => {
    expect(heads('市府检联动联席会议召开')).toEqual(['府检联动[other]']);
    expect(heads('市府办公室，市府召开会议')).toEqual(['市府办公室[body]', '市府[body]']);
  });

  it('marks an organ the grammar calls a body on its own, and not 委, 办公室 or 党组织', () => {
    expect(marks('信访局。')).toEqual(['信访局[body] Bureau of Letters and Calls']);
    expect(marks('党组。')).toEqual(["党组[body] Leading Party Members' Group"]);
    expect(marks('委。办公室。党组织。')).toEqual([]);
  });

  it('reads 主席 after 自治区 as the head of the region, and after no other level', () => {
    expect(marks('自治区主席。')).toEqual(['自治区主席[title] Chairman of the Autonomous Region']);
    expect(marks('新疆维吾尔自治区副主席。')).toEqual(['新疆维吾尔自治区副主席[title] Vice Chairman of Xinjiang Uygur Autonomous Region']);
    expect(marks('焦店镇人大主席团主席。').map((mark) => mark.split('[')[0])).toContain('镇人大主席团主席');
    expect(marks('市主席。省主席。')).toEqual([]);
  });

  it('reads 主任 and 主席 alone after another post of the same person, but not at the end of a name it cannot read', () => {
    expect(marks('区人大党组书记、主任吕晋主持会议').map((mark) => mark.split('[')[0])).toEqual(['区人大党组书记', '主任', '吕晋']);
    expect(marks('省政协党组书记、主席孙伟出席').map((mark) => mark.split('[')[0])).toEqual(['省政协党组书记', '主席', '孙伟']);
    // 管理处 is no organ the engine reads: its 主任 is left with it (the name after it is still read).
    expect(marks('管理处主任吴军').map((mark) => mark.split(' ')[0])).toEqual(['吴军[person]']);
    expect(marks('在主席台就座')).toEqual([]);
    expect(marks('村（居）委会主任')).toEqual(["村（居）委会主任[title] Director of the Villagers' or Residents' Committee"]);
  });

  it('leaves a post unmarked right after the end of an organ it cannot read (局, 部, 庭, 中心 …), not after a quantity or a second rank', () => {
    expect(heads('濮阳黄河河务局局长刘同凯').filter((mark) => !mark.endsWith('[place]'))).toEqual(['刘同凯[person]']);
    expect(heads('刑事审判第二庭副庭长王明，')).toEqual(['王明[person]']);
    expect(heads('雅安市指挥中心副指挥长、')).toEqual(['雅安市[place]']);
    expect(heads('發展局局長甯漢豪')).not.toContain('局長[title]');
    // A quantity before the organ names every one of them: the post is theirs.
    expect(heads('国务院各部部长、各委员会主任')).toContain('部长[title]');
    // 厅局长: heads of departments and bureaus, two ranks named together.
    expect(heads('推动厅局长坐诊')).toContain('局长[title]');
    // An organ the engine reads keeps its post.
    expect(heads('市公安局局长')).toEqual(['市公安局局长[title]']);
  });

  it('reads 江南 alone as no district (the Jiangnan region, 江南花园小区), and a remembered name not across a place after it', () => {
    expect(marks('江南花园小区、诗画江南')).toEqual([]);
    expect(marks('江南区委书记').map((mark) => mark.split('[')[0])).toEqual(['江南区委书记']);
    const places = annotator.annotateText('南宁市江南区推进项目，邕江（郁江南宁市段）入选').filter((mark) => mark.kind === 'place').map((mark) => mark.text);
    expect(places).toEqual(['南宁市', '江南区', '南宁市']);
  });

  it("reads a local tax bureau named as the State Taxation Administration's as one body or title", () => {
    expect(marks('国家税务总局鄂州市税务局')).toEqual(['国家税务总局鄂州市税务局[body] Ezhou Municipal Taxation Bureau, State Taxation Administration']);
    expect(marks('国家税务总局上海市税务局局长').map((mark) => mark.split('[')[0])).toEqual(['国家税务总局上海市税务局局长']);
    expect(marks('国家税务总局和市税务局').map((mark) => mark.split('[')[0])).toEqual(['国家税务总局', '市税务局']);
  });

  it('takes 国家 "the state\'s" before a ministry into its name, not into a body of its own name', () => {
    expect(marks('配合國家生態環境部落實')).toEqual(['國家生態環境部[body] Ministry of Ecology and Environment']);
    expect(marks('获国家应急管理部通报表扬').map((mark) => mark.split('[')[0])).toEqual(['国家应急管理部']);
    expect(marks('国家安全部').map((mark) => mark.split('[')[0])).toEqual(['国家安全部']);
  });

  it("composes a level's own zone before the zone's bodies and posts (县高新区党工委书记, 市经开区管委会)", () => {
    expect(marks('县高新区党工委书记')).toEqual(['县高新区党工委书记[title] Secretary of the County High-tech Zone Party Working Committee']);
    expect(marks('市经开区管委会')).toEqual(['市经开区管委会[body] Municipal Economic Development Zone Administrative Committee']);
    expect(marks('全市经开区').map((mark) => mark.split('[')[0])).toEqual(['经开区']);
  });

  it('composes a place after a place (福建省厦门市…), but not a place before the one it lies in (汝南县 + 驻马店市)', () => {
    expect(heads('驻汝南县驻马店市人大代表')).toEqual(['汝南县[place]', '驻马店市人大代表[title]']);
    expect(heads('福建省厦门市海沧区纪委监委')).toEqual(['福建省厦门市海沧区纪委监委[body]']);
    expect(heads('上海市普陀区委')).toEqual(['上海市普陀区委[body]']);
    expect(heads('南京江苏省委')).toEqual(['南京[place]', '江苏省委[body]']);
  });

  it('leaves the bureau of the second field unmarked in a bureau named for two (海事及水務局, 商务和粮食局), not a body after a marked one', () => {
    expect(heads('海事及水務局局長黃穗文')).toEqual(['黃穗文[person]']);
    expect(heads('县商务和粮食局')).toEqual([]);
    expect(heads('县财政局和县科技局')).toEqual(['县财政局[body]', '县科技局[body]']);
    expect(heads('省委及省科技局')).toEqual(['省委[body]', '省科技局[body]']);
  });

  it("reads Macao's secretaries and their secretariats, a station's head and a town's emergency office", () => {
    expect(marks('社會文化司司長歐陽瑜今（15）日表示')).toEqual([
      '社會文化司司長[title] Secretary for Social Affairs and Culture (Macao)',
      '歐陽瑜[person] Ouyang Yu',
    ]);
    expect(marks('運輸工務司司長辦公室').map((mark) => mark.split(' ')[0])).toEqual(['運輸工務司司長辦公室[body]']);
    expect(marks('负责人、应急办主任（安监站长），').map((mark) => mark.split(' ')[0])).toEqual(['应急办主任[title]', '安监站长[title]']);
    expect(marks('镇安监站站长').map((mark) => mark.split(' ')[0])).toEqual(['镇安监站站长[title]']);
  });

  it('reads 主席会议 as the Chairpersons\' Council of a CPPCC committee, with no 主席 "Chairman" inside it', () => {
    expect(marks('政协北京市第十四届委员会主席会议').map((mark) => mark.split(' ')[0])).toEqual(['政协北京市第十四届委员会[body]', '主席会议[other]']);
    expect(marks('在市委领导下，主席会议推动各项工作').map((mark) => mark.split(' ')[0])).toContain('主席会议[other]');
  });

  it('reads 主任 after a surname alone where one addresses the person (向郭主任汇报, ：夏主任), not after a word', () => {
    expect(marks('会上向郭主任汇报了工作').map((mark) => mark.split('[')[0])).toEqual(['主任']);
    expect(marks('歐陽瑜：夏主任勉勵社團').map((mark) => mark.split('[')[0])).toEqual(['主任']);
    expect(marks('班主任工作')).toEqual([]);
    expect(marks('这是向办主任请示')).toEqual([]);
  });

  it('takes 代理 and 署理 "acting" and 原 "former" into a title at the start of a clause, not the verb 代理 nor 原 ending a word', () => {
    expect(marks('任命王进足为漳州市人民政府副市长、代理漳州市人民政府市长。').at(-1)).toBe(
      "代理漳州市人民政府市长[title] Acting Mayor of the Zhangzhou Municipal People's Government",
    );
    expect(marks('任命王进足为代理漳州市人民政府市长').at(-1)).toBe("代理漳州市人民政府市长[title] Acting Mayor of the Zhangzhou Municipal People's Government");
    expect(marks('，原村委会主任刘宝青受到处分')).toEqual(["原村委会主任[title] Former Director of the Village Committee", '刘宝青[person] Liu Baoqing']);
    // 代理 after a name and post is the verb "act as"; 原 before a post that is renamed says what it was called.
    expect(marks('决定郑皓副区长代理通州区人民政府区长职务').map((mark) => mark.split('[')[0])).toEqual(['郑皓', '副区长', '通州区人民政府区长']);
    expect(marks('原省委書記改稱副書記').map((mark) => mark.split('[')[0])).toEqual(['省委書記', '副書記']);
    expect(marks('草原村委会主任').map((mark) => mark.split('[')[0])).toEqual(['村委会主任']);
    // Hong Kong's 署理 likewise: after 出任 it is the title's, after a name the verb.
    expect(marks('政務司司長許仕仁將出任署理行政長官。').at(-1)).toMatch(/^署理行政長官\[title\] Acting Chief Executive/u);
    expect(marks('由政務司司長林鄭月娥署理行政長官職務。').at(-1)).toMatch(/^行政長官\[title\]/u);
  });

  it('reads the short names of a congress\'s special committees, some provincial offices, and Taiwan\'s deputy ministers', () => {
    expect(marks('省人大法制委、省人大教科文卫委、省人大内司委、省人大财经委').map((mark) => mark.split('] ')[1])).toEqual([
      "Law Committee of the Provincial People's Congress",
      "Education, Science, Culture and Public Health Committee of the Provincial People's Congress",
      "Internal and Judicial Affairs Committee of the Provincial People's Congress",
      "Financial and Economic Affairs Committee of the Provincial People's Congress",
    ]);
    expect(marks('省营商办、省地震局')).toEqual(['省营商办[body] Provincial Business Environment Office', '省地震局[body] Provincial Earthquake Agency']);
    expect(marks('外交部常務次長')).toEqual(['外交部常務次長[title] Administrative Deputy Minister of the Ministry of Foreign Affairs']);
    expect(marks('区新冠肺炎疫情防控工作指挥部执行总指挥长')).toEqual([
      '区新冠肺炎疫情防控工作指挥部执行总指挥长[title] Executive Chief Commander of the District COVID-19 Prevention and Control Headquarters',
    ]);
    // Bare, a short committee name is no body.
    expect(marks('财经委')).toEqual([]);
  });

  it("reads 两会 after a level as that level's own two sessions, not the national ones", () => {
    expect(marks('传达学习省两会精神')).toEqual(["省两会[formula] the provincial two sessions (of its people's congress and CPPCC committee)"]);
    expect(marks('全国两会期间')[0]).toMatch(/^全国两会\[formula\] the \(national\) two sessions/u);
  });

  it('reads a delegate to a local Party congress as a title', () => {
    expect(marks('省第十四次党代会代表杨生海')).toEqual(['省第十四次党代会代表[title] Delegate to the 14th Provincial Party Congress', '杨生海[person] Yang Shenghai']);
  });

  it('reads a division of a department or bureau and its head, in either script', () => {
    expect(marks('四川省衛生廳基層衛生與婦幼保健處副處長何紅')[0]).toBe(
      '四川省衛生廳基層衛生與婦幼保健處副處長[title] Deputy Division Director of a division of the Sichuan Provincial Department of Health',
    );
    expect(marks('省发展改革委综合处处长')).toEqual(['省发展改革委综合处处长[title] Division Director of a division of the Provincial Development and Reform Commission']);
  });

  it('reads 常务委员, the long form of 常委, as a post', () => {
    expect(marks('十二届省政协常务委员张三')).toEqual([
      '省政协常务委员[title] Member of the Standing Committee of the Provincial Committee of the CPPCC',
      '张三[person] Zhang San',
    ]);
  });

  it('reads the urban management and health bureaus of the 2010s by their names and short forms', () => {
    expect(marks('白银区城市管理综合执法局副局长耿国刚、白银区卫计局')).toEqual([
      '白银区城市管理综合执法局副局长[title] Deputy Director of the Baiyin District Urban Management and Comprehensive Law Enforcement Bureau',
      '耿国刚[person] Geng Guogang',
      '白银区卫计局[body] Baiyin District Health and Family Planning Bureau',
    ]);
    expect(marks('（市城管执法局、市水务局）')[0]).toBe('市城管执法局[body] Municipal Urban Management and Law Enforcement Bureau');
    // A public security sub-bureau takes the name of its district: 浦东公安分局.
    expect(marks('浦东公安分局民警')[0]).toBe('浦东公安分局[body] Pudong New Area Public Security Sub-bureau');
  });

  it('reads a post alone as the next item of a list of posts, and not elsewhere', () => {
    expect(marks('免去张国洪普陀区委书记、常委、委员职务').map((mark) => mark.split('[')[0])).toEqual(['张国洪', '普陀区委书记', '常委', '委员']);
    expect(marks('选举产生了新一届人大常委会主任、副主任、委员，')).toContain('委员[title] Member');
    // After a person and 任 or 为 "as": 省长黄强任组长, 任命张三为局长.
    expect(marks('省长黄强任组长，').map((mark) => mark.split('[')[0])).toEqual(['省长', '黄强', '组长']);
    expect(marks('李四为大家服务')).toEqual([]);
    // Not after a list of things, nor standing alone.
    expect(marks('发挥人大代表、政协委员作用').map((mark) => mark.split('[')[0])).not.toContain('委员');
    expect(marks('村民、委员参加会议').filter((mark) => mark.startsWith('委员'))).toEqual([]);
  });

  it('reads 厅长 alone after the Party group post of the same person', () => {
    expect(marks('农业农村厅党组书记、厅长杨秀彬主持').slice(1)).toEqual(['厅长[title] Director (of a provincial department)', '杨秀彬[person] Yang Xiubin']);
    expect(marks('大厅长期开放')).toEqual([]);
  });

  it('knows the village Party secretary by his short titles', () => {
    expect(marks('村书记张三主持')).toEqual(['村书记[title] Village Party Secretary', '张三[person] Zhang San']);
    expect(marks('村支书李四主持')).toEqual(['村支书[title] Village Party Branch Secretary', '李四[person] Li Si']);
    // Villages and communities together: 村居书记, 村（社区）支书.
    expect(marks('各村居书记参加')).toEqual(['村居书记[title] Village (Community) Party Secretary']);
    expect(marks('村（社区）支书张三')).toEqual(['村（社区）支书[title] Village (Community) Party Branch Secretary', '张三[person] Zhang San']);
  });

  it("reads a township Party committee's members for a portfolio alone, and a body's spokesperson", () => {
    expect(marks('、宣传委员王浩然陪同')).toEqual(['宣传委员[title] Committee Member for Publicity', '王浩然[person] Wang Haoran']);
    expect(marks('组织委员')).toEqual(['组织委员[title] Committee Member for Organization']);
    // Not the start of a committee's name, nor a post without its body.
    expect(marks('宣传委员会')).toEqual([]);
    expect(marks('外交部发言人耿爽表示')).toEqual(['外交部发言人[title] Spokesperson of the Ministry of Foreign Affairs', '耿爽[person] Geng Shuang']);
    expect(marks('国防部新闻发言人')).toEqual(['国防部新闻发言人[title] Spokesperson of the Ministry of National Defense']);
    expect(marks('新闻发言人制度')).toEqual([]);
    // A county's centre for civic education and its branches, with their posts.
    expect(marks('新时代文明实践服务中心主任徐冬梅一行')).toEqual(['新时代文明实践服务中心主任[title] Director of the New Era Civilization Practice Service Centre', '徐冬梅[person] Xu Dongmei']);
    expect(marks('县新时代文明实践中心')).toEqual(['县新时代文明实践中心[body] County New Era Civilization Practice Centre']);
  });

  it('reads three characters ending in 镇 or 乡 as a town rather than a name, unless a person\'s word follows', () => {
    const people = (text: string) => marks(text).filter((mark) => mark.includes('[person]'));
    expect(people('县乡村振兴局局长郑鸿明，张王镇全体干部参加')).toEqual(['郑鸿明[person] Zheng Hongming']);
    expect(people('副县长李国镇同志、县长王建乡主持会议')).toEqual(['李国镇[person] Li Guozhen', '王建乡[person] Wang Jianxiang']);
  });

  it('reads 中共中央 and 中央 before 、 as bodies of their own, not the first level of a list', () => {
    expect(marks('中共中央、全国人大常委会、国务院等领导同志').map((mark) => mark.split('[')[0])).toEqual(['中共中央', '全国人大常委会', '国务院']);
    expect(marks('省、市、县人民政府')).toEqual(["省、市、县人民政府[body] Provincial, Municipal and County People's Government"]);
    // 中央 is a body of its own before local levels.
    expect(marks('贯彻中央、省委决策部署').map((mark) => mark.split('[')[0]).slice(0, 2)).toEqual(['中央', '省委']);
    // …but not in 中央和地方 "central and local", the two levels in general (budgets, revenue).
    expect(marks('2017年中央和地方预算')).toEqual([]);
  });

  it("reads Hong Kong's principal officials by their own English titles, and a bureau's Permanent Secretary", () => {
    expect(marks('商務及經濟發展局局長丘應樺')).toEqual(['商務及經濟發展局局長[title] Secretary for Commerce and Economic Development (Hong Kong)', '丘應樺[person] Qiu Yinghua']);
    expect(marks('政務司司長陳國基')[0]).toBe('政務司司長[title] Chief Secretary for Administration (Hong Kong)');
    // 衞 is how Hong Kong writes 衛.
    expect(marks('醫務衞生局局長')[0]).toBe('醫務衞生局局長[title] Secretary for Health (Hong Kong)');
    expect(marks('政制及內地事務局常任秘書長傅小慧').map((mark) => mark.split('[')[0])).toEqual(['政制及內地事務局常任秘書長', '傅小慧']);
    // Names a Mainland city's bureau could have are left out: 市房屋局 is no Hong Kong bureau.
    expect(marks('市房屋局').join()).not.toContain('Hong Kong');
    // 丘 is a surname after a title, but not in 丘陵 "hills".
    expect(marks('县长丘陵地区')).toEqual(['县长[title] County Head']);
  });

  it("reads Taiwan's ministries and councils by Taiwan's English names, and its leaders by the spellings Taiwan uses", () => {
    expect(marks('衛福部臺北醫院')[0]).toBe('衛福部[body] Ministry of Health and Welfare (Taiwan)');
    expect(marks('賴清德副總統').map((mark) => mark.split('[')[0])).toEqual(['賴清德', '副總統']);
    expect(marks('賴清德副總統')[0]).toBe('賴清德[person] Lai Ching-te');
  });

  it("reads a town's and a Taiwan city's short forms: 武装部长, 人武部, 驻村工作组, 行政村, 市府, 市議會", () => {
    expect(marks('、武装部长李华彬、').map((mark) => mark.split('[')[0])).toEqual(['武装部长', '李华彬']);
    expect(marks('县人武部部长')).toEqual(["县人武部部长[title] Head of the County People's Armed Forces Department"]);
    expect(marks('石扇镇驻村工作组组长彭府庭').map((mark) => mark.split('[')[0])).toContain('彭府庭');
    expect(marks('各行政村支部书记')).toEqual(['行政村支部书记[title] Secretary of the Administrative Village Party Branch']);
    expect(marks('市府團隊與市議會')).toEqual(['市府[body] the city government (short for 市政府)', '市議會[body] City Council (Taiwan)']);
    // 应急 "emergency" and 首先 "first" are no part of a name after a title.
    expect(marks('股长应急办谢谊').map((mark) => mark.split('[')[0])).not.toContain('应急');
    expect(marks('副乡长宋杰首先宣读').map((mark) => mark.split('[')[0])).toEqual(['副乡长', '宋杰']);
    expect(marks('省卫生健康委副主任崔梅女士').map((mark) => mark.split('[')[0])).toEqual(['省卫生健康委副主任', '崔梅']);
    // A government's information office, and a Party committee's rural work department (not in 农村部分).
    expect(marks('省政府新闻办主任')).toEqual(['省政府新闻办主任[title] Director of the Information Office of the Provincial Government']);
    expect(marks('市委农村部')).toEqual(['市委农村部[body] Rural Work Department of the CPC Municipal Committee']);
    expect(marks('农村部分地区')).toEqual([]);
    expect(marks('梅县区森林公安分局教导员钟柳昌').map((mark) => mark.split('[')[0])).toEqual(['梅县区森林公安分局教导员', '钟柳昌']);
  });

  it('reads a ministry before 门 as the word 部门 "departments", not the ministry', () => {
    expect(marks('各级财政部门、勞動部門要加强监管')).toEqual([]);
    expect(marks('财政部、教育部')).toEqual(['财政部[body] Ministry of Finance', '教育部[body] Ministry of Education']);
    // Only 部: 常委会 before 议事规则 stays.
    expect(marks('完善常委会议事规则').map((mark) => mark.split('[')[0])).toEqual(['常委会']);
  });

  it('reads the level after 全 "the whole" as that prefix, not the start of a body', () => {
    expect(marks('全市政府系统要严格按照规则办事')).toEqual([]);
    expect(marks('推动全县人大工作的开展').map((mark) => mark.split('[')[0])).not.toContain('县人大');
    // Words that end in 全 leave the level to the body, and so does a plain 在.
    expect(marks('健全市委领导下的工作机制').map((mark) => mark.split('[')[0])).toEqual(['市委']);
    expect(marks('在市政府系统')).toEqual(["市政府[body] Municipal People's Government"]);
  });

  it('reads a county-level city or a district by the county it was (监利县, 萧山县委)', () => {
    expect(marks('监利县纪委连发两期通报')).toEqual(['监利县纪委[body] Jianli County Commission for Discipline Inspection']);
    expect(marks('浙江诸暨县枫桥镇').map((mark) => mark.split(']')[0])).toEqual(['浙江[place', '诸暨县[place', '枫桥镇[place']);
    expect(marks('诸暨县')).toEqual(['诸暨县[place] Zhuji County']);
    // Not before a word of levels or a bracketed other level, and not a prefecture-level city.
    expect(marks('锡山县区').map((mark) => mark.split('[')[0])).toEqual(['锡山']);
    expect(marks('瑞安县（市）委书记').map((mark) => mark.split('[')[0])).toEqual(['瑞安', '县（市）委书记']);
    expect(marks('上饶县纪委').map((mark) => mark.split('[')[0])).toEqual(['上饶', '县纪委']);
  });

  it('keeps a modified post whole where a word runs on from its end (常务副市长 + 江训开), and a village deputy head', () => {
    expect(marks('常务副市长江训开主持召开')).toEqual(['常务副市长[title] Executive Vice Mayor', '江训开[person] Jiang Xunkai']);
    expect(marks('城市长期发展')).toEqual([]);
    expect(marks('、村副主任张书锐')).toEqual(['村副主任[title] Deputy Village Head', '张书锐[person] Zhang Shurui']);
  });

  it("reads a province's offices for Hong Kong and Macao, foreign and Taiwan affairs by their full names", () => {
    expect(marks('广东省人民政府港澳事务办公室主任')).toEqual([
      "广东省人民政府港澳事务办公室主任[title] Director of the Hong Kong and Macao Affairs Office of the Guangdong Provincial People's Government",
    ]);
    expect(marks('省港澳办主任')).toEqual(['省港澳办主任[title] Director of the Provincial Hong Kong and Macao Affairs Office']);
    expect(marks('市外事办公室、市台湾事务办公室')).toEqual(['市外事办公室[body] Municipal Foreign Affairs Office', '市台湾事务办公室[body] Municipal Taiwan Affairs Office']);
    // The State Council's own stays its entry.
    expect(marks('国务院港澳办')).toEqual(['国务院港澳办[body] Hong Kong and Macao Affairs Office of the State Council']);
  });

  it('leaves 委 of 委托 "entrust" to the verb, and the organs of the state in general unmarked', () => {
    expect(marks('受市委委托作说明')).toEqual(['市委[body] CPC Municipal Committee']);
    expect(marks('全國機關黨的建設工作會議')).toEqual([]);
    // A body's organs are that body's; a level's (县级机关, 镇机关干部) are all its organs, no one body.
    expect(marks('市委机关、县级机关').map((mark) => mark.split('[')[0])).toEqual(['市委机关']);
    expect(marks('我镇机关干部、包村干部全部下沉')).toEqual([]);
    expect(marks('市级机关工委').map((mark) => mark.split('[')[0])).toEqual(['市级机关工委']);
  });

  it('reads a diplomatic mission or its head after 驻 and a country, with the sending state and the name after a head', () => {
    expect(marks('中国驻美国大使谢锋出席')).toEqual(['中国驻美国大使[title] Chinese Ambassador to the United States', '谢锋[person] Xie Feng']);
    expect(marks('中國駐英國大使館')).toEqual(['中國駐英國大使館[body] Chinese Embassy in the United Kingdom']);
    expect(marks('巴西驻成都总领事馆正式开馆')).toEqual(['巴西驻成都总领事馆[body] Consulate General of Brazil in Chengdu']);
    expect(marks('法国驻华大使').map((mark) => mark.split(']')[0])).toEqual(['法国驻华大使[title']);
    expect(marks('法国驻华大使')[0]).toContain('Ambassador of France to China');
    // Every member state of the United Nations is a place: 奥地利, 莫桑比克 (not those whose short names
    // stand inside common words: 增加纳税 holds no Ghana).
    expect(marks('会见奥地利驻华大使石迪福')[0]).toBe('奥地利驻华大使[title] Ambassador of Austria to China');
    expect(marks('莫桑比克总统')).toEqual(['莫桑比克总统[title] President of Mozambique']);
    expect(marks('增加纳税人获得感').filter((mark) => mark.includes('[place]'))).toEqual([]);
    expect(marks('中華民國駐教廷大使李世明')).toEqual(['中華民國駐教廷大使[title] Republic of China (Taiwan) Ambassador to the Holy See', '李世明[person] Li Shiming']);
    // 驻 before a place that no mission follows is the verb "stationed in": the place stays.
    expect(marks('驻成都办事处').map((mark) => mark.split('[')[0])).toContain('成都');
  });

  it('reads a body ending in 部 before 分管 or 分别, not the word 部分 "part"; and a civil air defence office', () => {
    expect(marks('市委统战部分管日常工作的副部长').map((mark) => mark.split('[')[0])).toEqual(['市委统战部', '副部长']);
    expect(marks('大部分管理')).toEqual([]);
    // 指挥长会议, a meeting of commanders, still cuts the post.
    expect(marks('召开县疫情防控指挥部指挥长会议').map((mark) => mark.split('[')[0])).toEqual(['县疫情防控指挥部']);
    expect(marks('县人民防空办公室')).toEqual(['县人民防空办公室[body] County Civil Air Defence Office']);
  });

  it('reads 检察长 "Chief Procurator" alone, as no other word is written so', () => {
    expect(marks('选举产生了县长、副县长和检察长').map((mark) => mark.split(']')[0])).toEqual(['县长[title', '副县长[title', '检察长[title']);
  });

  it('reads the former names of departments and bureaus, as older news and notices print them', () => {
    expect(marks('浙江省人事厅厅长')).toEqual(['浙江省人事厅厅长[title] Director of the Zhejiang Provincial Department of Personnel']);
    expect(marks('省经贸委、省信息产业厅、省乡镇企业局').map((mark) => mark.split('[')[0])).toEqual(['省经贸委', '省信息产业厅', '省乡镇企业局']);
    expect(marks('市文化旅游局')).toEqual(['市文化旅游局[body] Municipal Bureau of Culture and Tourism']);
  });

  it("reads Inner Mongolia's pastoral villages and townships (嘎查, 苏木) and their heads", () => {
    expect(marks('嘎查党支部书记、嘎查达')).toEqual(['嘎查党支部书记[title] Secretary of the Gacha Party Branch', '嘎查达[title] Gacha Head']);
    expect(annotator.annotateText('嘎查达')[0]?.readings).toEqual(['gā', 'chá', 'dá']);
  });

  it("reads COVID-19 headquarters and leading groups under each of the disease's official names", () => {
    expect(marks('闽侯县新型冠状病毒感染肺炎疫情防控指挥部')).toEqual(['闽侯县新型冠状病毒感染肺炎疫情防控指挥部[body] Minhou County COVID-19 Prevention and Control Headquarters']);
    expect(marks('汉中市新型冠状病毒感染的肺炎疫情防控应急指挥部')).toEqual([
      '汉中市新型冠状病毒感染的肺炎疫情防控应急指挥部[body] Hanzhong Municipal Emergency Headquarters for COVID-19 Prevention and Control',
    ]);
    expect(marks('市新型冠状病毒感染疫情防控工作领导小组')).toEqual(['市新型冠状病毒感染疫情防控工作领导小组[body] Municipal Leading Group for COVID-19 Prevention and Control']);
  });

  it('reads flood-control and forest-fire headquarters by their topic', () => {
    expect(marks('县防汛指挥部、县森林防火指挥部')).toEqual([
      '县防汛指挥部[body] County Flood Control Headquarters',
      '县森林防火指挥部[body] County Forest Fire Prevention Headquarters',
    ]);
  });

  it('reads the variant characters some Traditional pages print (共産黨, 説) as the standard ones', () => {
    expect(marks('中國共産黨成立一百週年')[0]).toBe('中國共産黨[body] Communist Party of China (CPC)');
    expect(marks('中國共產黨')[0]).toBe('中國共產黨[body] Communist Party of China (CPC)');
  });

  it('does not read the Party in a word ending in 中 before 共 "in all" and a count', () => {
    expect(marks('在国务院督查激励中共获得19项激励')).toEqual(['国务院[body] State Council']);
    expect(marks('检查中共发现问题23个，活动中共發放物資')).toEqual([]);
    expect(marks('中共中央、中共无锡市委').map((mark) => mark.split('[')[0])).toEqual(['中共中央', '中共无锡市委']);
    expect(marks('中共是执政党')).toEqual(['中共[body] Communist Party of China (CPC)']);
  });

  it('marks the standing committee, not a member of it, in a numbered meeting', () => {
    expect(marks('十届省委常委会第185次会议')).toEqual(['省委常委会[body] Standing Committee of the CPC Provincial Committee']);
  });

  it('leaves a body unmarked where it begins a longer name the engine cannot read', () => {
    // Historical and sub-organs: marking 中央 or 中共中央 alone would name another organ.
    expect(marks('中央審查委員會主席')).toEqual([]);
    expect(marks('中共中央华南分局书记')).toEqual([]);
    expect(marks('民革市委会参政议政工委会')).toEqual([]);
    // A ministry's or bureau's own Party group, as it writes of itself.
    expect(marks('部党组书记、部长李纪恒主持')[0]).toBe("部党组书记[title] Secretary of the Leading Party Members' Group of the Ministry");
    expect(marks('部黨組書記')[0]).toBe("部黨組書記[title] Secretary of the Leading Party Members' Group of the Ministry");
    expect(marks('水利部党组书记')[0]).toBe("水利部党组书记[title] Secretary of the Leading Party Members' Group of the Ministry of Water Resources");
    // The chiefs of rivers and forests, after a level only (黄河长江 holds no river chief), and their offices.
    expect(marks('县、乡、村级林长要加强巡护')).toEqual(['县、乡、村级林长[title] County, Township and Village-level Forest Chief']);
    expect(marks('省委书记、省级总河长').at(-1)).toBe('省级总河长[title] Provincial-level General River Chief');
    expect(marks('黄河长江')).toEqual(['黄河[place] Yellow River', '长江[place] Yangtze River']);
    expect(marks('县河长办')).toEqual(['县河长办[body] County River Chief Office']);
    // A slogan that runs past a post cuts it off: 林长制 "the forest chief scheme", not a village-level chief.
    expect(marks('推行村级林长制').map((mark) => mark.split('[')[0])).toEqual(['林长制']);
    // An office the grammar does not know, named after its body: not the body alone.
    expect(marks('省政府行政复议办公室')).toEqual([]);
    expect(marks('市人大常委会人选工委')).toEqual([]);
    expect(marks('县政府园区发展服务中心')).toEqual([]);
    expect(marks('香港特別行政區政府駐重慶聯絡處')).toEqual([]);
    expect(marks('市委办公室主任').map((mark) => mark.split('[')[0])).toEqual(['市委办公室主任']);
    // A verb, a determiner or a second term after the body: the body stays.
    expect(marks('全国人民代表大会设立民族委员会').map((mark) => mark.split('[')[0])).toEqual(['全国人民代表大会']);
    expect(marks('全国人民代表大会各委员会').map((mark) => mark.split('[')[0])).toEqual(['全国人民代表大会']);
    expect(marks('人民代表大会及其常务委员会').map((mark) => mark.split('[')[0])).toEqual(['人民代表大会', '常务委员会']);
    expect(marks('中共中央纪律检查委员会').map((mark) => mark.split('[')[0])).toEqual(['中共中央纪律检查委员会']);
  });

  it('reads no member (委员) where 会 makes it a committee, nor the post 主委 in a homeowners\' committee', () => {
    expect(marks('上海世博會執行委員會主任').map((mark) => mark.split('[')[0])).toEqual(['上海']);
    expect(marks('执行委员会')).toEqual([]);
    expect(marks('小区成立业主委员会')).toEqual([]);
    expect(marks('市政协主委')).toHaveLength(1);
  });

  it('reads the leading groups and headquarters of the COVID-19 response by their topic', () => {
    expect(marks('中央应对新型冠状病毒感染肺炎疫情工作领导小组')).toEqual(['中央应对新型冠状病毒感染肺炎疫情工作领导小组[body] Central Leading Group for COVID-19 Response']);
    expect(marks('巴中市应对新型冠状病毒感染肺炎疫情应急指挥部')).toEqual(['巴中市应对新型冠状病毒感染肺炎疫情应急指挥部[body] Bazhong Municipal Emergency Headquarters for COVID-19 Response']);
  });

  it("reads a city before 市民 'city residents' by its name alone, not where 民 begins another word", () => {
    expect(marks('提醒巴中市民注意')).toEqual(['巴中[place] Bazhong (prefecture-level city, Sichuan)']);
    expect(marks('巴中市民营经济').map((mark) => mark.split('[')[0])).toEqual(['巴中市']);
    expect(marks('宜宾市民政局').map((mark) => mark.split('[')[0])).toEqual(['宜宾市民政局']);
  });

  it('reads a place the document has named in full by its name alone, though elsewhere the name is too ambiguous to read', () => {
    expect(marks('免去张国洪普陀区委书记职务，共同为普陀发展作出新的贡献').at(-1)).toBe('普陀[place] Putuo District');
    expect(marks('共同为普陀发展作出新的贡献')).toEqual([]);
    expect(marks('丹凤县各村，美丽的丹凤而不懈努力').at(-1)).toBe('丹凤[place] Danfeng County (Shangluo, Shaanxi)');
    expect(marks('亲临石柱县，在石柱全面落地').map((mark) => mark.split('[')[0])).toEqual(['石柱县', '石柱']);
    // A town named after it is the town's; a name that is also a common word stays a word.
    expect(marks('盐田区委书记到盐田街道调研').map((mark) => mark.split('[')[0])).toEqual(['盐田区委书记', '盐田街道']);
    expect(marks('滨海县加强滨海湿地保护').map((mark) => mark.split('[')[0])).toEqual(['滨海县']);
  });

  it('glosses a place whose name two units share by the name alone, not by one of their cities', () => {
    expect(marks('长安区')).toEqual(["长安区[place] Chang'an District"]);
    expect(marks('锡山区')).toEqual(['锡山区[place] Xishan District (Wuxi, Jiangsu)']);
  });

  it('reads a section chief with 科 written once, and a congress committee on personnel and elections', () => {
    expect(marks('党委委员、组织科长张崇辉参加会议').map((mark) => mark.split('[')[0])).toEqual(['党委委员', '组织科长', '张崇辉']);
    expect(marks('组织科长')).toEqual(['组织科长[title] Section Chief of the Organization Section']);
    expect(marks('省人大人事代表选举委员会主任委员')).toEqual([
      "省人大人事代表选举委员会主任委员[title] Chairperson of the Personnel, Deputies' Affairs and Elections Committee of the Provincial People's Congress",
    ]);
    expect(marks('市委改革办')).toEqual(['市委改革办[body] Office of the Commission for Comprehensively Deepening Reform of the CPC Municipal Committee']);
    // 办理 "handle" after a level or body is no general office (办): 云南省办理, 县政府办理.
    expect(heads('云南省办理举报，县政府办理提案，县委办')).toEqual(['云南省[place]', '县政府[body]', '县委办[body]']);
  });

  it('reads no district where 区 ends a word before it (战区, 地区, 社区), and no king in a name after unmarked text', () => {
    expect(marks('滹沱河南北战区指挥部').map((mark) => mark.split('[')[0])).toEqual(['滹沱河', '指挥部']);
    expect(marks('举办长三角地区主要领导座谈会').map((mark) => mark.split('[')[0])).toEqual(['长三角', '座谈会']);
    expect(marks('老龄化社区长者服务中心')).toEqual([]);
    expect(marks('落实区党委经济工作会议').map((mark) => mark.split('[')[0])).toEqual(['区党委']);
    expect(marks('彰化縣三山國王客家文化協會').map((mark) => mark.split('[')[0])).toEqual(['彰化縣']);
    expect(marks('泰国国王')).toEqual(['泰国国王[title] King of Thailand']);
  });

  it('reads no district of one character inside a name before it, no Bayan County before a Mongolian name, and no county before a street or estate', () => {
    expect(marks('天津市青西区').map((mark) => mark.split('[')[0])).toEqual(['天津市']);
    expect(marks('攀枝花市西区').map((mark) => mark.split('[')[0])).toEqual(['攀枝花市', '西区']);
    expect(marks('巴彦托海镇').some((mark) => mark.startsWith('巴彦['))).toBe(false);
    expect(marks('巴彦县')).toEqual(['巴彦县[place] Bayan County (Harbin, Heilongjiang)']);
    expect(marks('新安后街1号')).toEqual([]);
    expect(marks('凤阳街道凤阳小区').map((mark) => mark.split('[')[0])).toEqual(['凤阳街道']);
  });

  it('reads a general headquarters, a city commission of housing, and a county health enforcement brigade', () => {
    expect(marks('经省总指挥部同意')).toEqual(['省总指挥部[body] Provincial General Headquarters']);
    expect(marks('大连市新冠肺炎疫情防控总指挥部')).toEqual(['大连市新冠肺炎疫情防控总指挥部[body] Dalian Municipal COVID-19 Prevention and Control General Headquarters']);
    expect(marks('市住房城乡建委')).toEqual(['市住房城乡建委[body] Municipal Commission of Housing and Urban-Rural Development']);
    expect(marks('县卫生监督执法大队')).toEqual(['县卫生监督执法大队[body] County Health Supervision and Law Enforcement Brigade']);
  });

  it("reads a CPPCC committee's special committees by their short names, and no slogan inside a development zone's name", () => {
    expect(marks('市政协社会法制委')).toEqual(['市政协社会法制委[body] Committee on Social and Legal Affairs of the Municipal Committee of the CPPCC']);
    expect(marks('四平新型工业化经济开发区').some((mark) => mark.startsWith('新型工业化'))).toBe(false);
    expect(marks('推进新型工业化')).toEqual(['新型工业化[slogan] new industrialization']);
  });

  it('reads no Fan County in 示范县, a one-character county before 域 with its level, and an institute of socialism', () => {
    expect(marks('国家级生态文明建设示范县').map((mark) => mark.split('[')[0])).toEqual(['生态文明建设']);
    expect(marks('解除杞县域内封控区')).toEqual(['杞县[place] Qi County (Kaifeng, Henan)']);
    expect(marks('区社会主义学院院长')).toEqual(['区社会主义学院院长[title] President of the District Institute of Socialism']);
  });

  it('reads an early-2020 COVID-19 headquarters named with 工作 and 感染的肺炎, and its office', () => {
    expect(marks('鹤庆县新型冠状病毒感染的肺炎防控工作指挥部办公室')).toEqual([
      '鹤庆县新型冠状病毒感染的肺炎防控工作指挥部办公室[body] Office of the Heqing County COVID-19 Prevention and Control Headquarters',
    ]);
  });

  it("reads a bureau's, commission's or ministry's own Party committee, a topic of rectification and a planning and construction bureau", () => {
    expect(marks('委党委书记为第一责任人')).toEqual(['委党委书记[title] Secretary of the Party Committee of the Commission']);
    expect(marks('召开局党委会议')).toEqual(['局党委[body] Party Committee of the Bureau']);
    expect(marks('成立巡察整改工作领导小组')).toEqual(['巡察整改工作领导小组[body] Leading Group for Rectification after Inspection']);
    expect(marks('县规划建设局')).toEqual(['县规划建设局[body] County Planning and Construction Bureau']);
    // Not 局 of 当局 "the authorities".
    expect(marks('当局党委').map((mark) => mark.split('[')[0])).toEqual(['党委']);
  });

  it("reads a leading group for village-based work, Shanghai's landscaping bureau, a congress's elections and appointments committee and a CPPCC standing committee's meeting", () => {
    expect(marks('驻村工作领导小组')).toEqual(['驻村工作领导小组[body] Leading Group for Village-based Work']);
    expect(marks('区绿化市容局')).toEqual(['区绿化市容局[body] District Landscaping and City Appearance Bureau']);
    expect(marks('省人大常委会选举任免联络工作委员会主任').map((mark) => mark.split('[')[0])).toEqual(['省人大常委会选举任免联络工作委员会主任']);
    expect(marks('省政协十二届十五次常委会会议').map((mark) => mark.split(' ')[0])).toEqual(['省政协十二届十五次常委会会议[formula]']);
  });

  it("reads Hong Kong's departments in Hong Kong's own spelling (衞) and the Election Committee", () => {
    expect(marks('食物環境衞生署（食環署）聯同房屋署、康樂及文化事務署').map((mark) => mark.split('[')[0])).toEqual(['食物環境衞生署', '食環署', '房屋署', '康樂及文化事務署']);
    expect(marks('新增了選舉委員會界別').map((mark) => mark.split('[')[0])).toEqual(['選舉委員會']);
  });

  it('reads a county before 县情 "county conditions" by its bare name, and keeps it before 情况 "situation"', () => {
    expect(marks('介绍了定远县情和投资环境').map((mark) => mark.split('[')[0])).toEqual(['定远']);
    expect(marks('定远县情况汇报').map((mark) => mark.split('[')[0])).toEqual(['定远县']);
  });

  it('reads a place after 实施 "implement", whose 施 is no surname there (实施定安乡村振兴战略)', () => {
    expect(marks('就推进实施定安乡村振兴战略相关工作进行部署').map((mark) => mark.split('[')[0])).toEqual(['定安', '乡村振兴战略']);
  });

  it('reads no district government in 旗区政府, "the governments of the banners and districts"', () => {
    expect(marks('各旗区政府、市直各部门')).toEqual([]);
  });

  it("reads a province's or city's own campaign for clean government as a slogan (清廉山东)", () => {
    expect(marks('打造清廉山东、清廉潍坊')).toEqual(['清廉山东[slogan] Clean Shandong', '清廉潍坊[slogan] Clean Weifang']);
  });

  it('reads a slogan of the dictionary named as a strategy as one slogan, where 战略 ends a word', () => {
    expect(marks('我们全面实施强省会战略，提升')).toEqual(['强省会战略[slogan] the strategy of strengthening the provincial capital']);
    expect(marks('支持福州实施强省会战略的若干意见')).toContain('强省会战略[slogan] the strategy of strengthening the provincial capital');
    // Not before a word that begins with 战略, and an entry that holds the whole keeps its own gloss.
    expect(marks('强省会战略部署').map((mark) => mark.split('[')[0])).toEqual(['强省会']);
    expect(marks('实施乡村振兴战略')).toEqual(['乡村振兴战略[slogan] the rural revitalization strategy']);
  });

  it('reads 全国 before 民族 as "nationwide", not 国民 across them, and keeps 健全国家 and 确保全面', () => {
    expect(marks('创建全国民族团结进步示范市')).toEqual(['民族团结进步[slogan] ethnic unity and progress']);
    expect(marks('健全国家权力机关组织制度').map((mark) => mark.split('[')[0])).toEqual(['国家权力机关']);
    expect(marks('确保全面建成小康社会').map((mark) => mark.split('[')[0])).toEqual(['全面建成小康社会']);
  });

  it("reads no town head across 坐镇 'take command at', and Hong Kong's Health Bureau by its short name", () => {
    expect(marks('县长坐镇长寿镇指挥').map((mark) => mark.split('[')[0])).toEqual(['县长']);
    expect(marks('醫衞局局長')).toEqual(['醫衞局局長[title] Secretary for Health (Hong Kong)']);
  });

  it("reads a town's level word before a frequent word as that, not a bare county name, unless a place starts in the word", () => {
    expect(marks('对镇安全生产工作').map((mark) => mark.split('[')[0])).toEqual(['安全生产']);
    expect(marks('镇安县').map((mark) => mark.split('[')[0])).toEqual(['镇安县']);
    expect(marks('集装箱码头二期、镇海港区24—26号泊位').map((mark) => mark.split('[')[0])).toContain('镇海');
  });

  it('lets an ordinary word of the same span win over a composed name (镇办 "towns and subdistricts")', () => {
    expect(marks('各镇办、区直相关部门')).toEqual([]);
    expect(marks('民主党派省委会').map((mark) => mark.split('[')[0])).toEqual(['民主党派']);
  });

  it("reads the member units of a commission as units, not a member and a name", () => {
    expect(marks('市安委会成员单位主要领导')).toEqual(['市安委会[body] Municipal Work Safety Commission']);
  });

  it('reads a supervision team sent by a body with that body', () => {
    expect(marks('省纪委监委督导组')).toEqual(['省纪委监委督导组[body] Supervision Team of the Provincial Commission for Discipline Inspection and Supervisory Commission']);
  });

  it("reads a national body's Party group or committee with it, but not after the last body of a list, whose bodies share it", () => {
    expect(marks('水利部党组')).toEqual(["水利部党组[body] Leading Party Members' Group of the Ministry of Water Resources"]);
    expect(marks('应急管理部党委')).toEqual(['应急管理部党委[body] Party Committee of the Ministry of Emergency Management']);
    expect(marks('最高人民法院、最高人民检察院党组工作汇报').map((mark) => mark.split('[')[0])).toEqual(['最高人民法院', '最高人民检察院', '党组']);
  });

  it("reads a department (司) of a national ministry between the ministry and its post, and the name after it", () => {
    expect(marks('外交部亚西及非洲司司长贺忠义')).toEqual(['外交部亚西及非洲司司长[title] Director-General of a department of the Ministry of Foreign Affairs', '贺忠义[person] He Zhongyi']);
    expect(marks('国家发展改革委就业收入分配和消费司副司长')[0]).toBe(
      '国家发展改革委就业收入分配和消费司副司长[title] Deputy Director-General of a department of the National Development and Reform Commission',
    );
    expect(marks('外交部亞西及非洲司司長賀忠義')[0]).toBe('外交部亞西及非洲司司長[title] Director-General of a department of the Ministry of Foreign Affairs');
    // Alone at the end of a clause, a body; not a company (公司), nor a 司 that running text goes on
    // after with no post (通知各司认真落实).
    expect(marks('教育部基础教育司。')).toEqual(['教育部基础教育司[body] A department of the Ministry of Education']);
    expect(marks('商务部下属公司。')).toEqual(['商务部[body] Ministry of Commerce']);
    expect(marks('外交部通知各司认真落实').map((mark) => mark.split('[')[0])[0]).toBe('外交部');
  });

  it("gives a national body inside a title the dictionary's official English, not the grammar's", () => {
    expect(marks('国家统计局新闻发言人')).toEqual(['国家统计局新闻发言人[title] Spokesperson of the National Bureau of Statistics']);
    expect(marks('国家统计局局长')).toEqual(['国家统计局局长[title] Director of the National Bureau of Statistics']);
  });

  it("reads other countries as places, and a country's leader as one title, the name after it a foreign one", () => {
    expect(marks('韩国总统文在寅')[0]).toBe('韩国总统[title] President of the Republic of Korea');
    expect(marks('美国总统罗斯福')).toEqual(['美国总统[title] President of the United States', '罗斯福[person] a foreign name, written in Chinese by its sound']);
    // A leader national news names most has an entry of his own name.
    expect(marks('法国总统马克龙')).toEqual(['法国总统[title] President of France', '马克龙[person] Emmanuel Macron']);
    expect(marks('美国国务卿')).toEqual(['美国国务卿[title] Secretary of State of the United States']);
    expect(marks('访问泰国')).toEqual(['泰国[place] Thailand']);
    // Not across two common words (依法 + 国家), nor inside 朝鲜族 or 印度洋.
    expect(marks('依法国家机关').map((mark) => mark.split('[')[0])).not.toContain('法国');
    expect(marks('朝鲜族同胞，印度洋')).toEqual([]);
  });

  it('reads the heads of the National Audit Office and of China Media Group with their bodies', () => {
    expect(marks('审计署审计长侯凯')).toEqual(['审计署审计长[title] Auditor-General of the National Audit Office', '侯凯[person] Hou Kai']);
    expect(annotator.annotateText('中央广播电视总台台长')[0]?.readings.slice(-2)).toEqual(['tái', 'zhǎng']);
  });

  it('reads 党组织 with a level as the body of its secretary, and never 党组 inside it', () => {
    expect(marks('村（社区）党组织书记')).toEqual(['村（社区）党组织书记[title] Secretary of the Village (Community) Party Organization']);
    expect(marks('村党组织书记')).toEqual(['村党组织书记[title] Secretary of the Village Party Organization']);
    expect(marks('市政府党组书记').map((mark) => mark.split('[')[0])).toEqual(['市政府党组书记']);
  });

  it('reads no body in organs named in general (各级) or in a 中央 the national organ does not take', () => {
    expect(marks('中华人民共和国地方各级人民代表大会和地方各级人民政府组织法').map((mark) => mark.split('[')[0])).toEqual(['中华人民共和国']);
    expect(marks('各级党委')).toEqual([]);
    expect(marks('中央政协工作会议').map((mark) => mark.split('[')[0])).toEqual(['中央政协工作会议']);
    expect(marks('中央人大').map((mark) => mark.split('[')[0])).toEqual(['中央', '人大']);
    expect(marks('委员长会议')).toEqual(['委员长会议[body] Council of Chairpersons (of the NPC Standing Committee)']);
  });

  it('never reads a one-character organ without its level', () => {
    // 书记 alone is the dictionary's post; 委书记 would be "Secretary of the Party Committee" of no level.
    expect(marks('委书记出席')).toEqual(['书记[title] Secretary (of a Party committee)']);
  });
});

describe('terms and numbered sessions', () => {
  it.each([
    ['十三届全国人大常委会第二十六次会议', "26th Session of the Standing Committee of the 13th National People's Congress"],
    ['十三届全国人大四次会议', "Fourth Session of the 13th National People's Congress"],
    // A standing committee's meetings are sessions where it is a congress's or the CPPCC's, the term before it or not.
    ['全国政协十四届常委会第一次会议', 'First Session of the Standing Committee of the 14th National Committee of the CPPCC'],
    ['政协第十四届全国委员会常务委员会第一次会议', 'First Session of the Standing Committee of the 14th National Committee of the CPPCC'],
    ['市政协常委会第五次会议', 'Fifth Session of the Standing Committee of the Municipal Committee of the CPPCC'],
    ['县人大十七届常委会第五次会议', "Fifth Session of the Standing Committee of the 17th County People's Congress"],
    ['县第十七届人大三次会议', "Third Session of the 17th County People's Congress"],
    ['省委十四届八次全会', 'Eighth Plenary Session of the 14th CPC Provincial Committee'],
    ['中共吉林省委十一届九次全会', 'Ninth Plenary Session of the 11th CPC Jilin Provincial Committee'],
    ['党的十九届五中全会', 'Fifth Plenary Session of the 19th CPC Central Committee'],
    ['中国共产党第十九届中央委员会第四次全体会议', 'Fourth Plenary Session of the 19th CPC Central Committee'],
    ['中国共产党温州市鹿城区第九届委员会第十次全体会议', 'Tenth Plenary Session of the 9th CPC Lucheng District Committee'],
    ['中國共產黨第十九屆中央委員會第四次全體會議', 'Fourth Plenary Session of the 19th CPC Central Committee'],
    ['省第十三次党代会', 'the 13th Provincial Party Congress'],
    ['十四届全国人大常委会第二次委员长会议', "Second Meeting of the Council of Chairpersons of the Standing Committee of the 14th National People's Congress"],
    ['市人大常委会第十次主任会议', "Tenth Meeting of the Council of Chairpersons of the Standing Committee of the Municipal People's Congress"],
    // A CPPCC committee's council of chairpersons, its plenary session and its standing committee, by number.
    ['市政协十三届七次主席会议', 'Seventh Meeting of the Council of Chairpersons of the 13th Municipal Committee of the CPPCC'],
    ['县政协九届一次全委会议', 'First Plenary Session of the 9th County Committee of the CPPCC'],
    // Enlarged, with others invited: the bracket is read as nothing, the English says so.
    ['市委八届二次全体（扩大）会议', 'Second Plenary Session (Enlarged) of the 8th CPC Municipal Committee'],
    ['县委十五届三次全体扩大会议', 'Third Plenary Session (Enlarged) of the 15th CPC County Committee'],
    ['县政协十届五次常委会议', 'Fifth Meeting of the Standing Committee of the 10th County Committee of the CPPCC'],
    ['贵州省第十三次党代会', 'the 13th Guizhou Provincial Party Congress'],
    // …and a yearly session of a local Party congress.
    ['静乐县第十三次党代会第五次会议', 'Fifth Session of the 13th Jingle County Party Congress'],
    // Plenary sessions of one term named together.
    ['十八届三中、四中全会', 'Third and Fourth Plenary Sessions of the 18th CPC Central Committee'],
    ['党的十九届二中、三中、四中、五中、六中全会', 'Second, Third, Fourth, Fifth and Sixth Plenary Sessions of the 19th CPC Central Committee'],
    // All the plenary sessions of a term so far, of the Central Committee or of the committee named.
    ['党的十九届历次全会', 'Successive Plenary Sessions of the 19th CPC Central Committee'],
    ['市委六届历次全会', 'Successive Plenary Sessions of the 6th CPC Municipal Committee'],
  ])('%s is one formula: %s', (text, english) => {
    expect(marks(`${text}。`)).toEqual([`${text}[formula] ${english}`]);
  });

  it('reads the bracket of an enlarged session as nothing', () => {
    const [session] = annotator.annotateText('市委八届二次全体（扩大）会议');
    expect(session?.readings).toEqual(['shì', 'wěi', 'bā', 'jiè', 'èr', 'cì', 'quán', 'tǐ', '', 'kuò', 'dà', '', 'huì', 'yì']);
  });

  it('a list of plenary sessions needs the closing 全会 and at least two numbers', () => {
    expect(marks('十八届三中、四中。')).toEqual([]);
    expect(marks('十八届三中全会。')).toEqual(['十八届三中全会[formula] Third Plenary Session of the 18th CPC Central Committee']);
  });

  it.each([
    ['广州市第十六届人大常委会', "Standing Committee of the 16th Guangzhou Municipal People's Congress"],
    ['区七届人大常委会', "Standing Committee of the 7th District People's Congress"],
    ['中国共产党广东省委员会', 'CPC Guangdong Provincial Committee'],
    ['政协第九届贵州省委员会', '9th Guizhou Provincial Committee of the CPPCC'],
    // …and a special committee of the CPPCC's own committee stands within it.
    ['政协第十二届贵州省委员会提案委员会', 'Committee for Handling Proposals of the 12th Guizhou Provincial Committee of the CPPCC'],
  ])('a term after the place belongs to the body: %s', (text, english) => {
    expect(marks(`${text}。`)).toEqual([`${text}[body] ${english}`]);
  });

  it('leaves a term before the whole name out of a body or title without a session', () => {
    expect(marks('十四届全国人大常委会')).toEqual([
      "全国人大常委会[body] Standing Committee of the National People's Congress (NPC Standing Committee)",
    ]);
    expect(marks('十一届省委巡视工作领导小组').map((mark) => mark.split('[')[0])).toEqual(['省委巡视工作领导小组']);
  });

  it('makes no formula of meetings other than sessions of congresses and committees', () => {
    expect(marks('国务院第十次常务会议').map((mark) => mark.split('[')[0])).toEqual(['国务院']);
    expect(marks('县委疫情防控工作领导小组第78次会议').map((mark) => mark.split('[')[0])).toEqual(['县委疫情防控工作领导小组']);
  });

  it('reads the numbers of terms and sessions aloud', () => {
    const [annotation] = annotator.annotateText('市第16届人大第一百零五次会议');
    expect(annotation?.text).toBe('市第16届人大第一百零五次会议');
    expect(annotation?.gloss).toBe("105th Session of the 16th Municipal People's Congress");
    expect(annotation?.readings.join(' ')).toBe('shì dì   jiè rén dà dì yī bǎi líng wǔ cì huì yì');
    // The term between a committee and its standing committee is read too.
    expect(annotator.annotateText('全国政协十四届常委会第一次会议')[0]?.readings.join(' ')).toBe('quán guó zhèng xié shí sì jiè cháng wěi huì dì yī cì huì yì');
  });
});

describe('titles: never say less than the text', () => {
  it.each([
    ['副书记', 'Deputy Secretary'],
    ['副局长', 'Deputy Director'],
    ['市政府党组副书记', "Deputy Secretary of the Leading Party Members' Group of the Municipal Government"],
    ['人大常委会副主任', "Vice Chairman of the Standing Committee of the People's Congress"],
    ['政协副主席', 'Vice Chairman of the CPPCC Committee'],
    ['妇联主席', "President of the Women's Federation"],
    ['常务副省长', 'Executive Vice Governor'],
    ['代理市长', 'Acting Mayor'],
    ['县（区）委书记', 'Secretary of the CPC County (District) Committee'],
    ['乡（镇）长', 'Township (Town) Head'],
    ['无锡市委书记', 'Secretary of the CPC Wuxi Municipal Committee'],
    ['宝鸡市长', 'Mayor of Baoji'],
    ['无锡市副市长', 'Vice Mayor of Wuxi'],
    ['锡山区长', 'Head of Xishan District'],
    ['白河县县委书记', 'Secretary of the CPC Baihe County Committee'],
    ['琼中县财政局局长', 'Director of the Qiongzhong County Finance Bureau'],
    ['市委办主任', 'Director of the General Office of the CPC Municipal Committee'],
    ['高新区党工委书记', 'Secretary of the High-tech Zone Party Working Committee'],
    ['乡镇党委书记', 'Secretary of the CPC Township and Town Committee'],
    ['县（市、区）委书记', 'Secretary of the CPC County (City, District) Committee'],
    ['内蒙古党委常委', 'Member of the Standing Committee of the CPC Inner Mongolia Autonomous Regional Committee'],
    ['街道办事处主任', 'Director of the Subdistrict Office'],
    ['廣東省人大常委會原副主任', "Former Vice Chairman of the Standing Committee of the Guangdong Provincial People's Congress"],
    ['吕梁市消防救援支队支队长', 'Commander of the Lüliang Municipal Fire and Rescue Detachment'],
    ['天津滨海新区区委副书记', 'Deputy Secretary of the CPC Binhai New Area Committee'],
    ['县派第一书记', 'County-dispatched First Secretary'],
    ['村支部书记', 'Secretary of the Village Party Branch'],
    ['驻村工作队员', 'Member of the Village-based Work Team'],
    ['中國共產黨中央紀律檢查委員會書記', 'Secretary of the CPC Central Commission for Discipline Inspection'],
  ])('%s → %s', (text, english) => {
    expect(marks(`${text}。`)).toEqual([`${text}[title] ${english}`]);
  });

  it('reads the whole 县（区）委书记 in 全市县（区）委书记, not 委书记', () => {
    expect(marks('全市县（区）委书记')).toEqual(['县（区）委书记[title] Secretary of the CPC County (District) Committee']);
  });

  it('reads Traditional titles as their Simplified originals', () => {
    expect(marks('縣（區）委書記楊某出席')).toEqual([
      '縣（區）委書記[title] Secretary of the CPC County (District) Committee',
      '楊某[person] Yang Mou',
    ]);
  });
});

describe('organisations, leaders and deputies', () => {
  it.each([
    ['民革省委会主委', 'title', 'Chairperson of the Provincial Committee of the Revolutionary Committee of the Chinese Kuomintang'],
    ['九三学社省委会副主委', 'title', 'Vice Chairperson of the Provincial Committee of the Jiusan Society'],
    ['团市委书记', 'title', 'Secretary of the Municipal Committee of the Communist Youth League'],
    ['共青团无锡市委', 'body', 'Wuxi Municipal Committee of the Communist Youth League'],
    ['县领导', 'title', 'County leaders'],
    ['区级领导', 'title', 'District-level leaders'],
    ['石林彝族自治县领导', 'title', 'leaders of Shilin Yi Autonomous County'],
    ['市委主要领导', 'title', 'principal leaders of the CPC Municipal Committee'],
    ['全国人大代表', 'title', "Deputy to the National People's Congress"],
    ['通州区人大代表', 'title', "Deputy to the Tongzhou District People's Congress"],
    ['县级人民政府', 'body', "County-level People's Government"],
    ['市委宣传部长', 'title', 'Head of the Publicity Department of the CPC Municipal Committee'],
    ['外交部长', 'title', 'Minister of Foreign Affairs'],
  ])('%s is a %s: %s', (text, kind, english) => {
    expect(marks(`${text}。`)).toEqual([`${text}[${kind}] ${english}`]);
  });

  it('reads 领导 after a body as the verb, and 代表 after other bodies as no title', () => {
    expect(marks('在中央政治局常委会领导下').map((mark) => mark.split('[')[0])).toEqual(['中央政治局常委会']);
    expect(marks('市政府代表').map((mark) => mark.split('[')[0])).toEqual(['市政府']);
  });
});

describe('zones and lists', () => {
  it.each([
    ['平湖经济技术开发区管委会', 'body', 'Pinghu Economic and Technological Development Zone Administrative Committee'],
    ['武进国家高新区管委会副主任', 'title', 'Deputy Director of the Wujin National High-tech Zone Administrative Committee'],
    // The zone alone is a place.
    ['武汉经济技术开发区', 'place', 'Wuhan Economic and Technological Development Zone'],
    ['宜宾高新区', 'place', 'Yibin High-tech Zone'],
    ['武汉都市圈', 'place', 'Wuhan Metropolitan Area'],
  ])('a place names a zone: %s', (text, kind, english) => {
    expect(marks(`${text}。`)).toEqual([`${text}[${kind}] ${english}`]);
  });

  it('reads a Party committee and a government of one level named together', () => {
    expect(marks('自治区党委政府。')).toEqual(['自治区党委政府[body] Autonomous Regional Party Committee and Government']);
    expect(marks('自治区党委、政府。')).toEqual(['自治区党委[body] CPC Autonomous Regional Committee', '政府[body] Autonomous Regional Government']);
  });

  it('gives bodies listed after one with a level that level', () => {
    expect(marks('市发展和改革局、商务局、科技局。')).toEqual([
      '市发展和改革局[body] Municipal Development and Reform Bureau',
      '商务局[body] Municipal Commerce Bureau',
      '科技局[body] Municipal Science and Technology Bureau',
    ]);
    expect(marks('商务局。')).toEqual(['商务局[body] Commerce Bureau']);
  });

  it('reads levels listed before what they share, with 、 or written together, and no list where a word begins', () => {
    expect(marks('县、市、区人民政府。')).toEqual(["县、市、区人民政府[body] County, Municipal and District People's Government"]);
    expect(marks('各县市区委书记。')).toEqual(['县市区委书记[title] Secretary of the CPC County, Municipal and District Committee']);
    expect(marks('省市县三级领导干部。')).toEqual(['省市县三级领导干部[title] Provincial, Municipal and County leading officials']);
    // 市场监管局 after 县, not the levels 县 and 市; 市区 alone is the urban area; a comma lists nothing.
    expect(marks('县市场监管局。')).toEqual(['县市场监管局[body] County Administration for Market Regulation']);
    expect(marks('市区人民政府。')).toEqual(["区人民政府[body] District People's Government"]);
    // 市镇 "towns" is no list either, nor the end of a town's name before its level (蔡市 + 镇).
    expect(marks('蔡市镇政府召开会议。').some((mark) => mark.startsWith('市镇'))).toBe(false);
    expect(marks('景区，街道党工委书记。')).toEqual(['街道党工委书记[title] Secretary of the Subdistrict Party Working Committee']);
  });

  it('reads 指挥长会议 as a meeting of the commanders: the headquarters before it is marked alone', () => {
    expect(marks('召开杜集区疫情防控应急综合指挥部指挥长会议。')).toEqual([
      '杜集区疫情防控应急综合指挥部[body] Duji District Comprehensive Emergency Headquarters for Epidemic Prevention and Control',
    ]);
    // 主任会议, the council named for its members' post, is its own term after its standing committee,
    // as the corpus's editors mark it; the post inside it is no chairman.
    expect(marks('县人大常委会主任会议。')).toEqual([
      "县人大常委会[body] Standing Committee of the County People's Congress",
      "主任会议[other] Council of Chairpersons (of a people's congress standing committee)",
    ]);
  });

  it('reads the topic of a leading group, headquarters or task force as part of its name', () => {
    expect(marks('县新冠肺炎防控领导小组。')).toEqual(['县新冠肺炎防控领导小组[body] County Leading Group for COVID-19 Prevention and Control']);
    expect(marks('乡村振兴领导小组办公室。')).toEqual(['乡村振兴领导小组办公室[body] Office of the Leading Group for Rural Revitalization']);
    expect(marks('省政府重点项目工作专班。')).toEqual(['省政府重点项目工作专班[body] Key Projects Task Force of the Provincial Government']);
    // A topic alone, or before a body that takes none, is no name.
    expect(marks('乡村振兴。').some((mark) => mark.includes('[body]'))).toBe(false);
    expect(marks('乡村振兴局。')).toEqual(['乡村振兴局[body] Rural Revitalization Bureau']);
  });
});

describe('places', () => {
  it.each([
    ['锡山区', 'Xishan District (Wuxi, Jiangsu)'],
    ['六安市', "Lu'an (prefecture-level city, Anhui)"],
    ['石林彝族自治县', 'Shilin Yi Autonomous County (Kunming, Yunnan)'],
    ['东乡族自治县', 'Dongxiang Autonomous County (Linxia, Gansu)'],
    ['内蒙古', 'Inner Mongolia Autonomous Region'],
    ['通道县', 'Tongdao Dong Autonomous County (Huaihua, Hunan)'],
    ['黔南州', 'Qiannan Bouyei and Miao Autonomous Prefecture (Guizhou)'],
    ['东乡县', 'Dongxiang Autonomous County (Linxia, Gansu)'],
    // The short name with the whole level: 黔东南自治州, 通道自治县.
    ['黔东南自治州', 'Qiandongnan Miao and Dong Autonomous Prefecture (Guizhou)'],
    ['通道自治县', 'Tongdao Dong Autonomous County (Huaihua, Hunan)'],
  ])('%s is %s', (text, gloss) => {
    expect(marks(`${text}。`)).toEqual([`${text}[place] ${gloss}`]);
  });

  it('reads a name a prefecture-level city shares only with counties as the city, and no place across a word', () => {
    expect(marks('结合长沙实际')).toEqual(['长沙[place] Changsha (prefecture-level city, Hunan)']);
    expect(marks('深圳与中山之间').map((mark) => mark.split('[')[0])).toEqual(['深圳', '中山']);
    expect(marks('扩大同各国利益的汇合点，画出最大同心圆')).toEqual([]);
    expect(marks('建设重大创新平台')).toEqual([]);
    // 北海道 "Hokkaido" holds no Beihai (Guangxi).
    expect(marks('会见日本北海道知事').map((mark) => mark.split('[')[0])).toEqual(['日本']);
    expect(marks('推广东营、滨州盐碱地综合利用').map((mark) => mark.split('[')[0])).toEqual(['东营', '滨州']);
    expect(marks('开创新时代壮美广西建设新局面').map((mark) => mark.split('[')[0])).toEqual(['新时代壮美广西']);
  });

  it('reads places as the places themselves are read', () => {
    const readings = (text: string) => annotator.annotateText(text)[0]?.readings.join(' ');
    expect(readings('六安市')).toBe('lù ān shì');
    expect(readings('乐亭县')).toBe('lào tíng xiàn');
    expect(readings('黄陂区')).toBe('huáng pí qū');
    expect(readings('单县')).toBe('shàn xiàn');
    expect(readings('穆棱市')).toBe('mù líng shì');
    expect(readings('莲都区')).toBe('lián dū qū');
  });

  it('does not read a place inside a name, an ordinary word or "the whole prefecture"', () => {
    // Two national leaders, listed by name: no 德江 or 东明 inside them.
    expect(marks('张德江、王东明')).toEqual(['张德江[person] Zhang Dejiang', '王东明[person] Wang Dongming']);
    // No county 全州 "the whole prefecture": only the set phrase 各族人民.
    expect(marks('全州各族人民')).toEqual(['各族人民[other] people of all ethnic groups']);
    // No place 新和 (a county in Xinjiang) inside 更新和消费品: only the slogan.
    expect(marks('推动设备更新和消费品以旧换新')).toEqual(['消费品以旧换新[slogan] consumer goods trade-in']);
    expect(marks('朝阳')).toEqual([]);
    // No two-character name across two common words: 稳定 + 安全 is not Ding'an County, 加大 + 城乡
    // not Dacheng County; the names themselves still where they stand.
    expect(marks('确保农产品稳定安全供给，加大城乡建设力度')).toEqual([]);
    // Nor across common nouns of places, which a word list tags as places: 城镇, 城市, 海洋.
    expect(marks('新增城镇就业2.8万人，发展壮大城市经济，实施300个以上海洋经济项目')).toEqual([]);
    expect(marks('化解中小金融机构风险，隆重庆祝').filter((mark) => mark.includes('[place]'))).toEqual([]);
    // A surname that ends a word before a place (了解, 有关, 面向) starts no name that holds it…
    expect(marks('了解香港重点旅游，有关深圳的，产业向南京转移').filter((mark) => mark.includes('[place]')).map((mark) => mark.split('[')[0])).toEqual(['香港', '深圳', '南京']);
    // …but 向 and a direction is "toward": 向南开放 "opening to the south" holds no Nankai District.
    expect(marks('加快向西向南开放')).toEqual([]);
    // A county's name right after a province it does not lie in is part of another name: 湖南民丰 of
    // a co-operative is no Minfeng County (Xinjiang), 上海瑞金医院 no Ruijin (Jiangxi). Cities of the
    // top levels in a row are a pair (重庆成都), and a county of the province is its own (湖北监利).
    const placesIn = (text: string) => marks(text).filter((mark) => mark.includes('[place]')).map((mark) => mark.split('[')[0]);
    expect(placesIn('湖南民丰高效油茶专业合作社，上海瑞金医院')).toEqual(['湖南', '上海']);
    expect(placesIn('推动重庆成都双核联动，湖北监利')).toEqual(['重庆', '成都', '湖北', '监利']);
    // So after a city of the level below the province: 合肥滨湖科学城, 臺中市北屯區 (a district of
    // Taichung, no Beitun of Xinjiang), though a county of the city is its own (苏州昆山).
    expect(placesIn('推进合肥滨湖科学城，臺中市北屯區，苏州昆山')).toEqual(['合肥', '臺中市', '苏州', '昆山']);
    // 全 "the whole" before a bare name is no surname: 全臺灣, 全西藏.
    expect(placesIn('孕育出全臺灣唯一海洋原住民族，推进全西藏')).toEqual(['臺灣', '西藏']);
    // 市管干部 "cadres the city manages" takes the level word: the place is 金华, 无锡.
    expect(placesIn('涉及金华市管干部105名，无锡市管领导干部')).toEqual(['金华', '无锡']);
    // …and so do 县域 and 市域 "the whole area of the county (city)".
    expect(placesIn('推动内乡县域经济发展，贵阳市域快铁')).toEqual(['内乡', '贵阳']);
    // A bare name of two across the word before it gives way to a place at its second character:
    // 幸福清徐 is Qingxu, 创新龙江 Longjiang, 完成武陵山区 the Wuling Mountains; 投资兴业 holds
    // neither 资兴 nor 兴业.
    expect(placesIn('美丽幸福清徐，创新龙江，全面完成武陵山区，来吉投资兴业')).toEqual(['清徐', '龙江', '武陵山']);
    // 来 "come" and a one-character short name before what one comes to do is no county 来凤 (来凤投资
    // "come to Feng(yang) to invest"), though the name opening a clause is the county.
    expect(marks('对来凤投资客商表示热烈欢迎，欢迎来凤创业').filter((mark) => mark.includes('[place]'))).toEqual([]);
    expect(marks('来凤投资环境持续优化').filter((mark) => mark.includes('[place]')).map((mark) => mark.split('[')[0])).toEqual(['来凤']);
    // A bare name of two that runs on from the word before it gives way to a province starting in it:
    // 亲临江苏 is no Linjiang, 创新安徽 no Xin'an; after a boundary or a place it stands (鞍山, 北海铁山).
    expect(marks('总书记亲临江苏考察，迈出创新安徽建设新步伐').filter((mark) => mark.includes('[place]')).map((mark) => mark.split('[')[0])).toEqual(['江苏', '安徽']);
    expect(marks('试点省份。鞍山西柳电子商务').filter((mark) => mark.includes('[place]')).map((mark) => mark.split('[')[0])).toEqual(['鞍山']);
    // A county named by one character that ends the word before it, or is 和 "and": 完成县级, 健康县城.
    expect(marks('完成县级国土空间总体规划，推进健康县城建设').filter((mark) => mark.includes('[place]'))).toEqual([]);
    expect(marks('确保完成县十八届人大四次会议确定的目标').map((mark) => mark.split('[')[0])).toEqual(['县十八届人大四次会议']);
    expect(marks('赴成县调研').map((mark) => mark.split('[')[0])).toEqual(['成县']);
    // A town's level word before a village is no first character of a county's bare name (镇平).
    expect(marks('到虹桥镇平安村调研').map((mark) => mark.split(' ')[0])).toEqual(['虹桥镇[place]', '平安村[place]']);
    expect(marks('推动镇远古城提质升级').map((mark) => mark.split('[')[0])).toEqual(['镇远']);
    // 我乡 "our township" names no town.
    expect(marks('针对我乡阴雨多、割机少')).toEqual([]);
    // A city whose name is also a word, listed to be read alone (安康, 开封), but not in the greeting 幸福安康.
    expect(marks('安康党政代表团赴常州').map((mark) => mark.split('[')[0])).toEqual(['安康', '常州']);
    expect(marks('祝大家幸福安康')).toEqual([]);
    expect(placesIn('老人生活安康、舒心')).toEqual([]);
    // The bounds of an area in a notice: 东至 "east as far as" is no Dongzhi County, 北至 begins no
    // town's name, and the town after it is one.
    expect(marks('东至108国道，北至白龙镇陈村村南')).toEqual(['白龙镇[place] Bailong Town']);
    expect(marks('赴东至县调研')).toEqual(['东至县[place] Dongzhi County (Chizhou, Anhui)']);
    // A lake's or mountain's name holds no county (异龙湖 is no Longhu District, 怀玉山 no Yushan).
    expect(marks('异龙湖水质提升，怀玉山、三清山')).toEqual(['异龙湖[place] Yilong Lake', '怀玉山[place] Huaiyu Mountains', '三清山[place] Mount Sanqing']);
    // In Traditional script too: 健康保險 holds no Kangbao County.
    expect(marks('推動全民健康保險改革').filter((mark) => mark.includes('[place]'))).toEqual([]);
    expect(marks('赴定安调研，走访大城')).toEqual(["定安[place] Ding'an County (Hainan)", '大城[place] Dacheng County (Langfang, Hebei)']);
    // No place where a street's name begins with it; the place where 路 or 街 begins another word.
    expect(marks('原州中路以东、莲池二路以北，山东路—鞍山路立交')).toEqual([]);
    expect(marks('探索“广东路径”，到成都街头走一走')).toEqual(['广东[place] Guangdong (province)', '成都[place] Chengdu (prefecture-level city, Sichuan)']);
    // 中方 "the Chinese side", not Zhongfang County, which keeps its level where news names it.
    expect(marks('中方愿同各方一道')).toEqual([]);
    expect(marks('怀化市中方县')).toEqual(['怀化市[place] Huaihua (prefecture-level city, Hunan)', '中方县[place] Zhongfang County (Huaihua, Hunan)']);
    // Hong Kong's districts by their own English, with or without 區; not those whose bare names are
    // other places or words (沙田, 西貢, 大埔, 離島).
    expect(marks('深水埗區、灣仔、元朗和荃灣')).toEqual(['深水埗區[place] Sham Shui Po District (Hong Kong)', '灣仔[place] Wan Chai District (Hong Kong)', '元朗[place] Yuen Long District (Hong Kong)', '荃灣[place] Tsuen Wan District (Hong Kong)']);
    expect(placesIn('沙田、西貢、離島')).toEqual([]);
    // Right after a town's level word, a bare name that begins a village's name is the village's:
    // 黑岛镇山南头村 holds no Shannan; after a county, a bare name before 乡 is a township's (平城乡
    // of Qi County is no Pingcheng District), read whole where a village follows it.
    expect(placesIn('黑岛镇山南头村宫东屯')).toEqual(['黑岛镇', '山南头村']);
    expect(placesIn('杞县平城乡其他区域')).toEqual(['杞县']);
    expect(placesIn('杞县平城乡白丘北村')).toEqual(['杞县', '平城乡', '白丘北村']);
    expect(placesIn('到山南调研，大同市平城区')).toEqual(['山南', '大同市', '平城区']);
    // A bare name before 屯 "hamlet" is the hamlet's: 西盘龙屯 holds no Panlong District.
    expect(marks('挖掘西盘龙屯孝治文化，在盘龙屯')).toEqual([]);
    expect(placesIn('昆明市盘龙区，到盘龙调研')).toEqual(['昆明市', '盘龙区', '盘龙']);
    // A bare name of two that runs on from the character before it gives way to a term of four or
    // more at its second character: 粤桂东西部协作 holds no Guidong County, 弘扬中华 no Yangzhong, 壮大新质 no Daxin.
    expect(heads('深化粤桂东西部协作，弘扬中华优秀传统文化，发展壮大新质生产力')).toEqual(['东西部协作[slogan]', '中华优秀传统文化[slogan]', '新质生产力[slogan]']);
    expect(placesIn('桂东县、扬中市和大新县')).toEqual(['桂东县', '扬中市', '大新县']);
  });

  it('reads no person in a zone\'s own name before the zone and its posts (苏锡通园区党工委委员)', () => {
    expect(heads('主任黄晓峰，苏锡通园区党工委委员')).toEqual(['主任[title]', '黄晓峰[person]', '园区党工委委员[title]']);
    expect(heads('市委常委会李明副书记，苏锡通园区党工委副书记')).not.toContain('苏锡通[person]');
    // Before a post of a level that is no zone, the same three characters are still read as a name.
    expect(heads('主任黄晓峰，苏锡通区委委员')).toEqual(['主任[title]', '黄晓峰[person]', '苏锡通[person]', '区委委员[title]']);
  });

  it('reads a place after a place, or after 任 or 陆 that end a word, though a surname ends what stands before', () => {
    expect(marks('在浙江寧波舉行')).toEqual(['浙江[place] Zhejiang (province)', '寧波[place] Ningbo (prefecture-level city, Zhejiang)']);
    expect(marks('分别任武义、龙游两县').slice(0, 2)).toEqual(['武义[place] Wuyi County (Jinhua, Zhejiang)', '龙游[place] Longyou County (Quzhou, Zhejiang)']);
    expect(marks('大陸廈門啟用')).toEqual(['廈門[place] Xiamen (prefecture-level city, Fujian)']);
  });

  it('reads a place after 于 that is the preposition of a word before it, not a surname', () => {
    expect(marks('关于内蒙古阿拉善盟')).toEqual(['内蒙古[place] Inner Mongolia Autonomous Region', '阿拉善盟[place] Alxa League (Inner Mongolia)']);
    // A name after a title is read before any place inside it.
    expect(marks('副市长于长春')).toEqual(['副市长[title] Vice Mayor', '于长春[person] Yu Changchun']);
  });

  it('writes place names in Hanyu Pinyin, with an apostrophe before a, e or o', () => {
    expect(placeNameFromPinyin('wú xī')).toBe('Wuxi');
    expect(placeNameFromPinyin('xī ān')).toBe("Xi'an");
    expect(placeNameFromPinyin('lù ān')).toBe("Lu'an");
  });

  it('holds every province-, prefecture- and county-level unit, each after the unit it belongs to', () => {
    const places = expandPlaces(dictionary.places);
    expect(places.length).toBeGreaterThan(3000);
    const byName = new Map(places.map((place) => [place.name, place]));
    expect(byName.get('锡山区')?.parent).toBe('无锡市');
    expect(byName.get('无锡市')?.parent).toBe('江苏省');
    expect(byName.get('济源市')?.parent).toBe('河南省');
    expect(byName.get('东城区')?.parent).toBe('北京市');
    expect(byName.get('无锡市')?.traditional).toContain('無錫市');
  });
});

describe('names after titles, without inventing', () => {
  it('stops a given name before a verb and never starts one with a function word', () => {
    expect(marks('市长王勇安排稳增长工作')).toEqual(['市长[title] Mayor', '王勇[person] Wang Yong', '稳增长[slogan] ensuring steady growth']);
    expect(marks('市委书记常由省委提名')).toEqual(['市委书记[title] Secretary of the CPC Municipal Committee', '省委[body] CPC Provincial Committee']);
    // 向 "towards" is also a common first character of given names (杨向喜, 沈向民).
    expect(marks('副市长杨向喜参加')).toEqual(['副市长[title] Vice Mayor', '杨向喜[person] Yang Xiangxi']);
    // 关于 after the name: his report "on" something, not a third character.
    expect(marks('组织部部长季星关于提请任命的说明').map((mark) => mark.split('[')[0])).toEqual(['组织部部长', '季星']);
    // 高级 after a title continues the post (行政长官高级特别助理), no surname Gao.
    expect(marks('行政長官高級特別助理').map((mark) => mark.split('[')[1])).not.toContainEqual(expect.stringMatching(/^person/));
  });

  it('reads a given name that ends in a place of the dictionary before a verb that follows names (鲁长江出席), and 简要 "briefly" as no name', () => {
    expect(heads('统战部部长鲁长江出席开班式')).toEqual(['统战部部长[title]', '鲁长江[person]']);
    expect(heads('部长王长江主持会议')).toEqual(['部长[title]', '王长江[person]']);
    expect(heads('考察长江出海口')).toEqual(['长江[place]', '出海[other]']);
    expect(heads('向副主任简要介绍了改革历程')).toEqual(['副主任[title]']);
    // 今日 "today", 昨天 "yesterday" after a name are no part of it.
    expect(heads('市长李明昨天主持会议')).toEqual(['市长[title]', '李明[person]']);
    expect(heads('運輸工務司司長歐文龍今日會見')).toEqual(['運輸工務司司長[title]', '歐文龍[person]']);
    expect(heads('運輸工務司司長歐文龍今（八）日會見')).toEqual(['運輸工務司司長[title]', '歐文龍[person]']);
  });

  it("reads the name a discipline notice gives a penalty to, and knows it later in the document", () => {
    expect(marks('决定给予石力党内严重警告处分')).toEqual(['石力[person] Shi Li']);
    expect(marks('給予陳某某黨內警告處分')).toEqual(['陳某某[person] Chen Moumou']);
    expect(marks('给予党内警告处分')).toEqual([]);
    const names = new NameMemory();
    annotator.learnNames(['经勐戛镇党委研究，决定给予邵曰苍党内警告处分。'], names);
    expect(annotator.annotate(['邵曰苍的名字显得特别突兀。'], names).map((annotation) => annotation.text)).toEqual(['邵曰苍']);
  });

  it('knows a name again later in the same document, and only there', () => {
    const names = new NameMemory();
    expect(annotator.annotate(['省长黄强主持会议。'], names).map((annotation) => annotation.text)).toEqual(['省长', '黄强']);
    expect(annotator.annotate(['黄强指出，要抓好落实。'], names).map((annotation) => annotation.text)).toEqual(['黄强']);
    expect(annotator.annotate(['黄强指出，要抓好落实。'], new NameMemory())).toEqual([]);
  });

  it('reads a dotted name whole, and 任 after a title as the verb', () => {
    expect(marks('全国人大常委会副委员长艾力更·依明巴海出席')).toEqual([
      "全国人大常委会副委员长[title] Vice Chairperson of the Standing Committee of the National People's Congress",
      '艾力更·依明巴海[person] Arken Imirbaki',
    ]);
    expect(marks('自治区主席艾尔肯·吐尼亚孜出席').map((mark) => mark.split('[')[0])).toEqual(['自治区主席', '艾尔肯·吐尼亚孜']);
    expect(marks('由县委书记任市委常委').map((mark) => mark.split('[')[0])).toEqual(['县委书记', '市委常委']);
  });

  it('reads each name of a list of appointments, before 为 and its post', () => {
    expect(marks('会议任命李明为区人民政府副区长，王蒙徽为全国人大环境与资源保护委员会副主任委员。').map((mark) => mark.split('[')[0])).toEqual([
      '李明',
      '区人民政府副区长',
      '王蒙徽',
      '全国人大环境与资源保护委员会副主任委员',
    ]);
    // Not without a post after 为, nor inside a word.
    expect(marks('，张明为此作了说明').map((mark) => mark.split('[')[0])).toEqual([]);
    expect(marks('以习近平同志为核心的党中央').map((mark) => mark.split('[')[0])).not.toContain('习近平同志');
  });

  it('reads a name after a title even where a place is its start, and no place across 以东海域', () => {
    expect(marks('常务副县长杨浦才，副县长').map((mark) => mark.split(' ')[0])).toEqual(['常务副县长[title]', '杨浦才[person]', '副县长[title]']);
    expect(marks('副区长徐汇区').map((mark) => mark.split(' ')[0])).toEqual(['副区长[title]', '徐汇区[place]']);
    expect(marks('杭州湾以东海域的舟山市').map((mark) => mark.split(' ')[0])).toEqual(['杭州湾[place]', '舟山市[place]']);
  });

  it('reads 任 after a title as the surname only where a verb that follows names follows the name', () => {
    expect(marks('省政协副主席任湘生率队到镇远县').map((mark) => mark.split('[')[0])).toEqual(['省政协副主席', '任湘生', '镇远县']);
    expect(marks('由县委书记任市委常委').map((mark) => mark.split('[')[0])).toEqual(['县委书记', '市委常委']);
  });

  it('reads 向 after a title as "towards", and as the surname only before such a verb, a function word or a mark', () => {
    const people = (text: string) => annotator.annotateText(text).filter((mark) => mark.kind === 'person').map((mark) => mark.text);
    expect(people('县长向大会报告工作')).toEqual([]);
    expect(people('县级党政班子成员向同级纪委全会述责')).toEqual([]);
    expect(people('市长向阳主持会议')).toEqual(['向阳']);
    expect(people('主任向红梅在会上讲话')).toEqual(['向红梅']);
    expect(people('副市长向东、王军出席')).toEqual(['向东', '王军']);
    // …nor where a word of the dictionary follows 向, though a name's verb comes after it.
    expect(people('书记向记者介绍')).toEqual([]);
    // Right after a title, a place of the dictionary that begins a longer name is the person's (韩国富, not Korea).
    expect(people('亭山桥村党总支书记韩国富，')).toEqual(['韩国富']);
    expect(people('外交部长韩国')).toEqual([]);
  });

  it('reads a name whose surname it does not know between two names of a list, never first after a title', () => {
    expect(marks('市领导高义、虎强、李喜安参加会议').map((mark) => mark.split('[')[0])).toEqual(['市领导', '高义', '虎强', '李喜安']);
    expect(marks('副市长王一、出席、李二').map((mark) => mark.split('[')[0])).toEqual(['副市长', '王一']);
    // Tibetan names: four characters after a title, and two with no surname before a mark or a verb.
    expect(marks('自治区常务副主席罗布顿珠，自治区副主席坚参、汪海洲出席').filter((mark) => mark.includes('[person]'))).toEqual([
      '罗布顿珠[person] Luobu Dunzhu',
      '坚参[person] Jiancan',
      '汪海洲[person] Wang Haizhou',
    ]);
    expect(marks('县长加强领导')).toEqual(['县长[title] County Head']);
    // After a name the dictionary knows too (梁振英 is an entry).
    expect(marks('副主席梁振英、巴特尔、苏辉出席').map((mark) => mark.split('[')[0])).toEqual(['副主席', '梁振英', '巴特尔', '苏辉']);
    expect(marks('在县领导陪同下，陆良县全体与会人员').map((mark) => mark.split('[')[1]?.split(']')[0])).not.toContain('person');
  });

  it('reads no post that cuts an ordinary word in two (村长 in 农村长远, 国家领导 in 国家领导人)', () => {
    expect(marks('关系农业农村长远发展、关系农民切身利益')).toEqual([]);
    expect(marks('金砖国家领导人会晤').map((mark) => mark.split(' ')[0])).toEqual(['国家领导人[other]']);
  });

  it('reads the names after a verb of appointment, a list of them too, but no word after it', () => {
    expect(marks('任命赵海洋、董冲、朱平生为区人民政府副区长').map((mark) => mark.split(' ')[0])).toEqual([
      '赵海洋[person]',
      '董冲[person]',
      '朱平生[person]',
      '区人民政府副区长[title]',
    ]);
    expect(marks('免去李明远的区发展改革委主任职务').map((mark) => mark.split(' ')[0])).toEqual(['李明远[person]', '区发展改革委主任[title]']);
    expect(marks('被免去党内和行政职务')).toEqual([]);
    expect(marks('免去全部职务')).toEqual([]);
  });

  it('knows a name printed before its title once the document has been read for names, without the pinyin reader', () => {
    expect(marks('王忠林主持会议。省委常委、市委书记王忠林出席。').map((mark) => mark.split('[')[0])).toEqual(['王忠林', '省委常委', '市委书记', '王忠林']);
    const unread = new Annotator({
      dictionary,
      readPinyin: () => {
        throw new Error('no reader');
      },
    });
    const names = new NameMemory();
    expect(() => unread.learnNames(['省委常委、市委书记王忠林出席。'], names)).not.toThrow();
    expect(names.lengthAt([...'王忠林'].map((char) => char.codePointAt(0) as number), 0, 3)).toBe(3);
  });

  it('reads a reporter’s name in a byline', () => {
    expect(marks('（记者 华榕 季志远）')).toEqual(['华榕[person] Hua Rong', '季志远[person] Ji Zhiyuan']);
  });

  it('knows every surname in Traditional script too', () => {
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    const keptAsIs = new Set([...'于余范岳游涂芦郁']);
    const missing = [...SIMPLIFIED_SURNAMES].filter((char) => !keptAsIs.has(char)).map((char) => toTraditional(char)).filter((char) => ![...SIMPLIFIED_SURNAMES, ...TRADITIONAL_SURNAMES].includes(char));
    expect(missing).toEqual([]);
  });
});

describe('names read in the held-out sets 84–87', () => {
  const spans = (text: string) => marks(text).map((mark) => mark.split(' ')[0]);

  it('reads no county named by one character across the word before it (规范 + 县委 is no Fan County)', () => {
    expect(spans('来规范县委巡察工作')).toEqual(['县委[body]']);
    expect(spans('范县委书记主持会议')).toEqual(['范县委书记[title]']);
  });

  it("reads a town Party committee's member for political and legal affairs, and the commission by its full name", () => {
    expect(spans('镇党委委员、政法委员刘泽林表示')).toEqual(['镇党委委员[title]', '政法委员[title]', '刘泽林[person]']);
    expect(marks('县委政法委员会。')).toEqual(['县委政法委员会[body] Political and Legal Affairs Commission of the CPC County Committee']);
  });

  it("reads a community's Party secretary, a zone's department for Party and mass work, and a level's top leaders", () => {
    expect(spans('社区书记张三说')).toEqual(['社区书记[title]', '张三[person]']);
    expect(marks('经开区党群工作部。')).toEqual(['经开区党群工作部[body] Economic Development Zone Party and Mass Work Department']);
    expect(marks('各县（市、区）党政一把手迎来')).toEqual(['县（市、区）党政一把手[title] County (City, District) Party and government top leader']);
  });

  it("reads a town's level word before 、 as the end of its name, not the first of a list of levels", () => {
    expect(spans('对合溪镇、石莲镇、区卫生健康委党委巡察')).toEqual(['合溪镇[place]', '石莲镇[place]', '区卫生健康委党委[body]']);
    // After a word of quantity the levels are a list: 各镇、村 "each town and village".
    expect(spans('全县各镇、村党组织')).toEqual(['镇、村党组织[body]']);
  });
});

describe('names read in the held-out sets 88–103', () => {
  const spans = (text: string) => marks(text).map((mark) => mark.split(' ')[0]);

  it("reads the forest fire headquarters and the flood control office by their short names", () => {
    expect(marks('县森防指。')).toEqual(['县森防指[body] County Forest Fire Prevention and Suppression Headquarters']);
    expect(marks('国家森防办。')).toEqual(['国家森防办[body] Office of the National Forest Fire Prevention and Suppression Headquarters']);
    expect(marks('县防汛办。')).toEqual(['县防汛办[body] County Flood Control Office']);
  });

  it("reads no post in a cadre's rank (正县长级), and a Party branch's secretary without its unit", () => {
    expect(spans('傅开琦为正县长级干部')).toEqual([]);
    expect(spans('副处长级调研员')).toEqual([]);
    expect(spans('县长李明出席')).toEqual(['县长[title]', '李明[person]']);
    expect(spans('下届支部书记、副书记和委员人选')).toEqual(['支部书记[title]', '副书记[title]']);
  });

  it("reads no town's name in a verb before its Party committee, and no mayor in 市长途 'the city's long-distance'", () => {
    expect(spans('要围绕镇党委的决策部署，做好镇党委交办的工作')).toEqual(['镇党委[body]', '决策部署[other]', '镇党委[body]']);
    expect(spans('看望慰问了市长途客运公司的职工')).toEqual([]);
    // …though a post before 期间 "during" or 期许 "expects" is still the post.
    expect(spans('他任市长期间')).toEqual(['市长[title]']);
    expect(spans('吳局長期許新任區長')).toEqual(['局長[title]', '區長[title]']);
  });

  it("reads a township named one character before a county's bare name after its county (泰武鄉, not Wuxiang), and Taiwan's Ministers without Portfolio", () => {
    expect(spans('總統前往屏東縣泰武鄉佳平部落')).toEqual(['總統[title]', '屏東縣[place]', '泰武鄉[place]']);
    // Not where the character joins two places.
    expect(spans('开工洋县至西乡和镇巴至陕川界高速公路')).toEqual(['洋县[place]', '西乡[place]', '镇巴[place]']);
    // …and in a list of towns (迎丰镇 is no Fengzhen).
    expect(spans('深入城关镇、迎丰镇等地检查')).toEqual(['城关镇[place]', '迎丰镇[place]']);
    expect(marks('政務委員林萬億、陳美伶')).toEqual(['政務委員[title] Minister without Portfolio (Taiwan)', '林萬億[person] Lin Wanyi', '陳美伶[person] Chen Meiling']);
  });

  it("reads a town's name before a post that repeats its level word as the town's, not a person's (郑陆镇镇长), and the surname 郁", () => {
    expect(spans('局长袁维鸿、郑陆镇镇长郁国兴、副镇长高可锋出席')).toEqual([
      '局长[title]',
      '袁维鸿[person]',
      '镇长[title]',
      '郁国兴[person]',
      '副镇长[title]',
      '高可锋[person]',
    ]);
    expect(spans('天宁区民政局局长袁维鸿、郑陆镇镇长郁国兴出席')).not.toContain('郑陆镇[person]');
    // …nor a subdistrict's, whose 街 ends the "name" (、柯岩街道鲁镇社区党总支书记).
    expect(spans('区委组织部副部长王某、柯岩街道鲁镇社区党总支书记张三')).not.toContain('柯岩街[person]');
  });

  it('reads a meeting named by its term and number alone after the body that holds it, not a government executive meeting', () => {
    expect(marks('县政协召开九届二十五次常委会议')).toEqual([
      '县政协[body] County Committee of the CPPCC',
      '九届二十五次常委会议[formula] 25th Meeting of the Standing Committee of the 9th term (of the congress or committee the text names)',
    ]);
    expect(spans('县委召开十四届五次全会')).toEqual(['县委[body]', '十四届五次全会[formula]']);
    expect(marks('市政府召开第十届第二十七次常务会议').filter((mark) => mark.includes('[formula]'))).toEqual([]);
  });

  it("reads a Party committee's leading group for education", () => {
    expect(marks('市委教育工作领导小组组长李爱杰')).toEqual([
      '市委教育工作领导小组组长[title] Head of the Leading Group for Education of the CPC Municipal Committee',
      '李爱杰[person] Li Aijie',
    ]);
  });

  it("reads Hong Kong's Director of Audit and the river basin commissions", () => {
    expect(spans('香港特區政府審計署署長林智遠率團')).toEqual(['香港特區政府[body]', '審計署署長[title]', '林智遠[person]']);
    expect(marks('黄河水利委员会主任。')).toEqual(['黄河水利委员会主任[title] Director of the Yellow River Conservancy Commission']);
  });
});
