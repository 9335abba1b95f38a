// Tests only: runs textcheck.js (the shared text rules compiled by GWT) on the texts in a JSON file
// and writes its answers as JSON with every non-ASCII character escaped.
// Usage: node text-check.js <textcheck.js> <input.json> <output.json>
'use strict';
const fs = require('fs');
const path = require('path');
const [script, input, output] = process.argv.slice(2);
globalThis.chorusTextCheckInput = JSON.parse(fs.readFileSync(input, 'utf8'));
require(path.resolve(script)); // the IIFE runs the entry point synchronously
const json = JSON.stringify(globalThis.chorusTextCheckOutput)
    .replace(/[\u007f-\uffff]/g, c => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
fs.writeFileSync(output, json);
