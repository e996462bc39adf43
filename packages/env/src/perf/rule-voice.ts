/**
 * Benchmark: the rule simulator's voice (the user's reply in character) and the persona generator, in
 * microseconds per call. Replies are voiced at every turn of eight-turn dialogues with appraisals shaped like
 * the rule appraisal's (ten reasons, need-related ones among them), across character types, needs and bands.
 * Budget (issue 2): about 10 us per voiced reply.
 *
 * Figures:
 * - rule.voice.us_per_call: replyUtterance with the persona's voice profile already built (a persona reused
 *   across episodes, e.g. loaded SAGE profiles);
 * - rule.voice.us_per_call_fresh_persona: the same with a new persona object every eight calls (generated
 *   personas: the env makes one per episode), so the profile is built once per dialogue;
 * - persona.generate.us_per_persona: generatePersona.
 *
 * Run: `npm run perf -- env/rule-voice` (after `npm run build`).
 */
import type { Language } from '../chat/messages';
import { machineContext, printFigure, runPerf } from '../io/perf-figure';
import { generatePersona } from '../personas/generator';
import { HIDDEN_NEEDS, type HiddenNeed, type Persona } from '../personas/types';
import { replyUtterance } from '../simulators/rule/voice';
import type { Appraisal, DialogueState, EmotionReason } from '../simulators/types';

const SECONDS = Number(process.env.RLVER_PERF_SECONDS ?? 2);
const TURNS = 8;
const CUES = ['reflects-feelings', 'generic-comfort', 'others-motives', 'lecturing', 'concrete-advice', 'repetition', 'validates', 'list'];
const CHANGES = [5, -5, 10, -10, 5, 0, 5, -5];

function appraisalAt(turn: number, need: HiddenNeed): Appraisal {
  const change = CHANGES[turn % CHANGES.length] as number;
  const reasons: EmotionReason[] = [
    { cue: CUES[turn % CUES.length] as string, effect: change === 0 ? 0.5 : change * 0.8, detail: 'cue' },
    { cue: 'baseline', effect: 0.6, detail: 'baseline' },
    { cue: 'mood', effect: -0.4, detail: 'mood' },
    { cue: 'grounded', effect: 0.7, detail: 'grounded' },
    { cue: 'length', effect: -0.3, detail: 'length' },
    { cue: 'character', effect: -0.2, detail: 'character' },
    { cue: 'names-people', effect: 0.2, detail: 'names' },
    { cue: 'open-question', effect: 0.3, detail: 'question', need },
    turn % 3 === 0 ? { cue: 'need-unmet', effect: -1.5, detail: 'unmet', need } : { cue: 'validates', effect: 1.1, detail: 'validates', need },
    { cue: 'apology', effect: -0.1, detail: 'apology' },
  ];
  return { change, reasons };
}

interface Case {
  readonly state: DialogueState;
  readonly reply: string;
  readonly appraisal: Appraisal;
  readonly after: number;
}

/** The eight voiced turns of one dialogue with `persona`. */
function dialogue(persona: Persona, seed: number): Case[] {
  const cases: Case[] = [];
  const appraisals: Appraisal[] = [];
  let emotion = 40;
  for (let turn = 0; turn < TURNS; turn++) {
    const appraisal = appraisalAt(turn + seed, persona.hiddenNeed);
    const after = Math.max(10, Math.min(99, emotion + appraisal.change));
    const state: DialogueState = {
      persona,
      language: persona.language,
      difficulty: 'vanilla',
      emotion,
      initialEmotion: 40,
      turn,
      maxTurns: TURNS,
      history: [{ role: 'user', content: persona.firstMessage ?? persona.topic }],
      appraisals: appraisals.slice(),
      seed,
    };
    cases.push({ state, reply: turn % 2 ? 'What happened next? How did that feel?' : 'That sounds exhausting, and it makes sense you are upset.', appraisal, after });
    appraisals.push(appraisal);
    emotion = after;
  }
  return cases;
}

function personas(language: Language, n: number, offset: number): Persona[] {
  return Array.from({ length: n }, (_, i) => generatePersona({ language, seed: offset + i, hiddenNeed: HIDDEN_NEEDS[i % 8] as HiddenNeed }));
}

/** Microseconds per voiced reply over `seconds`; `fresh` rebuilds the persona object (and so its profile) per dialogue. */
function microsecondsPerReply(language: Language, seconds: number, fresh: boolean): number {
  const pool = personas(language, 48, 0);
  const dialogues = pool.map((p, i) => dialogue(p, i));
  let calls = 0;
  let sink = 0;
  let round = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  while (performance.now() < deadline) {
    for (const cases of dialogues) {
      // A structural copy is a new persona object for the voice's WeakMap, as a newly generated persona is.
      const persona = fresh ? { ...(cases[0] as Case).state.persona, id: `copy-${round}` } : undefined;
      for (const c of cases) {
        const state = persona ? { ...c.state, persona } : c.state;
        sink += replyUtterance(state, c.reply, c.appraisal, c.after).text.length;
      }
      calls += cases.length;
    }
    round += 1;
  }
  if (sink === -1) console.error(sink); // keep the work observable
  return ((performance.now() - started) * 1000) / calls;
}

function microsecondsPerPersona(language: Language, seconds: number): number {
  let n = 0;
  let sink = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  while (performance.now() < deadline) {
    for (let i = 0; i < 100; i++) sink += generatePersona({ language, seed: n + i }).name.length;
    n += 100;
  }
  if (sink === -1) console.error(sink);
  return ((performance.now() - started) * 1000) / n;
}

function main(): void {
  const context = machineContext();
  for (const language of ['en', 'zh'] as const) {
    microsecondsPerReply(language, 0.5, false); // warm-up (JIT)
    const warm = microsecondsPerReply(language, SECONDS, false);
    printFigure({ name: 'rule.voice.us_per_call', value: Number(warm.toFixed(2)), unit: 'us', language, target: 10, ...context });
    const fresh = microsecondsPerReply(language, SECONDS, true);
    printFigure({ name: 'rule.voice.us_per_call_fresh_persona', value: Number(fresh.toFixed(2)), unit: 'us', language, target: 10, ...context });
    microsecondsPerPersona(language, 0.3);
    const generate = microsecondsPerPersona(language, SECONDS);
    printFigure({ name: 'persona.generate.us_per_persona', value: Number(generate.toFixed(2)), unit: 'us', language, ...context });
  }
}

runPerf(main);
