/** Feeling words in Chinese user messages. */
import { WordIndex } from '../word-index';
import type { Span } from './spans';

/** Surface form -> a canonical feeling that reads well after 很 / 有多 / 感到 and before 的感觉. */
const FEELING_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['委屈', '委屈'], ['憋屈', '憋屈'], ['生气', '生气'], ['气死', '生气'], ['火大', '生气'], ['恼火', '恼火'], ['愤怒', '愤怒'],
  ['难受', '难受'], ['难过', '难过'], ['伤心', '伤心'], ['心痛', '心痛'], ['心酸', '心酸'], ['心累', '心累'], ['疲惫', '疲惫'],
  ['好累', '累'], ['很累', '累'], ['太累', '累'], ['累死', '累'], ['累得', '累'], ['有点累', '累'], ['挺累', '累'], ['真累', '累'],
  ['烦死', '烦'], ['心烦', '烦'], ['烦躁', '烦躁'], ['挺烦', '烦'], ['很烦', '烦'], ['好烦', '烦'], ['有点烦', '烦'], ['真烦', '烦'],
  ['失望', '失望'], ['焦虑', '焦虑'], ['着急', '着急'], ['无奈', '无奈'], ['困惑', '困惑'], ['摸不着头脑', '困惑'],
  ['搞不懂', '困惑'], ['想不通', '困惑'], ['迷茫', '迷茫'], ['孤单', '孤单'], ['孤独', '孤独'], ['寂寞', '寂寞'],
  ['害怕', '害怕'], ['担心', '担心'], ['沮丧', '沮丧'], ['无力', '无力'], ['崩溃', '崩溃'], ['压抑', '压抑'], ['紧张', '紧张'],
  ['不甘心', '不甘心'], ['愧疚', '愧疚'], ['内疚', '内疚'], ['自责', '自责'], ['尴尬', '尴尬'], ['挫败', '挫败'], ['头疼', '头疼'],
  ['头大', '头疼'], ['纠结', '纠结'], ['不安', '不安'], ['心寒', '心寒'], ['寒心', '心寒'], ['不公平', '委屈'], ['无助', '无助'],
  ['绝望', '绝望'], ['后悔', '后悔'], ['丢脸', '丢脸'], ['没面子', '没面子'], ['郁闷', '郁闷'], ['抓狂', '抓狂'],
  ['不舒服', '不舒服'], ['来气', '生气'], ['想哭', '难过'], ['看不下去', '气愤'], ['气愤', '气愤'], ['心塞', '心塞'], ['闹心', '闹心'], ['憋闷', '憋闷'], ['慌', '慌'], ['失落', '失落'], ['心灰意冷', '心灰意冷'], ['无语', '无语'],
  ['撑不住', '累'], ['喘不过气', '压抑'],
];
const FEELING_INDEX = new WordIndex(FEELING_WORDS);
// "不难过" / "没生气" / "没有生气": a negated feeling is not reflected back. (别 is not here: 特别委屈.)
const NEGATION = new Set(['不', '没']);
const NEGATION_2 = new Set(['没有', '不太', '不是', '不会', '不再', '并不', '从不']);


/** Feelings with their spans, in order of appearance; negated ones (不难过, 没有生气) left out. */
export function feelingSpans(text: string): Span[] {
  const out: Span[] = [];
  FEELING_INDEX.scan(text, (start, surface, canonical) => {
    if (surface.charAt(0) !== '不' && (NEGATION.has(text.charAt(start - 1)) || NEGATION_2.has(text.slice(start - 2, start)))) return;
    out.push([start, start + surface.length, canonical]);
  });
  return out;
}

