/**
 * Addresses written in pieces (session 27): the address rules of data/pii-patterns.ts read an address written in one
 * run, and miss one broken by spaces, commas or a line break ("上海市徐汇区 天钥桥路 580 弄 12 号 601 室",
 * "广东省，深圳市，南山区，高新南七道9号", "成都市武侯区\n人民南路四段27号…"), or an English one whose city line or flat
 * comes on its own ("88 Harbour St\nSydney NSW 2000", "Seattle WA 98103, 4512 Fremont Ave N, apt 204").
 *
 * Chinese: the separators between address pieces are dropped (compactAddressText) and the rules read the compact
 * text; what they find there is mapped back onto the original. English: a found street address takes in a city,
 * state and postcode line after it or before it, and a flat or unit number next to it (extendEnglishAddress).
 */

/** Characters that end a piece of a Chinese address (a region, a road, a number's unit) or a number. */
const PIECE_END = /[省市区縣县州镇鎮乡鄉村路街道巷弄里号號栋棟幢座楼樓层層单元元室0-9０-９]/u;
const PIECE_START = /[\u4e00-\u9fa50-9０-９]/u;
const DIGIT = /[0-9０-９]/u;
const SEPARATOR = /[ \t\u3000，,\n]/u;
const HAS_ADDRESS_PIECE = /[省市区县路街道弄号號栋幢楼樓室]/u;

export interface CompactText {
  compact: string;
  /** Index in `compact` → index in the original text. */
  origin: number[];
}

/**
 * The text with the separators between two address pieces dropped (a region or road or number on one side, a Chinese
 * character or a number on the other; never between two numbers, which would join "90，12号"), or null when nothing
 * was dropped.
 */
export function compactAddressText(text: string): CompactText | null {
  if (!HAS_ADDRESS_PIECE.test(text)) return null;
  let compact = '';
  const origin: number[] = [];
  let dropped = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (SEPARATOR.test(ch)) {
      let j = i;
      while (j < text.length && SEPARATOR.test(text[j]!)) j++;
      const before = compact.at(-1) ?? '';
      const after = text[j] ?? '';
      // At most one line break or comma between pieces: a blank line or a list is another thing.
      const gap = text.slice(i, j);
      const single = (gap.match(/[，,\n]/gu) ?? []).length <= 1;
      // The piece after the gap must be one too: a number, a region or road, or words up to a numbered unit ("人民南路四段27号");
      // "，房东下周…" and "，房东要涨到¥2800" are the next clause.
      const next = /^[^ \t\u3000，,\n]{0,20}/u.exec(text.slice(j))![0];
      const piece =
        /^[0-9０-９]|^[^0-9０-９]{0,11}[0-9０-９]+\s?(?:号|號|弄|栋|棟|幢|座|楼|樓|层|層|单元|單元|室|期|段|巷|街|路|[a-zA-Z])|^[\u4e00-\u9fa5]{2,8}?(?:省|市|区|县|镇|路|街|道|弄)/u.test(
          next,
        );
      // A unit after a space only ("580 弄", "601 室"); "402，室友…" is the next clause.
      const unit = /^[ \t\u3000]+$/u.test(gap) && /^[弄号號栋棟幢座楼樓层層单室巷]/u.test(next);
      if (
        single &&
        (piece || unit) &&
        PIECE_END.test(before) &&
        PIECE_START.test(after) &&
        !(DIGIT.test(before) && DIGIT.test(after))
      ) {
        dropped = true;
        i = j - 1;
        continue;
      }
    }
    compact += ch;
    origin.push(i);
  }
  return dropped ? { compact, origin } : null;
}

/**
 * A Chinese address written from the room outwards, its parts between commas: "1102室，3号楼，金地格林小镇，朝阳区，北京市".
 * It starts at a room or a building number and ends at a district, city or province.
 */
const REVERSED_ZH = new RegExp(
  '[0-9０-９]{1,5}\\s?(?:室|房|号|號)' +
    '(?:[，,、]\\s*(?:[0-9０-９]{1,4}\\s?(?:号楼|號樓|栋|棟|幢|座|单元|單元|楼|樓|号|號)|[\\u4e00-\\u9fa5A-Za-z0-9]{1,12}?(?:小区|社区|花园|小镇|新村|公寓|大厦|苑|园|城|里|村|府|庭|湾|[0-9０-９]+号|路|街|道|巷|弄)))*' +
    '(?:[，,、]\\s*[\\u4e00-\\u9fa5]{1,6}?(?:区|县|市|省|州)(?![市区县省]))+',
  'gu',
);

/** Addresses written from the room outwards (REVERSED_ZH), as [start, end] pairs. */
export function reversedChineseAddresses(text: string): Array<[number, number]> {
  if (!/[区县市省]/u.test(text)) return [];
  return [...text.matchAll(REVERSED_ZH)]
    .filter((m) => /[，,、]/u.test(m[0]) && (m[0].match(/[，,、]/gu) ?? []).length >= 2)
    .map((m) => [m.index, m.index + m[0].length]);
}

/** A city, a state or county code and a postcode: "Sydney NSW 2000", "Seattle WA 98103", "Bristol BS8 1QU". */
const CITY_LINE =
  "[A-Z][a-z]+(?:[ '][A-Z][a-z]+)?,?\\s+(?:[A-Z]{2,3}\\s+\\d{4,5}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2})(?![A-Za-z0-9])";
const CITY_AFTER = new RegExp(`^(?:,\\s*|[ \\t]*\\n[ \\t]*)${CITY_LINE}`, 'u');
const CITY_BEFORE = new RegExp(`(?:^|(?<=[\\s:：]))${CITY_LINE}(?:,\\s*|[ \\t]*\\n[ \\t]*)$`, 'u');
const UNIT_AFTER =
  /^,?\s+(?:apt|Apt|apartment|Apartment|unit|Unit|suite|Suite|flat|Flat|#)\.?\s*\d{1,5}[A-Z]?(?![A-Za-z0-9])/u;
const UNIT_BEFORE =
  /(?:^|(?<=[\s:：]))(?:[Ff]lat|[Aa]pt|[Aa]partment|[Uu]nit|[Ss]uite)\.?\s*\d{1,5}[A-Z]?,\s*$/u;

/** An English street address with the city line and the flat number written next to it. */
export function extendEnglishAddress(text: string, start: number, end: number): [number, number] {
  for (let grew = true; grew;) {
    grew = false;
    const after = text.slice(end, end + 60);
    const unit = UNIT_AFTER.exec(after) ?? CITY_AFTER.exec(after);
    if (unit) {
      end += unit[0].length;
      grew = true;
    }
    const before = text.slice(Math.max(0, start - 60), start);
    const lead = UNIT_BEFORE.exec(before) ?? CITY_BEFORE.exec(before);
    if (lead) {
      start -= before.length - lead.index;
      grew = true;
    }
  }
  return [start, end];
}
