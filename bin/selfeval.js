#!/usr/bin/env node
"use strict";
// The workers of a check start loading now, while the command loads and reads its arguments.
require("../dist/cli/workerProcess.js").startEarly(process.argv);
require("../dist/cli/main.js").main(process.argv);
