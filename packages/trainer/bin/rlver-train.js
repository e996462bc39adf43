#!/usr/bin/env node
// The installed command. It loads the compiled CLI from dist/ at run time: npm links bins before the workspace's
// build (the root "prepare" script) has produced dist/, so the bin itself must be a committed file.
'use strict';
require('../dist/cli/main.js')
  .main()
  .then((code) => {
    process.exitCode = code;
  });
