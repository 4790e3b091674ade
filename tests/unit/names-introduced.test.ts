import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Annotator } from '../../engine/annotator.ts';
import { asDictionary } from '../../engine/load-dictionary.ts';
import { readPinyinWithPinyinPro } from '../../engine/pinyin-pro-reader.ts';
import { GENERATED_DICTIONARY } from '../../scripts/lib/paths.ts';

const dictionary = asDictionary(JSON.parse(readFileSync(GENERATED_DICTIONARY, 'utf8')));
const annotator = new Annotator({ dictionary, readPinyin: readPinyinWithPinyinPro });
const people = (text: string) =>
  annotator
    .annotateText(text)
    .filter((annotation) => annotation.kind === 'person')
    .map((annotation) => `${annotation.text} ${annotation.gloss}`);

describe('names that follow something other than a bare title', () => {
  it('reads a name after a title in quotation marks, and the reporter in brackets after 本报讯', () => {
    expect(people('村民聊起他们的“第一书记”周利军，个个都赞不绝口')).toEqual(['周利军 Zhou Lijun']);
    expect(people('本报讯（韩章慧）迎着和煦的春风')).toEqual(['韩章慧 Han Zhanghui']);
    expect(people('本网讯（徐琦）7月28上午，区六届人大常委会召开第二十六次会议')).toEqual(['徐琦 Xu Qi']);
  });

  it('reads the names listed after a title, 是 and a note on their order, past "(female)" after a name (and the surname 旷)', () => {
    expect(people('本次大会的执行主席是（按姓名笔画排列）：旷立伟、陈琛、戴立华（女）、戴新贤。')).toEqual(['旷立伟 Kuang Liwei', '陈琛 Chen Chen', '戴立华 Dai Lihua', '戴新贤 Dai Xinxian']);
    expect(people('市领导（按姓氏笔画为序）：王一、李二出席')).toEqual(['王一 Wang Yi', '李二 Li Er']);
    expect(people('书记是全县的带头人')).toEqual([]);
    expect(people('主任（兼）许洪斌')).toEqual(['许洪斌 Xu Hongbin']);
  });

  it("reads the names of a story's credits after each label and its colon, not after a comma", () => {
    expect(people('编辑：王润珠')).toEqual(['王润珠 Wang Runzhu']);
    expect(people('审核：余俊华')).toEqual(['余俊华 Yu Junhua']);
    expect(people('新华网编辑:邓强')).toEqual(['邓强 Deng Qiang']);
    expect(people('要严格审核，杜绝错误')).toEqual([]);
  });

  it('reads a name of two before 借 "taking the chance", 予以 "give" or 委托 "entrust", and the surnames 鹿, 甯 and 翦', () => {
    expect(people('副局长张炜借到长沙市扶贫办报送资料之机')).toEqual(['张炜 Zhang Wei']);
    expect(people('（大连新闻传媒集团记者鹿道铭）3月21日')).toEqual(['鹿道铭 Lu Daoming']);
    expect(people('發展局局長甯漢豪陪同')).toEqual(['甯漢豪 Ning Hanhao']);
    expect(people('县领导翦鹰、李阳出席')).toEqual(['翦鹰 Jian Ying', '李阳 Li Yang']);
    // 予以 "give (a penalty)" after a name of two: 孙兵 + 予以诫勉, not 孙兵予.
    expect(people('市长孙兵予以诫勉')).toEqual(['孙兵 Sun Bing']);
    expect(people('受市长杨波委托主持')).toEqual(['杨波 Yang Bo']);
    expect(people('副省长王宁受省政府委托')).toEqual(['王宁 Wang Ning']);
    // 说 "says" before the words is no last character of a name (朱宇说，).
    expect(people('社区党支部书记朱宇说，')).toEqual(['朱宇 Zhu Yu']);
    // 高兴 "happily" after a name; 卫生 "health" starts none (卫 is also a surname).
    expect(people('乡党委副书记王霞高兴地接茬道')).toEqual(['王霞 Wang Xia']);
    expect(people('副局長梁萬年認為')).toEqual(['梁萬年 Liang Wannian']);
    expect(people('副秘書長何淑兒、衞生防護中心顧問醫生')).toEqual(['何淑兒 He Shu\'er']);
  });

  it('reads no name in what a leader sent or did, an ordinal, or a preposition before a title', () => {
    expect(people('要认真贯彻落实习近平总书记贺信精神')).toEqual(['习近平 Xi Jinping']);
    expect(people('以及市政协十届驻会副主席应邀参加会议')).toEqual([]);
    expect(people('会议强调，习近平总书记向第五届“阿拉伯艺术节”致贺信')).toEqual(['习近平 Xi Jinping']);
    expect(people('街道党工委杨静对居民区党总支书记的发言逐一进行点评')).toEqual([]);
  });

  it('keeps a character that often follows a name as the last of one that ends before a mark', () => {
    expect(people('原市级老领导张广前、李定元参加')).toEqual(['张广前 Zhang Guangqian', '李定元 Li Dingyuan']);
    expect(people('市长张三前来看望')).toEqual(['张三 Zhang San']);
  });

  it('reads the head of a section of a bureau, and the name after the post', () => {
    const marks = annotator.annotateText('南县财政局行政政法股股长宋力前往长沙出差');
    expect(marks[0]).toMatchObject({ text: '南县财政局行政政法股股长', kind: 'title', gloss: 'Section Chief of a section of the Nan County Finance Bureau' });
    expect(marks[0]?.readings).toEqual(['nán', 'xiàn', 'cái', 'zhèng', 'jú', 'xíng', 'zhèng', 'zhèng', 'fǎ', 'gǔ', 'gǔ', 'zhǎng']);
    expect(people('南县财政局行政政法股股长宋力前往长沙出差')).toEqual(['宋力 Song Li']);
    // Without the post a section is not read: the words after a body are too like a name.
    expect(annotator.annotateText('县财政局统计数据股').map((mark) => mark.text)).toEqual(['县财政局']);
  });

  it('reads a block that ends with a body and one or two characters a name could start with', () => {
    // These threw a RangeError: a surname right after a body at the end of a block.
    expect(annotator.annotateText('县委向').map((annotation) => annotation.text)).toEqual(['县委']);
    expect(annotator.annotateText('中联办张').map((annotation) => annotation.text)).toEqual(['中联办']);
    expect(annotator.annotateText('区委第三巡察组向').map((annotation) => annotation.text)).toEqual(['区委第三巡察组']);
  });

  it('reads a name between a body and a title of the person, the order of formal address', () => {
    expect(people('得到全國人大常委會李飛副秘書長、國務院港澳辦馮巍副主任出席')).toEqual(['李飛 Li Fei', '馮巍 Feng Wei']);
    // Only after a body: a word between a body and a post is no name (市政府常务副市长).
    expect(people('市委常委会听取汇报，市政府常务副市长出席，市委书记')).toEqual([]);
    // 关于 is a preposition: 市委关于区委书记调整的决定.
    expect(people('会上宣读市委关于区委书记调整的决定')).toEqual([]);
    // And after 决定 "decides": 决定郑皓副区长代理区长职务.
    expect(people('常委会决定郑皓副区长代理区长职务')).toEqual(['郑皓 Zheng Hao']);
  });

  it('reads a list of names that attends or chairs, at the start of a clause or after a body', () => {
    expect(people('57人，符合法定人数。王建军、张光荣、马伟、鸟成云出席会议。刘同德主持会议。')).toEqual([
      '王建军 Wang Jianjun',
      '张光荣 Zhang Guangrong',
      '马伟 Ma Wei',
      '鸟成云 Niao Chengyun',
      '刘同德 Liu Tongde',
    ]);
    expect(people('县工作专班刘彩凤、李靖等同志到会指导')).toEqual(['刘彩凤 Liu Caifeng', '李靖 Li Jing']);
    // After 以及 or 和 too.
    expect(people('县长刘堂军以及马梁、王西华、张凤珍参加')).toEqual(['刘堂军 Liu Tangjun', '马梁 Ma Liang', '王西华 Wang Xihua', '张凤珍 Zhang Fengzhen']);
    expect(people('张惠强、孙睿君、汪平等市领导出席会议，李伟章、吕剑枫等市领导列席会议。')).toEqual([
      '张惠强 Zhang Huiqiang',
      '孙睿君 Sun Ruijun',
      '汪平 Wang Ping',
      '李伟章 Li Weizhang',
      '吕剑枫 Lü Jianfeng',
    ]);
    // Not a list of words, nor 等人参 "ginseng and so on".
    expect(people('培育壮大可喜安、韩正、华瑞等人参精加工企业。方面主持')).toEqual([]);
  });

  it('reads the list of names after a count of people and a colon, to the end of the sentence', () => {
    expect(people('任设区市副市长的3人：娄绍光、李无文、杨秀清。本次任命')).toEqual(['娄绍光 Lou Shaoguang', '李无文 Li Wuwen', '杨秀清 Yang Xiuqing']);
    // Not words after a count, nor a list that runs on into a sentence.
    expect(people('全市共有3人：合格。其中2人：王明、李华在外地工作')).toEqual([]);
  });

  it('reads no name in an organ whose head\'s post follows it, its last character written twice (文化局局長)', () => {
    expect(people('澳門特別行政區政府文化局局長吳衛鳴')).toEqual(['吳衛鳴 Wu Weiming']);
    // A name between a body and the post is still read (formal address).
    expect(people('全国人大常委会李飞副秘书长')).toEqual(['李飞 Li Fei']);
  });

  it('reads a list of names elected or appointed to one post, ending in 为 and the post', () => {
    expect(people('；吴晓峰、林群慧、江典顺为马尾区人民政府副区长；')).toEqual(['吴晓峰 Wu Xiaofeng', '林群慧 Lin Qunhui', '江典顺 Jiang Dianshun']);
    // Not where what follows 为 is no post (为主, 为民), nor words listed before it.
    expect(people('；王明、李华为全县人民服务；')).toEqual([]);
    expect(people('；规划、建设为重点；')).toEqual([]);
  });

  it('reads a name after 、 that resigns from a post, the post after 辞去', () => {
    expect(people('杨自力辞去市人民政府市长职务、熊隆东辞去市监察委员会主任职务')).toEqual(['杨自力 Yang Zili', '熊隆东 Xiong Longdong']);
    expect(people('、熊隆東辭去市監察委員會主任職務')).toEqual(['熊隆東 Xiong Longdong']);
    // Not before something other than a post.
    expect(people('、熊隆东辞去一切')).toEqual([]);
  });

  it('reads a name before 同志 and the verb that gives or takes the post, and after 补选', () => {
    expect(people('；刘超同志不再担任中共绵阳市委书记职务')).toEqual(['刘超 Liu Chao']);
    expect(people('：罗增斌同志任中共绵阳市委书记')).toEqual(['罗增斌 Luo Zengbin']);
    expect(people('补选黄丽娜为珠海市第九届人民代表大会代表')).toEqual(['黄丽娜 Huang Lina']);
    // Not without a post after the verb.
    expect(people('；刘超同志不再担任何职务')).toEqual([]);
  });

  it('reads 和 before the comma after a name as the name\'s last character, not "and"', () => {
    expect(people('主席团成员艾胜群、胡志和、黄胜辉出席')).toEqual(['艾胜群 Ai Shengqun', '胡志和 Hu Zhihe', '黄胜辉 Huang Shenghui']);
  });

  it('reads the names listed after a leadership team\'s members, and only where a list or a verb after names follows', () => {
    expect(people('镇班子成员丁裕、葛仲欢、郑红陪同调研')).toEqual(['丁裕 Ding Yu', '葛仲欢 Ge Zhonghuan', '郑红 Zheng Hong']);
    expect(people('班子成员王军陪同调研')).toEqual(['王军 Wang Jun']);
    expect(people('形成班子成员包管理区、机关干部包村')).toEqual([]);
    expect(people('县级党政班子成员向同级纪委全会述廉')).toEqual([]);
  });

  it('reads a name after a title whose given name is a place of the dictionary, where the name stands alone before a mark', () => {
    expect(people('市人大常委会党组成员杨长江，市中级人民法院院长')).toEqual(['杨长江 Yang Changjiang']);
    // Not where the place goes on into the text.
    expect(people('市人大常委会党组成员杨长江流域')).toEqual([]);
  });

  it('reads a name after a 主任 left unmarked, those elected after 选举 where a list or 为 follows, and 因 or 深 after a name as the verb they begin', () => {
    expect(people('管理处主任吴军因在公务活动中违规')).toEqual(['吴军 Wu Jun']);
    expect(people('会议选举龙超云、张群为副主任')).toEqual(['龙超云 Long Chaoyun', '张群 Zhang Qun']);
    expect(people('采用选举方式产生')).toEqual([]);
    // Not before a comma: 严肃换届选举纪律， "enforce the discipline of the elections".
    expect(people('为进一步严肃换届选举纪律，营造风清气正的换届环境')).toEqual([]);
    // 殷切 "earnestly" after a post is no name.
    expect(people('并对驻村第一书记殷切寄语，希望其')).toEqual([]);
    // 邀 "invites" after a name of three is no fourth character (歐陽瑜邀請…).
    expect(people('澳門審計長歐陽瑜邀請')).toEqual(['歐陽瑜 Ouyang Yu']);
    expect(people('聯盟主席蔡冠深一行')).toEqual(['蔡冠深 Cai Guanshen']);
    expect(people('县长王军深入一线')).toEqual(['王军 Wang Jun']);
    // An adverb before the verb (详细 "in detail") is no third character either.
    expect(people('街道党工委书记王磊详细汇报了工作')).toEqual(['王磊 Wang Lei']);
  });

  it('reads a name framed by 接受…辞去, and a photographer before 摄', () => {
    expect(people('决定接受孟景伟辞去区人民政府区长职务')).toEqual(['孟景伟 Meng Jingwei']);
    expect(people('决定接受廖飞同志辞去州人民政府州长职务')).toEqual(['廖飞 Liao Fei']);
    // A Yi name: no surname the engine knows, so its romanisation is a guess; the span is not.
    expect(people('村民查看资金发放情况（克日久根 摄）原来').map((person) => person.split(' ')[0])).toEqual(['克日久根']);
    expect(people('开展警示教育。黄家财 摄 不久前')).toEqual(['黄家财 Huang Jiacai']);
    // The bracket before the name after a full stop is not part of it.
    expect(people('图为新闻发布会主席台。（焦非 摄）')).toEqual(['焦非 Jiao Fei']);
    // One name in brackets is a credit only where it ends the text, after a sentence.
    expect(people('会后，传达了会议精神。（曲姗姗）')).toEqual(['曲姗姗 Qu Shanshan']);
    expect(people('会后，传达了会议精神。（曲姗姗）此后')).toEqual([]);
    expect(people('加快建设（张三）')).toEqual([]);
    // A byline ends before 报道 "reports".
    expect(people('全媒体记者雷宇报道')).toEqual(['雷宇 Lei Yu']);
    // 摄 in a word (摄影, 拍摄) makes no credit.
    expect(people('组织摄影比赛，拍摄 摄影作品')).toEqual([]);
  });

  it('reads each name of a list of removals, before 的 and the post or its body', () => {
    expect(people('免去汤志远的县人大常委会办公室副主任职务，林剑英的县人大常委会财政经济工作委员会副主任职务，傅道碎的县人大常委会三江街道工作委员会主任职务。')).toEqual([
      '汤志远 Tang Zhiyuan',
      '林剑英 Lin Jianying',
      '傅道碎 Fu Daosui',
    ]);
    // 的 before anything else is no removal: 张明的父亲.
    expect(people('他说，张明的父亲是县长')).toEqual([]);
    // A list of appointments with 任 "to serve as" for 为.
    expect(people('决定任命李胜平任市发展和改革委员会主任、张建平任市民政局局长。')).toEqual(['李胜平 Li Shengping', '张建平 Zhang Jianping']);
    expect(people('，王明任职期间')).toEqual([]);
  });

  it('reads a credit of two or more names in brackets, and nothing else in brackets', () => {
    expect(people('筑牢疫情防控坚实屏障。 （李洪昌 马亚鸽）')).toEqual(['李洪昌 Li Hongchang', '马亚鸽 Ma Yage']);
    expect(people('会议（扩大）召开，（王明）')).toEqual([]);
  });

  it('reads the candidate named after 人选 (副市长提名人选毛振海)', () => {
    expect(people('副市长提名人选毛振海，市政府副市长孙乐').map((person) => person.split(' ')[0])).toEqual(['毛振海', '孙乐']);
  });

  it('reads the names of a list elected at a congress (当选为)', () => {
    expect(people('副主任。史根治、张家明、岳爱云当选为商丘市人民政府副市长，孙同占当选为院长').map((person) => person.split(' ')[0])).toEqual(['史根治', '张家明', '岳爱云', '孙同占']);
  });

  it("reads a leader's name before the title news writes after it, at the start of a clause", () => {
    expect(people('作出的重要指示、李强总理批示精神')).toEqual(['李强 Li Qiang']);
    expect(people('地震发生后，李强总理作出批示')).toEqual(['李强 Li Qiang']);
    // Not inside a clause, nor before other posts.
    expect(people('人民的好总理')).toEqual([]);
    expect(people('会上，王主任讲话')).toEqual([]);
    // A local head by the bare post of his or her level: 县长, 市长, 书记.
    expect(people('9月25日晚上，陈禺县长主持召开会议')).toEqual(['陈禺 Chen Yu']);
    expect(people('会上，王建国书记指出')).toEqual(['王建国 Wang Jianguo']);
    expect(people('，党委书记')).toEqual([]);
  });

  it('ends a given name only before the verbs of 发 and before 举行 or 组织', () => {
    expect(people('市政府副市长杨泽发组织召开会议')).toEqual(['杨泽发 Yang Zefa']);
    expect(people('市长王军发表讲话')).toEqual(['王军 Wang Jun']);
    expect(people('自治區主席陳武舉行雙邊會面')).toEqual(['陳武 Chen Wu']);
    expect(people('县人大常委会主任刘健寄语新任部门')).toEqual(['刘健 Liu Jian']);
  });

  it('reads the names seated on the rostrum, those elected to a post, a credit with its label, and a name after （兼）', () => {
    expect(people('李宇飞、梁勇强、高会军、卢亮、张兴等在主席台就座。')).toHaveLength(5);
    expect(people('胡万源、陈存枫、林彤、何小明等市委、市人大常委会、市政府领导在主席台就座。')).toHaveLength(4);
    expect(people('卢亮当选为深泽县人民法院院长')).toEqual(['卢亮 Lu Liang']);
    expect(people('福清侨乡报1月16日讯（记者：杨国才 吴凤至）  十九大')).toEqual(['杨国才 Yang Guocai', '吴凤至 Wu Fengzhi']);
    expect(people('重庆经开区党工委书记（兼）许洪斌率队来綦考察')).toEqual(['许洪斌 Xu Hongbin']);
    // Not a list that does nothing: no verb of attending after 等.
    expect(people('李宇飞、梁勇强等三个项目')).toEqual([]);
  });

  it('reads a minority name with a middle dot and no surname in a list after a title, but no event named after a place', () => {
    expect(people('省领导尔肯江·吐拉洪、黄楚平、王艳玲出席')).toEqual(['尔肯江·吐拉洪 Erkenjiang·Tulahong', '黄楚平 Huang Chuping', '王艳玲 Wang Yanling']);
    expect(people('举办“世界市长对话·杭州”等活动')).toEqual([]);
    expect(people('县长乔云认真听取')).toEqual(['乔云 Qiao Yun']);
    expect(people('镇党委书记李杰正在讲课')).toEqual(['李杰 Li Jie']);
  });

  it('reads a name of two after a title as the person, though it is also the bare name of a place', () => {
    expect(people('县委巡察工作领导小组组长江海作动员讲话')).toEqual(['江海 Jiang Hai']);
  });

  it('reads a Mongolian name of four after a title, as one word with no surname', () => {
    expect(people('嘎查达敖日格勒的口头禅')).toEqual(['敖日格勒 Aorigele']);
    // A Han surname and given name of two before a word stay three (王巴特 is no Mongolian name of four: 王 is no such syllable).
    expect(people('主任委员王李明出席').map((person) => person.split(' ')[0])).toEqual(['王李明']);
  });

  it("reads a married woman's name of four in Hong Kong style, two surnames and her given name, in Traditional script only", () => {
    expect(people('公務員事務局局長楊何蓓茵和廣東省人民政府港澳辦主任李煥春簽署協議書')).toEqual(['楊何蓓茵 Yang He Beiyin', '李煥春 Li Huanchun']);
    // A name of three before a word (兩岸, 拜會), and Simplified text, keep three.
    expect(people('臺北市長柯文哲兩岸論壇，陸委會主委陳明通拜會')).toEqual(['柯文哲 Ke Wenzhe', '陳明通 Chen Mingtong']);
    expect(people('主任委员王李明华出席').map((person) => person.split(' ')[0])).not.toContain('王李明华');
  });

  it('reads a reporter in brackets after a dateline, and a name a discipline penalty follows', () => {
    expect(people('中国共产党新闻网北京2月8日电 （李源）据中央纪委监察部网站消息')).toEqual(['李源 Li Yuan']);
    expect(people('给予管委会党组成员、副巡视员兼办公室主任石力党内严重警告处分')).toEqual(['石力 Shi Li']);
    // A name of two before a word of time: 副总理汪洋近日在甘肃调研.
    expect(people('国务院副总理汪洋近日在甘肃调研')).toEqual(['汪洋 Wang Yang']);
    // …or the name comes first and 给予 "give" after it.
    expect(people('对镇党委委员、副镇长张潮给予全县通报批评')).toEqual(['张潮 Zhang Chao']);
  });

  it('reads the retired leaders a visit names, one after another', () => {
    expect(people('看望在厦老领导洪永世、洪华生、李秀记等同志')).toEqual(['洪永世 Hong Yongshi', '洪华生 Hong Huasheng', '李秀记 Li Xiuji']);
  });

  it('knows surnames rarer than the common hundred: 傅, 栗, 鄂, 楼, 铁, 寿, and 淩 as Traditional texts write 凌', () => {
    expect(people('任命傅奎、楼阳生为委员；副委员长铁凝主持')).toEqual(['傅奎 Fu Kui', '楼阳生 Lou Yangsheng', '铁凝 Tie Ning']);
    expect(people('副市长寿小丽；自然資源部副部長淩月明')).toEqual(['寿小丽 Shou Xiaoli', '淩月明 Ling Yueming']);
  });

  it('knows national leaders named with no title before them, read as they read their names', () => {
    expect(people('江泽民同志是党的第三代中央领导集体的核心')).toEqual(['江泽民 Jiang Zemin']);
    // A two-character name between listed ones is read as one of the list.
    expect(people('栗战书、汪洋、王沪宁出席')).toEqual(['栗战书 Li Zhanshu', '汪洋 Wang Yang', '王沪宁 Wang Huning']);
    const [liu] = annotator.annotateText('刘少奇同志');
    expect(liu?.readings).toEqual(['liú', 'shào', 'qí']);
    // Two-character names are left out: 汪洋 and 万里 are ordinary words too.
    expect(people('汪洋大海，万里长城')).toEqual([]);
  });

  it('reads 少 in a name as shào and 麗 as lì, as names read them', () => {
    const [, name] = annotator.annotateText('副县长邓少华出席');
    expect(name?.readings).toEqual(['dèng', 'shào', 'huá']);
    const [, taiwanese] = annotator.annotateText('縣長張麗善表示');
    expect(taiwanese?.readings).toEqual(['zhāng', 'lì', 'shàn']);
  });

  it('ends a name before 均 "all" and 汇报 "report" that follow it, and reads a cadre named after a rank', () => {
    expect(people('副所长杨明军、高冲均受到党内严重警告处分')).toEqual(['杨明军 Yang Mingjun', '高冲 Gao Chong']);
    expect(people('区委书记吴华汇报工作')).toEqual(['吴华 Wu Hua']);
    expect(people('副市长李建均出席')).toEqual(['李建均 Li Jianjun']);
    expect(people('其余5名镇管干部金菊妹、屈悦锋分别予以党纪立案')).toEqual(['金菊妹 Jin Jumei', '屈悦锋 Qu Yuefeng']);
    // In a list of posts and names, a place's name before its station is no person's.
    expect(people('水务管理所副所长杨明军、华新水务管理所副所长王飚、朱家角水务管理所副所长高冲接受')).toEqual(['杨明军 Yang Mingjun', '王飚 Wang Biao', '高冲 Gao Chong']);
    // After 免去 the name comes before its post.
    expect(people('免去张国洪普陀区委书记职务')).toEqual(['张国洪 Zhang Guohong']);
  });

  it('reads a Tibetan name of four characters in a list of names, as two names without a surname, and no other word of four', () => {
    expect(people('省人大常委会副主任张光荣、高华、尼玛卓玛、鸟成云、吴海昆、刘同德，秘书长贾应忠')).toEqual([
      '张光荣 Zhang Guangrong',
      '高华 Gao Hua',
      '尼玛卓玛 Nima Zhuoma',
      '鸟成云 Niao Chengyun',
      '吴海昆 Wu Haikun',
      '刘同德 Liu Tongde',
      '贾应忠 Jia Yingzhong',
    ]);
    expect(people('市领导王一、有关部门、李二出席')).toEqual(['王一 Wang Yi']);
  });

  it('reads a name of two characters set out with a space between them', () => {
    expect(people('武昌区人民政府区长 余 松')).toEqual(['余 松 Yu Song']);
    // A byline's names stand apart whole; a name of three characters keeps its own.
    expect(people('记者 华榕 季志远')).toEqual(['华榕 Hua Rong', '季志远 Ji Zhiyuan']);
  });

  it('does not take a bracket or a quotation mark for the start of a name anywhere else', () => {
    expect(people('会议强调（一）要坚持“稳中求进”工作总基调')).toEqual([]);
    expect(people('本报讯 近日，我市召开会议')).toEqual([]);
  });
});
