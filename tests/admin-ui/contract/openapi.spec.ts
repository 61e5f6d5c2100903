// @vitest-environment node
import { Validator } from '@seriousme/openapi-schema-validator';
import { ROOT } from '../support/wordings';

const SPEC = `${ROOT}module/openapi.yaml`;

/**
 * module/openapi.yaml is a valid OpenAPI 3.1 document, by a maintained validator (the official JSON schema of the
 * OpenAPI version, with every $ref resolved). OpenApiContractTest (PHPUnit) checks that it describes exactly the
 * routes of ApiRouter and the document types of the module, and ApiV1Test that the answers fit its schemas.
 */
describe('module/openapi.yaml', () => {
  it('is a valid OpenAPI 3.1 document whose references all resolve', async () => {
    const validator = new Validator();
    const result = await validator.validate(SPEC);

    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it('the validator refuses a broken document', async () => {
    const validator = new Validator();
    const result = await validator.validate({ openapi: '3.1.0', info: { title: 'x' }, paths: { '/a': { get: { responses: 'none' } } } });

    expect(result.valid).toBe(false);
  });
});
