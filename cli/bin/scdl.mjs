#!/usr/bin/env node
// The CLI is bundled at install time (scripts/postinstall.mjs) so `npx scdl` needs no TypeScript loader.
import '../dist/scdl.mjs';
