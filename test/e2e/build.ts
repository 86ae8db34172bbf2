/** Builds the web pages once for the end-to-end test, with webpack's production settings. */
import * as path from "path";

export const ROOT = path.join(__dirname, "..", "..");
export const E2E_OUTPUT = path.join(ROOT, "test-output", "web");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpack = require("webpack");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const configure = require(path.join(ROOT, "webpack.config.js"));

export async function buildPages(outputPath = E2E_OUTPUT): Promise<string> {
  const config = await configure({ outputPath, noMinimize: true }, { mode: "production" });
  config.context = ROOT;
  await new Promise<void>((resolve, reject) => {
    webpack(
      config,
      (error: Error | null, stats: { hasErrors(): boolean; toString(o: unknown): string }) => {
        if (error) return reject(error);
        if (stats.hasErrors())
          return reject(new Error(stats.toString({ all: false, errors: true })));
        resolve();
      }
    );
  });
  return outputPath;
}
