import type { Gender } from './family';

/** A person of a generated story, as the texts refer to them. */
export interface CastMember {
  /** What the user calls them: a name ("Mark", "李娜") or a label ("my mom", "我妈"). */
  readonly name: string;
  readonly gender: Gender;
}

const EN_PRONOUNS: Readonly<Record<Gender, Readonly<Record<string, string>>>> = {
  female: { he: 'she', him: 'her', his: 'her', hers: 'hers', himself: 'herself', He: 'She', Him: 'Her', His: 'Her' },
  male: { he: 'he', him: 'him', his: 'his', hers: 'his', himself: 'himself', He: 'He', Him: 'Him', His: 'His' },
};

const SLOT = /\{([a-zA-Z]+)(?::([a-zA-Z]+))?\}/g;

/** A template split once into literal text and slots, so that filling it is a loop of concatenations. */
type Piece = string | { readonly key: string; readonly capitalise: boolean; readonly form?: string };

const compiled = new Map<string, readonly Piece[]>();

function compile(text: string): readonly Piece[] {
  let pieces = compiled.get(text);
  if (pieces) return pieces;
  const out: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(SLOT)) {
    if (match.index > last) out.push(text.slice(last, match.index));
    const rawKey = match[1] as string;
    const first = rawKey[0] as string;
    const capitalise = first !== first.toLowerCase();
    const key = capitalise ? first.toLowerCase() + rawKey.slice(1) : rawKey;
    out.push(match[2] !== undefined ? { key, capitalise, form: match[2] } : { key, capitalise });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  pieces = out;
  compiled.set(text, pieces);
  return pieces;
}

/**
 * Fill a family text: `{key}` becomes the person's name, `{key:he|him|his|himself}` (capitalised forms too) an
 * English pronoun, `{key:ta}` 他/她. A capitalised `{Key}` capitalises a label at the start of a sentence
 * ("{Mom} called" → "My mom called"). An unknown key or pronoun form is a bug in the family, so it throws.
 */
export function fillTemplate(text: string, cast: Readonly<Record<string, CastMember>>, familyId: string): string {
  let out = '';
  for (const piece of compile(text)) {
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    const member = cast[piece.key];
    if (!member) throw new Error(`family ${familyId}: unknown placeholder {${piece.key}}`);
    if (piece.form === undefined) {
      out += piece.capitalise ? (member.name[0] as string).toUpperCase() + member.name.slice(1) : member.name;
    } else if (piece.form === 'ta') {
      out += member.gender === 'female' ? '她' : '他';
    } else {
      const pronoun = EN_PRONOUNS[member.gender][piece.form];
      if (pronoun === undefined) throw new Error(`family ${familyId}: unknown pronoun form {${piece.key}:${piece.form}}`);
      out += pronoun;
    }
  }
  return out;
}
