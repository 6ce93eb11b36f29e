#!/usr/bin/env node
// The KM portal language server on stdio (`--stdio` is accepted, and the only transport).
import {startStdioServer} from '../lib/index.js';

await startStdioServer();
