/**
 * Reads the identity fields of a SAGE/RLVER `player` text. Every one of the 600 real profiles writes them as
 * markdown bullet lines, `* 姓名：王小云`, `* 年龄：23岁`, `* 性别：女性`, `* 职业：时尚博主`; other lines
 * (hobbies, habits, speaking style) are kept only in `profileText`.
 */

/** The identity fields found in a `player` text (each absent when the text does not give it). */
export interface PlayerFields {
  readonly name?: string;
  readonly age?: number;
  /** 'female' | 'male', normalised from 女性/女 and 男性/男; other wording is kept as written. */
  readonly gender?: string;
  readonly occupation?: string;
}

const FIELD_LINE = /^[\s*\-#>]*\**\s*(姓名|名字|年龄|性别|职业)\s*\**\s*[：:]\s*\**\s*(.*?)\s*\**\s*$/;
const AGE = /(\d{1,3})/;

/** Extract name, age, gender and occupation from a `player` text. */
export function parsePlayerText(player: string): PlayerFields {
  const found: { name?: string; age?: number; gender?: string; occupation?: string } = {};
  for (const line of player.split('\n')) {
    const match = FIELD_LINE.exec(line);
    if (!match) continue;
    const key = match[1] as string;
    const value = (match[2] as string).trim();
    if (value === '') continue;
    if ((key === '姓名' || key === '名字') && found.name === undefined) found.name = value;
    else if (key === '年龄' && found.age === undefined) {
      const age = AGE.exec(value);
      if (age) {
        const n = Number(age[1]);
        if (n >= 1 && n <= 120) found.age = n;
      }
    } else if (key === '性别' && found.gender === undefined) found.gender = normaliseGender(value);
    else if (key === '职业' && found.occupation === undefined) found.occupation = value;
  }
  return found;
}

function normaliseGender(value: string): string {
  if (value.startsWith('女')) return 'female';
  if (value.startsWith('男')) return 'male';
  return value;
}
