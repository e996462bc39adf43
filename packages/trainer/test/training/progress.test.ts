import { Writable } from 'node:stream';
import { createProgress } from '../../src/training/progress';

/** A writable that records what is written and claims to be (or not to be) a terminal. */
function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  let written = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      written += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream & { isTTY: boolean; columns: number };
  stream.isTTY = isTTY;
  stream.columns = 120;
  return { stream, text: () => written };
}

describe('createProgress', () => {
  it('draws the bar with updates, emotion and env steps on a terminal', () => {
    const { stream, text } = fakeStream(true);
    const progress = createProgress(10, 0, { stream });
    progress.update(3, { emotion: '71.5', steps: 1536 });
    progress.stop();
    expect(text()).toMatch(/train \[.*\] 3\/10 updates \| emotion 71\.5 \| 1536 env steps/);
  });

  it('writes nothing when the stream is not a terminal (logs, CI)', () => {
    const { stream, text } = fakeStream(false);
    const progress = createProgress(10, 0, { stream });
    progress.update(3, { emotion: '71.5', steps: 1536 });
    progress.stop();
    expect(text()).toBe('');
  });
});
