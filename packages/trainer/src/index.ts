/**
 * `@rlver/trainer`: PPO and GRPO on TensorFlow.js for agents of the `@rlver/env` environment, a strategy policy
 * over the user's words, checkpoints usable as bench agents, and the quickstart.
 *
 * @packageDocumentation
 */

// Backends and model files
export { selectBackend, BACKENDS, NATIVE_BACKEND_PACKAGES, BackendUnavailableError, type BackendName, type BackendChoice, type BackendSelection, type BackendAttempt, type SelectBackendOptions } from './backend/select-backend';
export { fileIO, saveTensors, loadTensors, ModelFileError, MODEL_JSON, WEIGHTS_BIN, type FileIOHandler } from './tensor-io/file-io-handler';

// Algorithms
export { Ppo, DEFAULT_PPO_CONFIG, explainedVariance, type PpoConfig, type UpdateContext, type UpdateResult } from './algorithms/ppo';
export { Grpo, DEFAULT_GRPO_CONFIG, type GrpoConfig, type GrpoUpdateContext } from './algorithms/grpo';
export { computeGae, type GaeInputs } from './algorithms/gae';
export { groupAdvantages } from './algorithms/group-advantages';
export { clippedPolicyLoss, valueLoss, klK3, ratioStatistics } from './algorithms/losses';
export { gradientStep, type LossTerms } from './algorithms/gradient-step';
export { Adam, type AdamOptions, type AdamState } from './nn/adam';
export { clipByGlobalNorm } from './nn/clip-gradients';
export { learningRateAt, LR_SCHEDULES, type LrSchedule } from './nn/lr-schedule';
export { Categorical, sampleFromLogProbs } from './distributions/categorical';

// Policies, encoders, realizers
export type { Policy, PolicyOutput, PolicyEvaluation, PolicyDescription, FeatureBatch, ActOptions } from './policies/types';
export { MlpPolicy, MLP_POLICY_KIND, type MlpPolicyOptions, type EncoderSpec } from './policies/mlp-policy';
export { registerPolicyKind, createPolicy, loadPolicy, PolicyFileError, type PolicyFactory } from './policies/registry';
export { createStrategyPolicy, strategyDecoder, dialogueSeed, type StrategyPolicyOptions } from './policies/strategy-policy';
export type { ObservationEncoder } from './features/encoder';
export { DialogueEncoder, type DialogueEncoderOptions } from './features/dialogue-encoder';
export { VectorEncoder } from './features/vector-encoder';
export type { Realizer, RealizeContext } from './realizers/types';
export { TemplateRealizer } from './realizers/template-realizer';
export { LlmRealizer, type LlmRealizerOptions } from './realizers/llm-realizer';
export { createRealizer } from './realizers/create-realizer';

// Rollouts
export type { VectorEnvLike, ActionDecoder, DecodeContext, EpisodeRecord } from './rollout/types';
export { collectSteps, type StepRollout, type CollectStepsOptions } from './rollout/collect-steps';
export { collectGroups, type GroupRollout, type CollectGroupsOptions } from './rollout/collect-groups';

// Training runs
export { DEFAULT_TRAIN_CONFIG, DEFAULT_TOTAL_UPDATES } from './config/defaults';
export { trainConfigSchema } from './config/schema';
export { readConfigFile, resolveConfig, overridesToLayer } from './config/load-config';
export type { TrainConfig, TrainConfigInput, EnvConfig, PolicyConfig, EvaluationConfig } from './config/types';
export { personaPool, assertDisjointPools, type PersonaPoolSpec } from './personas/pools';
export { train, evaluatePolicy, RUN_FILES, type TrainOptions, type TrainResult } from './training/train';
export { saveCheckpoint, restoreCheckpoint, resolveCheckpointDir, readCheckpointMeta, CheckpointError, type CheckpointMeta, type TrainingState } from './training/checkpoint';
export { summarizeEpisodes, TIMING_FIELDS, type MetricsRow } from './training/metrics';
export { learningCurveSvg, movingAverage, type CurveSeries, type CurveOptions } from './training/learning-curve';

// Evaluation and agents
export { evaluateAgent, summarize, type EvaluatedEpisode, type EvaluationSummary, type EvaluationScore, type EvaluateAgentOptions } from './evaluation/evaluate-agent';
export { evaluateBaselines, bestFixed, type BaselineResults } from './evaluation/baselines';
export { PolicyAgent, type PolicyAgentOptions } from './agent/policy-agent';
export { loadCheckpointAgent, type LoadCheckpointAgentOptions } from './agent/load-checkpoint-agent';

// Quickstart
export { runQuickstart, quickstartConfig, type QuickstartOptions, type QuickstartResult } from './quickstart/run-quickstart';
export { evaluationTable, evaluationMarkdown } from './quickstart/table';
