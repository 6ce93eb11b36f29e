import * as api from '../index';

test('the public API', () => {
  expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
   [
     "MANIFEST_MODULE",
     "SearchEngine",
     "analyze",
     "buildLunrIndex",
     "buildSiteIndex",
     "chunkDocuments",
     "createHttpSource",
     "createSnippet",
     "cutBySize",
     "default",
     "docsearchRecord",
     "docsearchRecords",
     "docsearchTag",
     "findMarks",
     "foldAccents",
     "getSwizzleConfig",
     "markedParts",
     "pageTypeLabel",
     "parseByteRanges",
     "planQuery",
     "searchHits",
     "shardTerms",
     "siteDocuments",
     "splitIndex",
     "termOf",
     "termPairs",
     "termPostings",
     "tokenize",
     "validateOptions",
   ]
  `);
});
