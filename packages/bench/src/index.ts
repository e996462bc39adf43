/**
 * `@rlver/bench`: the Sentient Benchmark (SAGE) protocol for any agent: run it against a simulated user, score
 * the results exactly as the published leaderboard does, compare runs and write an HTML report.
 *
 * ```ts
 * import { runBenchmark, scoreFile } from '@rlver/bench';
 * const run = await runBenchmark({ agent: 'builtin:need-aware', profiles: 'profiles.jsonl', out: 'runs/need-aware', workers: 2 });
 * console.log(run.score.score, run.score.success, run.score.failure);
 * ```
 *
 * @packageDocumentation
 */
export * from './protocol';

// Result rows: the SAGE result format plus this project's fields.
export type { ResultRow, BenchResultRow, HistoryMessage, PlanningRecord, RowError, RowErrorSource, RunSettings, ProtocolSettings } from './results/types';
export { resultRowSchema, validateResultRow } from './results/schema';
export { readResultRows, effectiveRows, resolveResultsPath, rowKey, dialogueKey, repeatOf, integerValue, DuplicateResultError, MissingResultsError, RESULTS_FILE, type LocatedRow, type ReadResultsOptions } from './results/read';
export { hiddenNeedFromLabel, characterTypeFromLabel, sageCharacterLabel } from './sage/labels';

// Running.
export { runBenchmark, DEFAULT_AGENT_TIMEOUT_MS, type RunBenchmarkOptions, type RunProgress, type RunSummary } from './run/run-benchmark';
export { runDialogue, type ChatEnv, type DialogueContext } from './run/dialogue';
export { planDialogues, parseShard, dialogueSeed, type DialogueTask, type Shard } from './run/plan';
export { resolveProfiles, DuplicateProfileError, type ProfilesSource, type GeneratedProfilesOptions, type ResolvedProfiles } from './run/profiles';
export { readExistingResults, repairTornTail, ResumeMismatchError, type ExistingResults } from './run/resume';

// Agents.
export { createAgent, parseAgentSpec, type AgentKind, type ParsedAgentSpec, type CreateAgentOptions, type CreatedAgent } from './agents/spec';
export { AGENT_SPEC_FORMS, AgentSpecError, AgentCallError } from './agents/errors';
export { callAgent, type CallAgentOptions } from './agents/call';
export { HttpAgent, type HttpAgentOptions } from './agents/http-agent';
export { loadModuleAgent, type RespondFunction } from './agents/module-agent';
export { loadCheckpointAgent, TRAINER_PACKAGE, type CheckpointAgentProvider, type TrainerImporter } from './agents/checkpoint-agent';
export type { OpenAIAgentOptions } from './agents/openai-agent';

// Scoring.
export { scoreRows, scoreFile, scoreFiles, loadResultRows, finalEmotion, appraisedTurns, needKey, characterKey, type GroupScore, type ScoreSummary, type FileScore } from './score/score';
export { formatScoreText, formatScore, scoreJson, runLabel } from './score/format';
export { roundedMean, roundedMeanUnits, formatUnits } from './score/exact';
export { meanInterval, tQuantile975, type Interval } from './score/confidence';

// Comparing and reporting.
export { loadRuns, rankRuns, type ScoredRun } from './compare/runs';
export { compareMarkdown, compareFiles } from './compare/markdown';
export { buildReportHtml, writeReport, type ReportOptions } from './report/html';
export { emotionTrajectory, meanTrajectory, trajectorySvg } from './report/trajectories';

// Replaying recorded dialogues with the rule simulator: agreement with a recorded judge, calibration.
export { readRecordedDialogues, recordedDialogue, type RecordedDialogue, type RecordedReply } from './replay/recorded';
export { replayDialogue, replayDialogues, summarizeReplays, SAGE_APPRAISED_REPLIES, type ReplayOptions, type ReplayedDialogue, type FileReplay } from './replay/replay';
export { calibrate, calibrationFile, calibrationSamples, crossValidate, crossValidateDialogues, CALIBRATION_COMMAND, type CalibrateOptions, type CrossValidation, type CrossValidationFold, type CrossValidateOptions } from './replay/calibrate';
export { readLeaderboard, publishedScore, type Leaderboard } from './replay/leaderboard';

// The CLI, for embedding.
export { createProgram, main } from './cli/main';
export type { CliIO } from './cli/io';
