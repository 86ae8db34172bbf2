// office-addin-lint's own rules (Office.js load/sync discipline, Prettier), plus what a
// TypeScript project needs: the compiler already checks for undefined names. Unused variables
// are checked by typescript-eslint's rule (ESLint's own misreads types and overloads), in .tsx
// as well; an argument or a caught error named _ may go unused. Dead exports, which no lint
// rule sees, are found by test/architecture/imports.test.ts.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// typescript-eslint's plugin as office-addin-lint brings it (its config names it for .ts only).
const tsPlugin = officeAddins.configs.recommended.find(
  (c) => c.plugins && c.plugins["@typescript-eslint"]
).plugins["@typescript-eslint"];

export default [
  { ignores: ["dist/**", "dist-web/**", ".cache/**", "node_modules/**"] },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx", "**/*.js"],
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tsPlugin },
    languageOptions: { parser: tsParser },
    rules: {
      "no-undef": "off",
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Numbers are rounded in one place, src/core/decimal.ts: exactly, on decimal digits, half
    // up (domain.md, Precision). Float rounding would drift from it (1.005.toFixed(2) is
    // "1.00"). Layout arithmetic in points or seconds, outside the core and the pane, is free.
    files: ["src/core/**/*.ts", "src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    ignores: ["src/core/decimal.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "round", message: "Round with src/core/decimal.ts." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[callee.property.name=/^(toFixed|toPrecision|toDecimalPlaces|toSignificantDigits)$/]",
          message: "Round with src/core/decimal.ts (roundTo, truncTo, fixed, percent).",
        },
      ],
    },
  },
];
