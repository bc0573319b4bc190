/**
 * Session 21 (2026-12-01): lexicons for names told without an introduction. Written for CareLLM from general
 * knowledge (no name list was copied from another project); a blind round of 100 name lines (11bo-names) showed
 * that the role and relation rules of data/pii-patterns.ts found 66 of 100 names, most misses being ordinary names
 * in an ordinary place ("我爷爷沈国华一个人住在…", "Zhang Wei from my lab said…", "what Priya said").
 * Read by ../pii-names.ts and by the English name rules of ./pii-patterns.ts.
 */

/**
 * Characters common in mainland Chinese given names (伟 芳 浩 轩 梓 涵 欣 怡 …), about 400. A surname followed by
 * one or two of these is a name candidate; the context in ../pii-names.ts decides. Characters that mostly start
 * ordinary words (心, 可, 发, 家, 中, 新 …) are left out even where names use them.
 */
export const ZH_GIVEN_NAME_CHARS =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红燕鹏辉斌波飞鑫宇浩轩子涵欣怡梓晨雨思嘉博文俊昊然萱琪悦婷诗彤瑶睿' +
  '泽辰宁佳一建国志海峰林亮成东龙凤云莉丹倩颖琳晶慧雪梅琴蕾薇妍岚珊瑞琦璐露菲蓉婉淑惠珍玲翠春秋冬晓小雯茜岩峻航翔宸逸铭泓锦' +
  '凯瀚哲远晗烨炜煜奕彬豪毅伦楠枫杨柏松森乐安康健胜利荣富贵福祥德仁义礼信忠孝良永庆兴旺金银宝珠琼瑾瑜璇璟琛玮珏瑄琬娅妮姗婕' +
  '媛嫣姝婧娇嫚楚梦语诺依伊朵馨蕊韵歆芸芷若曦熙溪沐汐清澜润源山石淼振立宏天彦景智学鸿坤鹤美洁萌月星晴蓓菁筱苒茹蔓萧衡骁骏驰' +
  '腾跃杉桐楷樱榕槿柔琰瑛璋琨虹霖霏霓雅娴蝶岳峥嵘崇巍轶旭昕昱晟暄曜晖曼朗舒耀斐帆恬恒悠愉懿怀恩慈聪颢颜顺彪弘凌霄羽翼鸣鹭莺' +
  '甜雁鹰淳澄泉洪滔沛洲渊湘漫潇雄武威麟龄贤诚谦光芬菊香莲昌帅阳皓锋锐钰剑卫雷奇栋梁钧钢佩莹芝荷莎桃灵彩素芹艺霜黛娥娣晞毓钦承' +
  '宣晋希初禾予蕴翊勋晔珺瑗婵姿竹纯绮芮蔚蕙贞迪铃韬魁芙紫沫墨烁菡妤芊玥兵';

/**
 * Given names common among people writing English today (about 727, with the session 14 list: Anglo, Irish, Hispanic, South Asian,
 * Arabic, African, Filipino, Korean, Vietnamese). Left out: names that are also words or places (Will, Grace, Hope,
 * May, Paris, Jordan), surnames used as given names (Taylor, Morgan, Parker), names of three letters or fewer
 * except a few common ones (Amy, Ben, Tom), and single Chinese syllables (Wei, Jun), which ./pii-patterns.ts reads
 * as romanised Chinese names instead.
 */
export const EN_GIVEN_NAMES_WIDE =
  'Aaliyah|Aarav|Aaron|Abby|Abdi|Abdul|Abdullah|Abena|Abhishek|Abigail|Abubakar|Ada|Adam|Addison|' +
  'Adebayo|Adewale|Aditya|Adrian|Afua|Ahmad|Ahmed|Aidan|Aiden|Aisha|Aisling|Ajay|Akash|Akira|' +
  'Akua|Alan|Albert|Alberto|Alejandra|Alejandro|Alex|Alexander|Alexandra|Alexis|Alfie|Alfred|Ali|Alice|' +
  'Alicia|Alison|Alistair|Allen|Allison|Alma|Alyssa|Amaka|Amanda|Amara|Amelia|Amina|Amir|Amit|' +
  'Amy|Ana|Ananya|Andre|Andrea|Andrew|Andy|Angela|Angus|Anil|Anita|Anjali|Ann|Anna|' +
  'Anne|Annie|Anthony|Antonio|Aoife|Archie|Aria|Ariana|Arjun|Arlo|Arnold|Arthur|Arturo|Arun|' +
  'Asher|Ashley|Ashok|Audrey|Ava|Axel|Ayesha|Babatunde|Barbara|Barry|Beatrice|Becca|Becky|Bella|' +
  'Ben|Benjamin|Bernard|Beth|Bethany|Betsy|Betty|Beverly|Bilal|Billy|Binh|Bobby|Bongani|Bradley|' +
  'Brandon|Brenda|Brendan|Brian|Brianna|Bridget|Brittany|Brooke|Bruce|Bryan|Bryce|Caitlin|Caleb|Callum|' +
  'Cameron|Camila|Carl|Carlos|Caroline|Carolyn|Carrie|Catherine|Cathy|Charles|Charlie|Charlotte|Charmaine|Cheryl|' +
  'Chiamaka|Chidi|Chinedu|Chinua|Chioma|Chloe|Chris|Christina|Christine|Christopher|Ciara|Cindy|Claire|Clara|' +
  'Claudia|Cody|Colton|Connie|Connor|Conor|Courtney|Cynthia|Dan|Dana|Daniel|Danielle|Danny|Darnell|' +
  'Dave|David|DeShawn|Debbie|Deborah|Debra|Declan|Deepak|Deirdre|Delilah|Denise|Dennis|Diana|Diane|' +
  'Diego|Divya|Dominic|Donald|Donna|Donovan|Doris|Dorothy|Douglas|Duncan|Dylan|Eddie|Edith|Eduardo|' +
  'Edward|Eileen|Elaine|Eleanor|Elena|Eli|Elijah|Elizabeth|Ella|Ellie|Elsa|Elsie|Emeka|Emilia|' +
  'Emiliano|Emily|Emma|Emmett|Enrique|Eric|Erica|Erin|Ernesto|Esther|Ethan|Eugene|Eun-ji|Evan|' +
  'Evelyn|Evie|Ezekiel|Ezra|Faisal|Farah|Fatima|Felipe|Fernanda|Fernando|Finley|Finn|Fiona|Francis|' +
  'Francisco|Frankie|François|Fred|Freddie|Frederick|Freya|Funmi|Gabriel|Gabriela|Gabrielle|Gail|Gareth|Garrett|' +
  'Gary|Gavin|Gemma|George|Gerald|Gillian|Glenn|Gloria|Graham|Grayson|Greg|Gregory|Gurpreet|Gwen|' +
  'Hailey|Halima|Hamish|Hamza|Hana|Hannah|Haoran|Harold|Harpreet|Harrison|Harry|Hasan|Hassan|Hayden|' +
  'Hayley|Heather|Hector|Helen|Henry|Hiroshi|Hoang|Huong|Hussain|Hussein|Hyun|Ian|Ibrahim|Ifeanyi|' +
  'Imogen|Imran|Irene|Isaac|Isabel|Isabella|Isabelle|Isaiah|Isla|Ismail|Ivan|Jabari|Jackie|Jacob|' +
  'Jacqueline|Jae-hyun|Jake|Jamal|James|Jamie|Jane|Janet|Janice|Jared|Jason|Javier|Jaxon|Jayden|' +
  'Jayson|Jeff|Jeffrey|Jen|Jenna|Jennifer|Jenny|Jeremiah|Jeremy|Jermaine|Jerry|Jess|Jesse|Jessica|' +
  'Ji-hoon|Ji-min|Ji-woo|Ji-yeon|Jill|Jim|Jingjing|Joan|Joanna|Joanne|Joe|John|Johnny|Jon|' +
  'Jonathan|Joon|Jorge|Jose|Joseph|Josephine|Josh|Joshua|Josiah|José|Joyce|Juan|Judith|Judy|' +
  'Julia|Julian|Julie|Julio|Justin|Kai|Kaitlyn|Kamau|Karan|Kareem|Karen|Karim|Kate|Katherine|' +
  'Kathleen|Kathryn|Kathy|Katie|Kayla|Keith|Kelechi|Kelly|Kelsey|Kenji|Kenneth|Kenny|Kevin|Khadija|' +
  'Khalid|Khanh|Kieran|Killian|Kimberly|Kiran|Kirsty|Kofi|Kojo|Krishna|Kwame|Kyle|Kylie|Lachlan|' +
  'Lakshmi|Landon|Larry|Laura|Lauren|Lawrence|Layla|Leah|Leila|Lena|Leo|Leonard|Leonardo|Lerato|' +
  'Lesley|Levi|Liam|Lili|Lillian|Linda|Lindsay|Lindsey|Linh|Lisa|Liz|Logan|Lola|Lori|' +
  'Louise|Luca|Lucas|Lucia|Lucy|Luis|Luke|Lydia|Mackenzie|Maddie|Madeline|Madison|Maeve|Maggie|' +
  'Mahmoud|Malachi|Malcolm|Malik|Manish|Manoj|Manuel|Marco|Marcus|Margaret|Maria|Mariam|Mariana|Maricel|' +
  'Marilyn|Mario|Marites|Martha|Martin|Mary|Maryam|Mateo|Matilda|Matt|Matthew|Maureen|Maya|Meg|' +
  'Megan|Mei|Melanie|Melissa|Mia|Micah|Michael|Michelle|Miguel|Mike|Millie|Min-ji|Min-jun|Minh|' +
  'Mohamed|Mohammad|Mohammed|Molly|Monica|Mpho|Muhammad|Mustafa|Nadia|Nancy|Nandi|Naomi|Natalia|Natalie|' +
  'Natasha|Nate|Nathan|Nathaniel|Neha|Ngozi|Nia|Niall|Niamh|Nicholas|Nick|Nico|Nicole|Nikhil|' +
  'Nina|Nisha|Njeri|Nnamdi|Nneka|Noah|Nolan|Nora|Nour|Oisín|Oliver|Olivia|Oluwaseun|Omar|' +
  'Oscar|Owen|Pablo|Paige|Pam|Pamela|Patrick|Paul|Paula|Pauline|Payton|Pedro|Peggy|Penelope|' +
  'Pete|Peter|Philip|Phillip|Phoebe|Phuong|Pooja|Pradeep|Priya|Rachel|Rahman|Rahul|Rajesh|Rajiv|' +
  'Ralph|Ramesh|Raul|Raymond|Raúl|Rebecca|Reza|Rhys|Ricardo|Richard|Rick|Ricky|Riley|Rita|' +
  'Robbie|Robert|Roberto|Rodrigo|Roger|Rohan|Rohit|Rommel|Ron|Ronald|Ronan|Ronnie|Rory|Rosa|' +
  'Rosie|Rowena|Ruben|Russell|Ruth|Ryan|Róisín|Sadie|Sally|Sam|Samantha|Sami|Samir|Samira|' +
  'Samuel|Sana|Sandeep|Sandra|Sanjay|Saoirse|Sara|Sarah|Sasha|Scarlett|Scott|Sean|Sebastian|Segun|' +
  'Seo-yeon|Sergio|Seyi|Seán|Shane|Shannon|Sharon|Shirley|Siddharth|Silas|Simran|Sinéad|Siobhan|Sipho|' +
  'Sizwe|Skyler|Sofia|Sonia|Sophia|Sophie|Stacey|Stephanie|Stephen|Steve|Steven|Stewart|Stuart|Sung|' +
  'Sunil|Sunita|Suresh|Susan|Sylvia|Tanya|Tara|Tariq|Ted|Temitope|Tendai|Teresa|Terry|Thabo|' +
  'Thandi|Thandiwe|Thanh|Theo|Theodore|Theresa|Thomas|Tim|Timothy|Tina|Tingting|Tolu|Tom|Tommy|' +
  'Tony|Tope|Tracey|Trang|Tristan|Tunde|Tyler|Tyrone|Usman|Valentina|Valerie|Vanessa|Varun|Vera|' +
  'Veronica|Vicky|Vijay|Vikram|Vincent|Vishal|Vivek|Vivian|Walter|Wanjiku|Wanjiru|Wayne|Weiwei|Wendy|' +
  'William|Willie|Wyatt|Xiaoyu|Ximena|Xinyi|Yasmin|Yemi|Yetunde|Yifan|Yolanda|Youssef|Yuki|Yusuf|' +
  'Yuxuan|Yvonne|Zach|Zachary|Zahra|Zain|Zainab|Zara|Zayn|Zhiwei|Zihan|Zoe|Zoey';

/**
 * Session 37: listed given names that are not read as names when typed in lower case: slang (ana and mia, pro-eating-
 * disorder words), pinyin (mei, kai, dan, sung), a star sign (leo), a character (elsa).
 */
export const EN_GIVEN_LOWER_NOT_NAME = new Set([
  'ana', 'mia', 'ada', 'aria', 'mei', 'kai', 'dan', 'sung', 'tope', 'leo', 'pam', 'levi', 'nia', 'sana', 'hana', 'elsa',
]);

/**
 * Session 37: listed given names that are everyday English words in lower case ("to peter out", "sally forth", "a terry
 * towel", "a jerry can", "in the nick of time", "a mike"): names in lower case after "i'm" or "my sister", not after a
 * verb or a preposition alone.
 */
export const EN_GIVEN_LOWER_WORDS = new Set([
  'peter', 'sally', 'hector', 'ralph', 'martin', 'billy', 'bobby', 'nick', 'terry', 'jerry', 'jimmy', 'john', 'rick',
  'josh', 'axel', 'kyle', 'logan', 'matt', 'mike', 'ted', 'carl', 'doris', 'pooja', 'ruth',
]);

/**
 * Session 27: public figures and fictional characters often named in Chinese chat (singers, actors, athletes,
 * entrepreneurs, doctors in the news, writers, historical and fictional figures). Their names are no one's personal
 * data here, and the name finders (which no longer need a cue) would otherwise redact them. Only names that are
 * hardly anyone else's: a common name such as 李娜 or 王磊 is left out even where a famous person bears it.
 */
export const ZH_PUBLIC_FIGURES = new Set(
  (
    '周杰伦 林俊杰 王一博 朱一龙 王俊凯 易烊千玺 王源 蔡徐坤 肖战 赵丽颖 杨幂 刘德华 张学友 邓紫棋 陈奕迅 薛之谦 李荣浩 ' +
    '毛不易 华晨宇 张艺兴 鹿晗 吴亦凡 黄子韬 迪丽热巴 刘亦菲 范冰冰 章子怡 周冬雨 罗云熙 张云雷 白岩松 高晓松 蔡依林 ' +
    '潘玮柏 霍建华 刘诗诗 任嘉伦 黄景瑜 陈思诚 张国荣 梅艳芳 王菲 那英 孙燕姿 五月天 周深 马云 马化腾 雷军 刘强东 ' +
    '任正非 董明珠 王健林 钟南山 李兰娟 张文宏 鲁迅 胡适 老舍 巴金 海子 余华 莫言 三毛 张爱玲 金庸 琼瑶 钱学森 ' +
    '袁隆平 屠呦呦 姚明 刘翔 孙杨 谷爱凌 全红婵 苏炳添 郭晶晶 毛泽东 周恩来 邓小平 孙中山 李白 杜甫 苏轼 白居易 ' +
    '诸葛亮 曹操 刘备 关羽 张飞 林黛玉 贾宝玉 薛宝钗 王熙凤 孙悟空 猪八戒 沙和尚 唐僧 哪吒 武松 宋江 韦小宝 令狐冲 ' +
    '郭靖 黄蓉 杨过 小龙女 张无忌 乔峰 段誉 曾国藩 李鸿章 岳飞 秦始皇 武则天 韩梅梅 李雷 范闲 魏无羡 蓝忘机'
  ).split(' '),
);
