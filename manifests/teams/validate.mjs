// Validates a Teams app manifest against the official JSON schema of its manifestVersion, from the
// schema files that @microsoft/app-manifest ships (no network): `node validate.mjs manifest.json`.
// Prints {"valid": true|false, "errors": [...]} and exits 0 when valid, 1 when not, 2 when it cannot check.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

function fail(message) {
  console.log(JSON.stringify({ valid: false, errors: [message] }));
  process.exit(2);
}

const manifestPath = process.argv[2];
if (!manifestPath) {
  fail("usage: node validate.mjs <manifest.json>");
}

let ManifestUtil;
let schemasRoot;
try {
  ({ ManifestUtil } = require("@microsoft/app-manifest"));
  schemasRoot = path.join(path.dirname(require.resolve("@microsoft/app-manifest")), "json-schemas", "teams");
} catch (error) {
  fail(`@microsoft/app-manifest is not installed (run npm install in manifests/teams): ${error.message}`);
}

const manifest = JSON.parse(readFileSync(manifestPath, "utf8").replace(/^\uFEFF/, ""));
const schemaPath = path.join(schemasRoot, `v${manifest.manifestVersion}`, "MicrosoftTeams.schema.json");
let schemaText;
try {
  schemaText = readFileSync(schemaPath, "utf8");
} catch {
  fail(`no schema for manifestVersion ${manifest.manifestVersion} at ${schemaPath}`);
}

// The published schemas write the bell character as "\a", which JavaScript regular expressions reject.
const schema = JSON.parse(schemaText.replace(/\\a/g, "\\x07"));
const errors = await ManifestUtil.validateManifestAgainstSchema(manifest, schema);
console.log(JSON.stringify({ valid: errors.length === 0, schema: `v${manifest.manifestVersion}`, errors }));
process.exit(errors.length === 0 ? 0 : 1);
