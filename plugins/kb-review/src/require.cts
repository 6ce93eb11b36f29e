// The package's CommonJS entry (its `require` condition). Docusaurus loads a site's config, presets and
// plugins with jiti, which transpiles an ES module and everything it imports through Babel and evaluates
// the whole graph afresh for each plugin; a CommonJS file it hands to Node, which loads the ES modules
// below natively, once per build (`require` of an ES module, Node 20.19+).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the point of a CommonJS entry
import entry = require('./index.js');

export = entry;
