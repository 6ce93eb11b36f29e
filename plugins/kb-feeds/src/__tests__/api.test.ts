import * as api from '../index';
import {DEFAULT_OPTIONS, validateOptions, type Options, type PluginOptions} from '../options';

const validate = (options: Options) =>
  validateOptions({
    options,
    validate: (schema, value) => {
      const {error, value: validated} = (
        schema as {validate: (v: unknown) => {error?: Error; value: PluginOptions}}
      ).validate(value);
      if (error) throw error;
      return validated;
    },
  } as Parameters<typeof validateOptions>[0]);

test('the public API', () => {
  expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
   [
     "DEFAULT_OPTIONS",
     "atomText",
     "calendarEvent",
     "calendarText",
     "changeSentence",
     "changeSummary",
     "createFeedContext",
     "default",
     "encodePath",
     "entryId",
     "feedFiles",
     "feedScopes",
     "feedText",
     "feedUnits",
     "getSwizzleConfig",
     "htmlText",
     "isCalendarItem",
     "itemCategories",
     "lastModified",
     "pageFeedName",
     "pageLabel",
     "scopeChanges",
     "scopeEvents",
     "statusChanges",
     "unitItems",
     "unitNames",
     "validateOptions",
     "writeFeedFiles",
   ]
  `);
});

describe('options', () => {
  test('defaults', () => {
    expect(validate({})).toEqual(DEFAULT_OPTIONS);
  });

  test('the export folder loses its trailing slash; a unit path must name {unit}', () => {
    expect(validate({exportDir: 'feeds/'}).exportDir).toBe('feeds');
    expect(() => validate({unitPath: '/units'})).toThrowErrorMatchingInlineSnapshot(
      `""unitPath" with value "/units" fails to match the required pattern: /^\\/.*\\{unit\\}/"`,
    );
    expect(() => validate({maxEntries: 0})).toThrowErrorMatchingInlineSnapshot(
      `""maxEntries" must be greater than or equal to 1"`,
    );
  });

  test('docsDir and routeBasePath are accepted and not kept (the docs plugin is read)', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(validate({docsDir: 'docs'})).toEqual(DEFAULT_OPTIONS);
    expect(warn.mock.calls.flat().join(' ')).toContain('`docsDir` is no longer read');
    warn.mockRestore();
  });
});
