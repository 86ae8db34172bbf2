/**
 * The system's Chromium (Debian package), driven by playwright-core. Installed with apt-get
 * where missing; never Playwright's own browser download.
 */
import { execFileSync, execSync } from "child_process";
import { Browser, chromium } from "playwright-core";

const NAMES = ["chromium", "chromium-browser", "google-chrome"];

function which(name: string): string | undefined {
  try {
    return execFileSync("which", [name], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function findChromium(): string | undefined {
  for (const name of NAMES) {
    const found = which(name);
    if (found) return found;
  }
  return undefined;
}

/** The Chromium path, installing Debian's package if needed; undefined where that fails. */
export function ensureChromium(): string | undefined {
  const found = findChromium();
  if (found || process.platform !== "linux") return found;
  try {
    execSync("apt-get update && apt-get install -y chromium", { stdio: "ignore", timeout: 600000 });
  } catch {
    return undefined;
  }
  return findChromium();
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
