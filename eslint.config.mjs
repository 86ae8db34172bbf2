// office-addin-lint's own rules (Office.js load/sync discipline, Prettier), plus what a
// TypeScript project needs: the compiler already checks for undefined names.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "dist-web/**", ".cache/**", "node_modules/**"] },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx", "**/*.js"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: { "no-undef": "off", "no-unused-vars": "off" },
  },
];
