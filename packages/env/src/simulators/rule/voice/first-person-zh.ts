import type { Persona } from '../../../personas/types';

const SENTENCE = /[^。！？!?；;]+[。！？!?；;]*/g;

/**
 * Turn a Chinese story sentence written about the user (SAGE/RLVER scenes are third person: "王小云在一个社交
 * 活动中注意到…") into what the user would say ("我在一个社交活动中注意到…"): the user's full and given
 * name become 我, and so does the pronoun of the user's gender where it does not start 他们/她们/他人.
 * In these scenes that pronoun nearly always means the user, which is why the swap is safe enough to speak.
 */
export function firstPersonZh(text: string, persona: Persona): string {
  let out = text.replace(/玩家/g, '我');
  const aliases = [persona.name];
  if (persona.name.length === 3) aliases.push(persona.name.slice(1));
  for (const alias of aliases) out = out.split(alias).join('我');
  if (persona.gender === 'female') out = out.replace(/她(?![们])/g, '我');
  else if (persona.gender === 'male') out = out.replace(/他(?![们人])/g, '我');
  return out.replace(/我我/g, '我').replace(/我的我/g, '我');
}

/**
 * What a person says of a long story paragraph: its first sentences up to about `maxChars` characters (at
 * least one sentence; an overlong first sentence is cut at a comma).
 */
export function speakableZh(text: string, maxChars = 60): string {
  const sentences = text.match(SENTENCE) ?? [text];
  let out = '';
  for (const s of sentences) {
    if (out !== '' && out.length + s.length > maxChars) break;
    out += s;
  }
  if (out.length > maxChars + 30) {
    const cut = out.lastIndexOf('，', maxChars);
    out = `${out.slice(0, cut > 10 ? cut : maxChars)}。`;
  }
  return /[。！？!?]$/.test(out) ? out : `${out.replace(/[，,；;：:]$/, '')}。`;
}

/** The first clause of a Chinese text, without its closing punctuation (for "最近…，{topic}。"). */
export function firstClauseZh(text: string, maxChars = 30): string {
  const clause = (text.split(/[，。！？；,;!?]/)[0] ?? text).trim();
  return clause.length > maxChars ? clause.slice(0, maxChars) : clause;
}
