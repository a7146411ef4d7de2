#!/usr/bin/env node
// `npx autopilot`: the bundled CLI (dist/cli, kept in sync with the sources by check-dist).
import '../../../dist/cli/index.js';
