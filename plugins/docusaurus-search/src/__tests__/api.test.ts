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
     "createSnippet",
     "cutBySize",
     "default",
     "docsearchRecord",
     "docsearchRecords",
     "findMarks",
     "foldAccents",
     "getSwizzleConfig",
     "markedParts",
     "pageTypeLabel",
     "planQuery",
     "rankWithIndex",
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
