import { OpenAiCompatibleGenerator } from '../../packages/core/src/adapters/llm';
import { StubGenerator } from '../../packages/core/src/adapters/local/stub-generator';
import { startFakeOpenAiServer } from '../fakes/openai-server';
import { describeGeneratorContract } from './generator.contract';

describeGeneratorContract('StubGenerator', async () => ({
  generator: new StubGenerator({ faults: ['too_short'] }),
}));

describeGeneratorContract('OpenAiCompatibleGenerator on the fake server (json_schema)', async () => {
  const server = await startFakeOpenAiServer({ apiKey: 'sk-test', firstPassWords: 80 });
  const generator = new OpenAiCompatibleGenerator({
    baseUrl: server.baseUrl,
    apiKey: 'sk-test',
    model: 'test-model',
    pricing: { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  });
  return { generator, close: () => server.close() };
});

describeGeneratorContract('OpenAiCompatibleGenerator on a server without json_schema', async () => {
  const server = await startFakeOpenAiServer({ mode: 'reject_json_schema', firstPassWords: 80 });
  const generator = new OpenAiCompatibleGenerator({ baseUrl: server.baseUrl, model: 'test-model' });
  return { generator, close: () => server.close() };
});
