// Entry of a bundled server (the VS Code extension's dist/server.mjs): serves stdio at once.
import {startStdioServer} from './stdio.js';

await startStdioServer();
