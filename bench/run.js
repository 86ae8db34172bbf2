#!/usr/bin/env node
/**
 * npm run bench: builds the command line (dist/) and the bench (.cache/bench), then runs it.
 * Extra arguments go to the bench, e.g. `npm run bench -- --forms 200`.
 */
"use strict";
const { execFileSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const tsc = require.resolve("typescript/bin/tsc");
const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: "inherit" });

run([tsc, "-p", "tsconfig.cli.json"]);
run([tsc, "-p", "bench/tsconfig.json"]);
run(["--expose-gc", path.join(root, ".cache/bench/bench/main.js"), ...process.argv.slice(2)]);
