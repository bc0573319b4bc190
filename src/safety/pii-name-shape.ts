/**
 * Names in Latin letters that are on no name list, found where only a person can stand (session 27).
 *
 * The English name rules of data/pii-patterns.ts take a bare given name only from a list (EN_GIVEN_NAMES_WIDE,
 * about 730 names): "Nomvula keeps asking", "Dinara — my roommate —", "Kwame, Efua and me" were missed because
 * those names are not on it, and no list holds every name people carry. Here a capitalised word counts as a name
 * when it is on that list or is no English word at all (an English word list of about 274,000 lowercase words,
 * the `word-list` package, based on SCOWL) and no brand, place, day or slang on the stop list below; and only in a
 * place that needs a person:
 *  - set off as someone's relation: "Dinara — my roommate —", "April (my cousin)", "Oluwaseun is my flatmate";
 *  - the subject of what a person does, at a sentence's start: "Yesenia forgot my birthday", "Tomás says…";
 *  - from a person's group: "Xiaoyu from my dorm", "Rahul from work";
 *  - after a phrase that takes a person ("worried about Aiko", "a text from Marcus"), a kin title ("Nana Agnes"),
 *    "calls her Bella", "Dad says Thandiwe is…", "it was Kenji all along"; a listed name after from, about or with;
 *  - in a list with the writer: "Kwame, Efua and me", "Me and Liam and Noah and Jas" (here any capitalised word
 *    but a kin word or a pronoun: "Will and I" too);
 *  - a greeting or a sign-off inside a quoted message: "'Hi Brendan, … – Karen'";
 *  - a name talked about as a name: spelled out ("D-E-S-H-A-W-N, Deshawn"), "Caitlin with a C", "Caitlin, not
 *    Katelyn", "Chiamaka, Chi for short", "Ms. Halvorsen, I mean Ingrid".
 * A word that is also an English word ("Will", "Hope", "Jordan") counts only where the place alone says it is a
 * person (a list with the writer, brackets naming a relation, a spelled or corrected name).
 */
import {
  EN_GIVEN_LOWER_NOT_NAME,
  EN_GIVEN_LOWER_WORDS,
  EN_GIVEN_NAMES_WIDE,
} from './data/pii-name-lexicon.ts';
import { isEnglishWord } from './english-words.ts';
import { EN_NAME_FICTION_BEFORE, EN_NOT_NAME_MORE, EN_RELATION } from './data/pii-patterns.ts';
import type { NameSpan } from './pii-names.ts';

const LISTED = new Set(EN_GIVEN_NAMES_WIDE.split('|'));

/**
 * Capitalised words that are on no English word list but are not people: days, months, holidays, brands, apps,
 * medicines, places people name in these messages, and chat slang.
 */
const NOT_A_PERSON = new Set([
  // The words pii-patterns.ts keeps out after a relation or a title (months, pronouns, Google …), and these.
  ...EN_NOT_NAME_MORE.split('|'),
  ...(
    'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|May|Xmas|Halloween|Ramadan|Eid|Diwali|Hanukkah|' +
    'Valentine|Valentines|Lol|Lmao|Lmfao|Omg|Omfg|Tbh|Idk|Idc|Btw|Ngl|Imo|Imho|Smh|Fr|Ok|Okk|Okie|Pls|Plz|Thx|' +
    'Ty|Rn|Tho|Bc|Cuz|Coz|Ugh|Hmm|Hmmm|Uhh|Umm|Aww|Yay|Haha|Hahaha|Hehe|Yall|Nvm|Jk|Tldr|Gonna|Wanna|Gotta|' +
    'Kinda|Sorta|Dunno|Youtube|Insta|Whatsapp|Wechat|Weibo|Spotify|Hulu|Lyft|Walmart|Tesco|Aldi|Lidl|Costco|' +
    'Starbucks|Mcdonalds|Iphone|Ipad|Android|Samsung|Huawei|Xiaomi|Chatgpt|Gpt|Siri|Alexa|Copilot|Gemini|' +
    'Claude|Qwen|Zoom|Teams|Slack|Gmail|Outlook|Linkedin|Tinder|Bumble|Hinge|Grindr|Roblox|Minecraft|Fortnite|' +
    'Steam|Xbox|Playstation|Nintendo|Xanax|Zoloft|Prozac|Lexapro|Wellbutrin|Adderall|Ritalin|Seroquel|Abilify|' +
    'Lithium|Klonopin|Ativan|Valium|Ambien|Tylenol|Advil|Panadol|Benadryl|Sertraline|Fluoxetine|Escitalopram|' +
    'Citalopram|Paroxetine|Venlafaxine|Quetiapine|Lamotrigine|Melatonin|London|Paris|Tokyo|Beijing|Shanghai|' +
    'Shenzhen|Guangzhou|Hong|Kong|Taipei|Singapore|Sydney|Melbourne|Toronto|Vancouver|Dublin|Manchester|Texas|' +
    'California|Florida|Ohio|Seattle|Chicago|Boston|Brooklyn|Berlin|Mumbai|Delhi|Lagos|Nairobi|Accra|Manila|' +
    'Hanoi|Seoul|Bangkok|Jakarta|Dubai|Mandarin|Cantonese|Tagalog|Hindi|Urdu|Swahili|Yoruba|Igbo|Zulu|Uni|Gcse|' +
    'Gcses|Sat|Sats|Ielts|Toefl|Gaokao|Ptsd|Adhd|Ocd|Bpd|Cbt|Dbt|Emdr|Ssri|Ssris|Gp|Er|Icu|Nhs|Wifi|Allah|' +
    'Buddha|Sir|Madam|Mum|Mom|Dad|Mama|Papa|Mommy|Mummy|Daddy|Nana|Nan|Gran|Granny|Grandma|Grandpa|Auntie|' +
    'Aunty|Aunt|Uncle|Bro|Sis|Babe|Baby|Bae|Hun|Honey|Dude|Man|Guys|Girl|Boi|Fam|Bestie|Bff|Bf|Gf|Ex|Boss|Doc|' +
    'Coach|Teacher|Team|Everyone|Someone|Nobody|Noone|People|Myself|He|She|They|We|Her|His|Hers|Their|Our|My|' +
    'Your|Yes|No|Yeah|Nah|Nope|Yep|Hi|Hey|Hello|Dear|Thanks|Sorry|Please|Update|Edit|Context|Note|Ps|Fuck|' +
    'Fucking|Shit|Damn|Wtf|Bruh|Shoulda|Coulda|Woulda|Ya|Yo|Oi|Lmk|Ive|Im|Id|Ill|Youre|Dont|Cant|Wont|Didnt|' +
    'Isnt|Thats|Theres|Whats|Lets|Wimbledon|Safeway|Walgreens|Cvs|Boots|Target|Kmart|Mcdonald|Wendys|Macys|' +
    'Germany|France|Finland|Canada|Mexico|China|Japan|India|America|England|Ireland|Scotland|Wales|Australia|' +
    'Russia|Ukraine|Brazil|Italy|Spain|Korea|Taiwan|Nigeria|Ghana|Kenya|Africa|Europe|Asia'
  ).split('|'),
]);

/** English words that are also given names, taken only where the place says it is a person. */
const NAME_ALSO_WORD =
  /^(?:Will|Hope|Faith|Grace|Joy|Rose|Mark|Bill|Pat|Sue|Dawn|Summer|Autumn|Sunny|Chase|Hunter|Drew|Frank|Ray|Sky|River|Angel|Holly|Jade|Ruby|Amber|Crystal|Destiny|Harmony|Trinity|Patience|Mercy|Max|Jack|Jean|Rob|Sandy|Carol|Heather|Iris|Violet|Daisy|Olive|Pearl|Penny|Robin|Sage|April|May|June|August|Jordan|Jess|Bea|Skye|Cliff|Glen|Dale|Miles)$/u;

/** A capitalised word shaped like a name in Latin letters: "Nomvula", "Tomás", "Jean-Luc", "O'Brien". */
const NAME_TOKEN = "[A-Z](?:['’][A-Z])?[a-zà-öø-ÿ]{1,15}(?:-[A-Z]?[a-zà-öø-ÿ]{1,15})?";

/** On the name list, or no English word and no brand, place or slang. */
export function nameShaped(word: string): boolean {
  // A stop word in the plural (Fridays), or a word drawn out (Yooooou, Shhhhh), is no name either.
  if (NOT_A_PERSON.has(word) || NOT_A_PERSON.has(word.replace(/s$/u, '')) || /(.)\1\1/u.test(word))
    return false;
  if (LISTED.has(word)) return true;
  // Session 35: a double name with a listed half ("Ruth-Ann", "Mary-Kate"), whatever the other half means.
  if (/^[A-Z][a-z]+-[A-Z][a-z]+$/u.test(word) && word.split('-').some((part) => LISTED.has(part)))
    return true;
  if (word.length < 3) return false;
  return !word
    .toLowerCase()
    .split(/[-'’]/u)
    .some((part) => part.length > 1 && isEnglishWord(part));
}

/** Any capitalised word but a kin word, pronoun, brand or slang: for places that alone say it is a person. */
function personWord(word: string): boolean {
  return (!NOT_A_PERSON.has(word) || NAME_ALSO_WORD.test(word)) && word.length >= 2;
}

const RELATION_MODS =
  '(?:(?:best|old|older|younger|little|big|baby|late|new|former|closest|only|twin|step|ex|eldest|youngest|elder|lovely|dear)[-\\s]+)*';
const SENTENCE_START = '(?:^|(?<=[.!?\\n"“(]\\s{0,3})|(?<=[,;:]\\s))';
/** A name (and a surname) set off as someone's relation by brackets, dashes, a comma or "is my". */
const APPOSITION = new RegExp(
  `${SENTENCE_START}(${NAME_TOKEN}(?:\\s+${NAME_TOKEN})?)(?:\\s*(\\()|\\s*(?:[—–]|--?)|(,)|\\s+(?:is|was|['’]s))\\s*(?:my|our)\\s+${RELATION_MODS}(?:${EN_RELATION})(?![A-Za-z])(\\s*[,—–(])?`,
  'gu',
);
/** What people do, after a name that opens a sentence ("Yesenia forgot my birthday", "Nomvula keeps asking"). */
const SUBJECT = new RegExp(
  `(?:^|(?<=[.!?\\n]\\s{0,3})|(?<=(?:^|[.!?\\n]\\s{0,3})(?:[Aa]nd|[Bb]ut|[Ss]o|[Tt]hen|[Ll]ol|[Oo]kay|[Ww]ell|[Yy]eah|[Aa]nyway|[Nn]ow|[Tt]oday|[Yy]esterday|[Ll]ast night),?\\s))(${NAME_TOKEN})(?=\\s+(?:(?:just|also|still|never|always|literally|basically|finally|even|then|apparently|suddenly)\\s+)?(?:told|tells|texted|texts|messaged|dm['’]?ed|called me|calls me|said|says|asked|asks|forgot|forgets|dumped|ghosted|blocked|unfollowed|unfriended|cheated|yelled|screams|screamed|shouted|hates me|hugged|kissed|invited|promised|lied|apologi[sz]ed|laughed at|found me|found out|thinks I|thinks I['’]m|knows about|spread|wants me|wanted me|used to be|keeps (?:asking|telling|saying|texting|calling|ignoring|checking|bringing|making fun|sending|posting|bugging|bothering|leaving|trying|inviting|blaming|comparing|pushing)|kept (?:asking|telling|saying|texting|calling|ignoring|checking)|broke up|left me|won['’]t (?:talk|speak|answer|reply|stop|leave)|doesn['’]t (?:talk|speak|answer|reply|care|know)|didn['’]t (?:come|show|answer|reply|call|text)|hasn['’]t (?:texted|called|replied|answered|talked|spoken)|gave|sent|posted|shared|showed|took|stole|leaked|hit|pushed|hurt|grabbed|threatened|followed me|made fun|ignores|ignored|moved away|stopped talking|never replied|hasn['’]t left|won['’]t eat|isn['’]t eating)(?![A-Za-z]))`,
  'gu',
);
/**
 * A capitalised word alone: no title, capitalised word, "the" or @handle before it ("Dr. Hale", "Big Mike", "@罗云熙Leo"),
 * no capitalised word, "&" or "that" ("Roger that") after it (a full name, a public figure or a brand: "Harry Potter", "Ben & Jerry's"; the full-name rules read those),
 * no place word after it.
 */
const LISTED_ANYWHERE = new RegExp(
  `(?<![A-Za-z'’.-])(?<![A-Z][a-z]*\\s|&\\s?|@[^\\s:：@]{0,24}|\\b[Tt]he\\s)(?<!\\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|St|Saint|Mt|Mount|Lake|Fort|Port|San|Santa|Los|Las|New|Cape|Sir|Lady|Lord|King|Queen|Prince|Princess)\\.?\\s)(${NAME_TOKEN})(?=['’]s\\b(?!\\s+[A-Z])|(?![A-Za-z'’-]))(?!\\s*(?:&|[A-Z]|that\\b))(?!\\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Boulevard|Blvd|Way|Court|Place|Square|Park|University|College|School|Hospital|Clinic|Center|Centre|County|City|Station|Bridge|Hall|House|Church|Airport|Beach|River|Lake|Mountain|Valley|Island|Bay|Hotel|Mall|Library|Museum|Road)\\b)`,
  'gu',
);
/** One of a person's groups: "Xiaoyu from my dorm keeps…", "Rahul from work", "Rose from accounting" (session 31). */
const FROM_GROUP = new RegExp(
  `(?<![A-Za-z'’])(${NAME_TOKEN})(?=\\s+(?:from|in|at)\\s+(?:(?:my|our|the)\\s+(?:(?:old|new|same)\\s+)?(?:dorm|class|school|work|team|office|lab|church|gym|job|group|floor|building|year|course|uni|college|department|unit|ward|squad|club|choir|band|cohort|program|programme|support group|hall|flat|house|block|company|firm|shift)|(?:work|school|class|church|chem|bio|biology|math|maths|physics|english|history|accounting|finance|marketing|sales|hr|payroll|engineering|reception|legal|ops|it support|homeroom|art class|gym class|youth group|bible study|band practice|practice|rehab|group therapy|therapy group)|(?:the|my|our)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|weekly)\\s+(?:group|class|meeting|session))(?![A-Za-z])|\\s+from\\s+(?:discord|reddit|tiktok|twitter|insta(?:gram)?|the (?:\\w+ )?(?:group|forum|server|discord))(?![A-Za-z]))`,
  'gu',
);
/** Session 32: a name told by who the person is, right after it: "Grace my lil sis is…", "Tom, my best friend, …". */
const APPOSITIVE_RELATION = new RegExp(
  `(?:^|(?<=[.!?]\\s+))(${NAME_TOKEN})(?=,?\\s+my\\s+(?:(?:lil|little|big|baby|older|younger|twin|best|oldest|youngest|step|ex|late|only|dear|favou?rite)[\\s-]+)?(?:sis|sister|bro|brother|mom|mum|dad|son|daughter|kid|cousin|aunt|uncle|grandma|grandpa|nan|nana|gran|granny|friend|bestie|bff|roommate|roomie|flatmate|boyfriend|girlfriend|bf|gf|partner|husband|wife|fiance|fiancee|coworker|colleague|boss|manager|therapist|counsell?or|neighbou?r|classmate|teacher|coach)(?=,|\\s+(?:is|was|has|had|said|says|told|keeps|just|always|never|and|who)\\b))`,
  'gu',
);
/**
 * The writer in a list: "Kwame, Efua and me", "Me and Liam and Noah and Jas", "Jas and I". The writer is joined by
 * "and" ("Honestly, I…" is no list); a word joined to the writer by "and" may be any capitalised word but a kin word
 * or a pronoun ("Will and I"), the others must be name-shaped.
 */
const LIST_ITEM = `(?:${NAME_TOKEN}|[Mm]e|I)`;
const LIST_JOIN = '(?:,\\s*(?:and\\s+|&\\s+)?|\\s+(?:and|&)\\s+)';
const LIST_WITH_WRITER = new RegExp(
  `(?<![A-Za-z'’])${LIST_ITEM}(?:${LIST_JOIN}${LIST_ITEM})+(?![A-Za-z'’])`,
  'gu',
);
const LIST_PARTS = new RegExp(`(${LIST_ITEM})(${LIST_JOIN})?`, 'gu');
/** A verb and preposition that take a person: "worried about Aiko", "a text from Marcus", "broke up with Dinara". */
const PERSON_PHRASE = new RegExp(
  `(?<=(?<![A-Za-z])(?:(?:texts?|messages?|calls?|emails?|letters?|notes?|dms?|DMs?|replies|reply|news|gifts?|voicemails?) from|worried about|thinking about|talk(?:ed|ing)? (?:to|with)|spoke (?:to|with)|speak (?:to|with)|hang(?:ing)? out with|hung out with|went out with|broke up with|(?:fight|fought|argument|row) with|checks? (?:up )?on|heard from|in love with|crush on|married to|engaged to|dating|miss(?:ing)?|blocked|ghosted|texted|owe|owed|pushed|apologi[sz]e to|apologi[sz]ed to|dream(?:ing|t|ed)? about|texting with|hugged|kissed|forgive|forgave|comfort|comforted)\\s)(${NAME_TOKEN})(?![A-Za-z'’-])`,
  'gu',
);
/**
 * A listed given name after from, about or with, where the clause then ends or goes on ("from Jake:", "about Priya
 * lately"); not before another word of a title ("about Lola bunny", "other than Harry Potter").
 */
const LISTED_AFTER_PREP = new RegExp(
  `(?<=(?<![A-Za-z])(?:from|about|with)\\s)(${NAME_TOKEN})(?![A-Za-z'’-])(?=\\s*[,.:;!?)]|\\s*$|\\s+(?:at|and|but|who|that|since|about|for|again|yesterday|today|tonight|last|this|because|anymore|lately|recently)(?![A-Za-z]))`,
  'gu',
);
/** What someone is called: "calls her Bella", "they call him Deshawn". */
const CALLED = new RegExp(
  `(?<=(?<![A-Za-z])(?:calls?|called|calling)\\s+(?:her|him|me|them|you)\\s+)(${NAME_TOKEN})(?![A-Za-z'’-])`,
  'gu',
);
/** A kin title before a given name: "Nana Grace", "Auntie Mei", "Tita Rosa" (not "Uncle Sam"). */
const KIN_TITLED = new RegExp(
  `(?<=(?<![A-Za-z])(?:Nana|Nan|Grandma|Grandpa|Granny|Gran|Grandad|Auntie|Aunty|Aunt|Uncle|Cousin|Abuela|Abuelo|Tita|Tito|Lola|Lolo|Oma|Opa)\\s)(?!(?:Sam|Flo)\\b)(${NAME_TOKEN})(?![A-Za-z-])`,
  'gu',
);
/** A person said to be or do something by someone else: "Dad says Thandiwe is a bad influence". */
const SAYS_ABOUT = new RegExp(
  `(?<=(?<![A-Za-z])(?:says|said|thinks|thought|knows|heard|told me|tells me)\\s)(${NAME_TOKEN})(?=\\s+(?:is|was|has|had|isn['’]t|wasn['’]t|doesn['’]t|didn['’]t|will|won['’]t|can['’]t|likes|hates|wants|cheated|lied)(?![A-Za-z]))`,
  'gu',
);
/** A name before 's and a person's thing or place ("Ngozi's place", "Thanh's funeral", "Lior's last message"). */
const POSSESSIVE = new RegExp(
  `(?<![A-Za-z'’-])(${NAME_TOKEN})(?=['’]s\\s+(?:(?:last|old|new|little|big|older|younger|first|whole|own|birthday|best)\\s+)?(?:place|house|flat|room|party|birthday|funeral|wedding|location|message|messages|text|texts|number|back|mum|mom|dad|parents|family|brother|sister|friend|friends|boyfriend|girlfriend|bf|gf|ex|watch|grave|phone|insta|instagram|story|stories|car|dog|cat|emotional|memorial|bed|couch|door|name|voice|face|laugh|way|fault|side|advice|idea|plan|problem|problems|mental|therapist|kids?|baby|son|daughter)\\b)`,
  'gu',
);
/** A name called at a message's start before a clause to them ("Kemal, if you ever read this", "Sophia，如果你…"). */
const VOCATIVE = new RegExp(
  `(?:^|(?<=\\n))(${NAME_TOKEN})(?=\\s*[,，]?\\s*(?:if (?:you|u)|when (?:you|u)|(?:you|u) (?:know|were|are|never)|im sorry|i(?:['’]m| am) sorry|i miss (?:you|u)|i love (?:you|u)|please|pls|如果你|对不起|我想你))`,
  'gu',
);
/**
 * A listed given name typed in lowercase ("i miss nadia", "keisha if you see this"), in the two places that need a
 * person most: after a phrase that takes one, and called at the start. Session 37: not one of the listed names that are
 * slang, pinyin or everyday words in lower case (EN_GIVEN_LOWER_NOT_NAME, EN_GIVEN_LOWER_WORDS); before, no word on the
 * English word list, which holds most common names too (jake, emma, jess).
 */
const LOWER_TOKEN = '[a-zà-öø-ÿ]{3,15}';
const PERSON_PHRASE_LOWER = new RegExp(
  PERSON_PHRASE.source.replace(`(${NAME_TOKEN})`, `(${LOWER_TOKEN})`),
  'gu',
);
const VOCATIVE_LOWER = new RegExp(VOCATIVE.source.replace(`(${NAME_TOKEN})`, `(${LOWER_TOKEN})`), 'gu');
const listedLower = (word: string) =>
  LISTED.has(word[0]!.toUpperCase() + word.slice(1)) &&
  !EN_GIVEN_LOWER_NOT_NAME.has(word) &&
  !EN_GIVEN_LOWER_WORDS.has(word) &&
  !NOT_A_PERSON.has(word);
/** A title or kin word written in lowercase before a name ("grandma Rosalind", "coach Brennan", "ms Pereira", "dr Farahani"). */
const LOWER_TITLED = new RegExp(
  `(?<=(?<![A-Za-z])(?:(?:grandma|grandpa|granny|nana|auntie|aunty|aunt|uncle|cousin|coach)\\s|(?:mr|mrs|ms|dr|prof)\\.?\\s))(${NAME_TOKEN})(?![A-Za-z'’-])`,
  'gu',
);
/** "it was Kenji all along", "it's Priya who…": a person named as the one who did it. */
const IT_WAS = new RegExp(
  `(?<=(?<![A-Za-z])(?:it|It)\\s+(?:was|is|['’]s)\\s+)(${NAME_TOKEN})(?=\\s+(?:all along|who)(?![A-Za-z]))`,
  'gu',
);
/** A greeting or a sign-off inside quotation marks ("'Hi Brendan, we need to talk. – Karen'"). */
const QUOTED_GREETING = new RegExp(
  `(?<=['"‘“]\\s?(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear|[Yy]o)\\s)(${NAME_TOKEN})(?=\\s*[,!.:]|\\s*[—–-]\\s)`,
  'gu',
);
const QUOTED_SIGNOFF = new RegExp(`(?<=(?:[—–]|--?)\\s?)(${NAME_TOKEN})(?=\\s*['"’”](?![A-Za-z]))`, 'gu');
/** A name spelled out letter by letter: "D-E-S-H-A-W-N", "K.E.N.J.I", "R O S A". */
const SPELLED = /(?<![A-Za-z])[A-Z](?:[-. ][A-Z]){2,}(?![A-Za-z])/gu;
/** "Caitlin with a C", "Stephen with a ph". */
const WITH_A_LETTER = new RegExp(
  `(?<![A-Za-z'’])(${NAME_TOKEN})(?=,?\\s+with\\s+(?:an?\\s+)?(?:[A-Z](?![A-Za-z])|['"‘“][A-Za-z]{1,3}['"’”]|(?:two|double|one)\\s+[A-Za-z]['’]?s?(?![A-Za-z])))`,
  'gu',
);
/** "with a C, not Katelyn": the other spelling. */
const WITH_A_LETTER_NOT = new RegExp(
  `(?<=with\\s+an?\\s+[A-Z],?\\s+not\\s+)(${NAME_TOKEN})(?![A-Za-z'’])`,
  'gu',
);
/** Two forms of one name side by side: "Caitlin, not Katelyn", "Not Rose, Rosalind", "Chi for short", "I mean Ingrid". */
const NAME_PAIR = new RegExp(
  `(?<![A-Za-z'’])(${NAME_TOKEN})(?:[,，]\\s*(?:not|不是|而不是)\\s*|,\\s*(?:I mean|i mean|aka|a\\.k\\.a\\.?)\\s+|\\s*\\()(${NAME_TOKEN})(?![A-Za-z'’])|(?<![A-Za-z'’])(?:[Nn]ot)\\s+(${NAME_TOKEN}),\\s*(${NAME_TOKEN})(?![A-Za-z'’])|(?<![A-Za-z'’])(${NAME_TOKEN}),\\s*(${NAME_TOKEN})\\s+for\\s+short(?![A-Za-z])`,
  'gu',
);

function push(out: NameSpan[], start: number, value: string): void {
  out.push({ start, end: start + value.length });
}

/** After a list of people, what only two or more people are or do ("Mia and Jordan both…", "Kwame and I were…"). */
const PLURAL_AFTER =
  /^\s+(?:both|all|were|are|weren['’]t|aren['’]t|['’]re|have (?:both|been|always|never)|used to be|got married|broke up|grew up|are not|were not)(?![A-Za-z])/u;
const SENTENCE_START_BEFORE = /(?:^|[.!?\n]\s{0,3})$/u;

/**
 * The people in a list: each item joined by "and" to "me" may be any capitalised word but a kin word ("Will and me",
 * "Me and Jas"), as may one joined to "I" when the list is a plural subject ("Hubs and I both"); other items must be
 * name-shaped. "X and I" without such a verb is often two clauses ("…Odyssey and I missed the sale"): there, only a
 * list that opens its sentence counts. With no writer, a listed name anchors a plural subject ("Mia and Jordan both").
 */
function listedPeople(text: string, m: RegExpMatchArray, out: NameSpan[]): void {
  const parts = [...m[0].matchAll(LIST_PARTS)];
  const joinAfter = parts.map((p) => p[2] ?? '');
  const andAfter = joinAfter.map((j) => /and|&/u.test(j));
  const words = parts.map((p) => p[1]!);
  const at = m.index!;
  const plural = PLURAL_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 24));
  const opensSentence = SENTENCE_START_BEFORE.test(text.slice(Math.max(0, at - 4), at));
  // "me, Joaquín, Siobhan and Arjun": the writer by a comma in a list that an "and" closes.
  const listHasAnd = andAfter.some(Boolean);
  const meAt = words.flatMap((w, k) =>
    /^[Mm]e$/u.test(w) && (andAfter[k] || andAfter[k - 1] || (listHasAnd && parts.length > 2)) ? [k] : [],
  );
  const iAt = words.flatMap((w, k) => (w === 'I' ? [k] : []));
  // "Oh, and I…": a comma before "and I" in a list of two is a second clause.
  const iListed = iAt.filter(
    (k) => k > 0 && andAfter[k - 1] && (parts.length > 2 || !joinAfter[k - 1]!.includes(',')),
  );
  const joinedTo = (k: number, anchors: number[]) =>
    anchors.some((w) => (w === k + 1 && andAfter[k]) || (w === k - 1 && andAfter[w]));
  const anyWriter = meAt.length > 0 || (iListed.length > 0 && (plural || opensSentence));
  // With no writer: a listed name before a plural verb ("Mia and Jordan both…"); places are listed that way too.
  // Session 30: or a list of three or more with two listed names ("so Tyler, Brandon and Keisha all ditched me").
  const listedCount = words.filter((w) => LISTED.has(w)).length;
  const listedAnchor = listHasAnd && ((plural && listedCount > 0) || (parts.length >= 3 && listedCount >= 2));
  if (!anyWriter && !listedAnchor) return;
  words.forEach((word, k) => {
    if (/^(?:[Mm]e|I)$/u.test(word)) return;
    // "The Golden Globes and I": a thing with an article.
    if (
      /(?:^|\s)(?:[Tt]he|[Aa]n?|[Oo]ur|[Mm]y|[Hh]is|[Hh]er)\s+(?:[A-Z][a-z]+\s+)*$/u.test(
        text.slice(Math.max(0, at - 30), at + parts[k]!.index!),
      )
    )
      return;
    const loose = joinedTo(k, meAt) || (plural && joinedTo(k, iListed));
    const person = loose ? personWord(word) : nameShaped(word) || (listedAnchor && NAME_ALSO_WORD.test(word));
    if (person) push(out, at + parts[k]!.index!, word);
  });
}

/** Names in Latin letters found by the places above, in text order, not overlapping. */
export function shapedNameSpans(text: string): NameSpan[] {
  if (!/[A-Za-z]{3}/u.test(text)) return [];
  const out: NameSpan[] = [];
  for (const m of text.matchAll(APPOSITION)) {
    const [first] = m[1]!.split(/\s+/u);
    const bracket = m[2] !== undefined;
    // "Sofia, my ex, posted…" is an apposition; "Fuck, my wife and I…" is not.
    if (m[3] !== undefined && m[4] === undefined) continue;
    if (bracket ? personWord(first!) : nameShaped(first!) || NAME_ALSO_WORD.test(first!))
      push(out, m.index, m[1]!);
  }
  for (const re of [
    SUBJECT,
    FROM_GROUP,
    APPOSITIVE_RELATION,
    IT_WAS,
    PERSON_PHRASE,
    LISTED_AFTER_PREP,
    CALLED,
    KIN_TITLED,
    LOWER_TITLED,
    SAYS_ABOUT,
    POSSESSIVE,
    VOCATIVE,
    QUOTED_GREETING,
    QUOTED_SIGNOFF,
    WITH_A_LETTER,
    WITH_A_LETTER_NOT,
  ])
    for (const m of text.matchAll(re)) {
      const value = m[1]!;
      const loose =
        re === WITH_A_LETTER ||
        re === WITH_A_LETTER_NOT ||
        re === CALLED ||
        re === KIN_TITLED ||
        re === LOWER_TITLED;
      // "Will keeps saying…": a word that is also a given name, before what only a person does.
      const alsoWord = (re === SUBJECT || re === SAYS_ABOUT) && NAME_ALSO_WORD.test(value);
      const person =
        re === LISTED_AFTER_PREP
          ? LISTED.has(value)
          : loose
            ? personWord(value)
            : nameShaped(value) || alsoWord;
      if (person) push(out, m.index, value);
    }
  for (const re of [PERSON_PHRASE_LOWER, VOCATIVE_LOWER])
    for (const m of text.matchAll(re)) if (listedLower(m[1]!)) push(out, m.index, m[1]!);
  for (const m of text.matchAll(LIST_WITH_WRITER)) listedPeople(text, m, out);
  for (const m of text.matchAll(SPELLED)) {
    const letters = m[0].replace(/[-. ]/gu, '');
    const around = text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20);
    const word = new RegExp(
      `(?<![A-Za-z])${letters[0]}${letters.slice(1).toLowerCase()}(?![A-Za-z])`,
      'u',
    ).exec(around);
    if (!word) continue;
    push(out, m.index, m[0]);
    push(out, Math.max(0, m.index - 20) + word.index, word[0]);
  }
  for (const m of text.matchAll(NAME_PAIR)) {
    const pair = [m[1], m[2]].every(Boolean)
      ? [m[1]!, m[2]!]
      : [m[3], m[4]].every(Boolean)
        ? [m[3]!, m[4]!]
        : [m[5]!, m[6]!];
    // One of the two is a known given name and the other looks like one: brackets and "not" hold places and
    // brands too ("Iturriaga (Mexico)", "Hollywood, not Wehoe").
    const known = (w: string) => LISTED.has(w) || NAME_ALSO_WORD.test(w);
    const shaped = (w: string) => nameShaped(w) || NAME_ALSO_WORD.test(w);
    const knownPair = (known(pair[0]!) && shaped(pair[1]!)) || (known(pair[1]!) && shaped(pair[0]!));
    // Two unknown words are names where the pair is about a name: "Chiamaka, Chi for short", "…, I mean Ingrid",
    // "叫 Zhanna，不是 Jana".
    const aboutName =
      pair.every(shaped) &&
      (/for\s+short|I mean|i mean|aka|a\.k\.a/u.test(m[0]) ||
        /(?:叫|名字|name|called|spell|spelt|pronounce)[^.!?。！？\n]{0,20}$/iu.test(
          text.slice(Math.max(0, m.index - 30), m.index),
        ));
    if (!knownPair && !aboutName) continue;
    if (!pair.every(personWord)) continue;
    let from = m.index;
    for (const w of pair) {
      const at = text.indexOf(w, from);
      push(out, at, w);
      from = at + w.length;
    }
  }
  // Session 30: a name on the list that is no English word, anywhere ("lol Tash just said…", "跟Amber吃饭", "since Dylan"),
  // but after a title or before a place word ("Dr. Hale", "Ellis Street").
  for (const m of text.matchAll(LISTED_ANYWHERE)) {
    const w = m[1]!;
    if (!LISTED.has(w) || NAME_ALSO_WORD.test(w) || NOT_A_PERSON.has(w)) continue;
    // A shop's name with its possessive ("Wendy's"), or a name said twice to oneself ("I was like, Rachel, Rachel stop").
    const end = m.index + w.length;
    if (NOT_A_PERSON.has(`${w}s`) && /^['’]s/u.test(text.slice(end))) continue;
    if (text.startsWith(`, ${w}`, end) || text.slice(0, m.index).endsWith(`${w}, `)) continue;
    push(out, m.index, w);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NameSpan[] = [];
  // A character's or a public figure's name: a fiction or fame word earlier in the sentence ("the narrator is called…").
  const inFiction = (at: number) => EN_NAME_FICTION_BEFORE.test(text.slice(Math.max(0, at - 160), at));
  for (const s of out)
    if ((!kept.length || s.start >= kept[kept.length - 1]!.end) && !inFiction(s.start)) kept.push(s);
  return kept;
}
