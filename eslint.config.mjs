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
];
