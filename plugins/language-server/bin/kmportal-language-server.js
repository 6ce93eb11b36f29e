#!/usr/bin/env node
// The KM portal language server on stdio (`--stdio` is accepted, and the only transport): the bundle
// while it is current, else lib/ (start.js).
import {serveStdio} from '../start.js';

await serveStdio();
