import { selectBackend } from '../../src/backend/select-backend';

/** Run the file's tests on the wasm backend (the CPU default), quietly. */
export function useWasmBackend(): void {
  beforeAll(async () => {
    await selectBackend('wasm', { log: () => undefined });
  });
}
