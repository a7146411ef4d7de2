// What every VariableStore must do, local file or GitHub repository variables.
import { describe, expect, it } from 'vitest';
import type { VariableStore } from '../../packages/core/src/ports';

export interface VariableStoreFixture {
  store: VariableStore;
  cleanup?: () => Promise<void>;
}

export function describeVariableStoreContract(name: string, factory: () => Promise<VariableStoreFixture>): void {
  describe(`VariableStore contract: ${name}`, () => {
    const withStore = async (test: (store: VariableStore) => Promise<void>) => {
      const fixture = await factory();
      try {
        await test(fixture.store);
      } finally {
        await fixture.cleanup?.();
      }
    };

    it('reads an unknown variable as undefined', () =>
      withStore(async (store) => {
        expect(await store.get('NOT_THERE')).toBeUndefined();
      }));

    it('creates a variable, then reads it back', () =>
      withStore(async (store) => {
        await store.set('WF_ENABLED', 'false');
        expect(await store.get('WF_ENABLED')).toBe('false');
      }));

    it('overwrites an existing variable and leaves the others alone', () =>
      withStore(async (store) => {
        await store.set('WF_ENABLED', 'true');
        await store.set('ALLOW_PUBLISH', 'human_enabled');
        await store.set('ALLOW_PUBLISH', 'human_disabled');
        expect(await store.get('ALLOW_PUBLISH')).toBe('human_disabled');
        expect(await store.get('WF_ENABLED')).toBe('true');
      }));

    it('keeps a JSON value with quotes, spaces and newlines exactly', () =>
      withStore(async (store) => {
        const value = '{"owner": "laptop \\"A\\"",\n "mode": "review"}';
        await store.set('LOCAL_HEARTBEAT', value);
        expect(await store.get('LOCAL_HEARTBEAT')).toBe(value);
      }));
  });
}
