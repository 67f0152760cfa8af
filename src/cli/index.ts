#!/usr/bin/env node
import { runCli } from './main.js';
import { processIO } from './io.js';

process.exitCode = await runCli(process.argv.slice(2), processIO());
