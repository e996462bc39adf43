import { Command } from 'commander';
import { InvalidOptionError, addLlmCliOptions, llmOptionsFromCli } from '@rlver/env';

function parse(args: string[], prefix?: string) {
  const command = new Command('play').exitOverride().configureOutput({ writeErr: () => undefined });
  addLlmCliOptions(command, prefix === undefined ? {} : { prefix });
  command.parse(args, { from: 'user' });
  return command.opts();
}

describe('LLM command-line options', () => {
  it('turn flags into validated llm options', () => {
    const opts = parse([
      '--simulator', 'llm', '--base-url', 'http://127.0.0.1:8000/v1', '--model', 'qwen', '--temperature', '0.7',
      '--llm-seed', '3', '--timeout', '5000', '--max-attempts', '4', '--concurrency', '16', '--cassette', 'runs/c.jsonl', '--cassette-mode', 'replay',
    ]);
    expect(llmOptionsFromCli(opts)).toEqual({
      baseURL: 'http://127.0.0.1:8000/v1',
      model: 'qwen',
      temperature: 0.7,
      seed: 3,
      timeoutMs: 5000,
      maxAttempts: 4,
      concurrency: 16,
      cassette: 'runs/c.jsonl',
      cassetteMode: 'replay',
    });
  });

  it('give nothing unless the simulator is llm', () => {
    expect(llmOptionsFromCli(parse(['--model', 'qwen']))).toBeUndefined();
    expect(llmOptionsFromCli(parse(['--simulator', 'rule', '--model', 'qwen']))).toBeUndefined();
  });

  it.each([
    [['--simulator', 'llm', '--base-url', 'http://h/v1'], /invalid option "--model": got undefined, expected a model name when --simulator is llm/],
    [['--simulator', 'llm', '--base-url', 'http://h/v1', '--model', 'q', '--temperature', 'hot'], /"--temperature": got "hot", expected a number/],
    [['--simulator', 'llm', '--base-url', 'http://h/v1', '--model', 'q', '--temperature', '5'], /"--temperature": got 5, expected <= 2/],
    [['--simulator', 'llm', '--base-url', 'http://h/v1', '--model', 'q', '--concurrency', '2.5'], /"--concurrency": got 2.5, expected integer/],
    [['--simulator', 'llm', '--base-url', 'h:8000', '--model', 'q'], /"--base-url": got "h:8000", expected a string matching/],
  ])('name the bad flag: %j', (args, message) => {
    expect(() => llmOptionsFromCli(parse(args))).toThrow(InvalidOptionError);
    expect(() => llmOptionsFromCli(parse(args))).toThrow(message);
  });

  it('reject an unknown simulator and cassette mode at parse time', () => {
    expect(() => parse(['--simulator', 'gpt'])).toThrow(/Allowed choices are rule, llm/);
    expect(() => parse(['--cassette-mode', 'rewind'])).toThrow(/Allowed choices are record, replay, auto/);
  });

  it('take a prefix for a second LLM (the agent), without a second --simulator', () => {
    const command = new Command('bench').exitOverride();
    addLlmCliOptions(command);
    addLlmCliOptions(command, { prefix: 'agent-' });
    expect(command.options.filter((o) => o.long === '--simulator')).toHaveLength(1);
    command.parse(['--simulator', 'llm', '--model', 'judge', '--base-url', 'http://a/v1', '--agent-model', 'policy', '--agent-base-url', 'http://b/v1', '--agent-temperature', '1'], { from: 'user' });
    const opts = command.opts();
    expect(llmOptionsFromCli(opts)).toEqual({ model: 'judge', baseURL: 'http://a/v1' });
    expect(llmOptionsFromCli(opts, { prefix: 'agent-' })).toEqual({ model: 'policy', baseURL: 'http://b/v1', temperature: 1 });
    expect(llmOptionsFromCli({}, { prefix: 'agent-' })).toBeUndefined();
  });

  it('do not add --simulator when the command already has one', () => {
    const command = new Command('demo').option('--simulator <name>', 'the LEAD\'s own flag');
    expect(() => addLlmCliOptions(command)).not.toThrow();
    expect(command.options.filter((o) => o.long === '--simulator')).toHaveLength(1);
  });
});
