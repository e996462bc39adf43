import type { ChatInfo, ChatObservation } from '../chat/empathetic-chat-env';
import type { EmotionReason } from '../simulators/types';
import { emotionBand } from '../simulators/bands';
import type { Persona } from '../personas/types';

/** Minimal ANSI styling, disabled when the output is not a terminal or NO_COLOR is set. */
export function styler(enabled: boolean): { dim(s: string): string; bold(s: string): string; green(s: string): string; red(s: string): string; cyan(s: string): string } {
  const wrap = (code: number) => (s: string) => (enabled ? `\u001b[${code}m${s}\u001b[0m` : s);
  return { dim: wrap(2), bold: wrap(1), green: wrap(32), red: wrap(31), cyan: wrap(36) };
}

/** "+5" / "-10" / "0". */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/** One line per reason: "  +4 reflects-feelings: names the hurt you described". */
export function formatReasons(reasons: readonly EmotionReason[]): string[] {
  return reasons.map((r) => `    ${signed(Math.round(r.effect * 10) / 10).padStart(5)} ${r.cue}${r.detail ? `: ${r.detail}` : ''}`);
}

/** "emotion 45 (B)". */
export function formatEmotion(emotion: number): string {
  return `emotion ${emotion} (${emotionBand(emotion)})`;
}

/** A short persona header; the hidden need only when `reveal` (the demo shows it; play hides it until the end). */
export function formatPersona(persona: Persona, reveal: boolean): string {
  const who = [persona.name, persona.age ? `${persona.age}` : undefined, persona.occupation].filter(Boolean).join(', ');
  const hidden = reveal ? ` | hidden need: ${persona.hiddenNeed}, ${persona.characterType}` : '';
  return `${who} - ${persona.topic}${hidden}`;
}

/** What `styler` returns. */
export type Styler = ReturnType<typeof styler>;

/** The styler for `out`: colours only on a terminal, and never with NO_COLOR set. */
export function stylerFor(out: NodeJS.WritableStream): Styler {
  return styler(Boolean((out as NodeJS.WriteStream).isTTY) && !process.env.NO_COLOR);
}

/** The user's opening message with the starting emotion. */
export function writeOpening(out: NodeJS.WritableStream, s: Styler, observation: ChatObservation, info: ChatInfo): void {
  out.write(`${s.cyan('USER ')} ${observation[0]?.content ?? ''}\n       ${s.dim(formatEmotion(info.emotion))}\n`);
}

/** The emotion change of a step (green up, red down) and one line per reason. */
export function writeChange(out: NodeJS.WritableStream, s: Styler, info: ChatInfo): void {
  const change = info.change ?? 0;
  const paint = change > 0 ? s.green : change < 0 ? s.red : s.dim;
  out.write(`       ${paint(`${signed(change)} -> ${formatEmotion(info.emotion)}`)}\n`);
  for (const line of formatReasons(info.reasons ?? [])) out.write(`${s.dim(line)}\n`);
}
