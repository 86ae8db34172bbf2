/**
 * What the pane's 帮助 tells whoever checks a deployment: the add-in's version and where
 * Office.js was loaded from (Microsoft's CDN, the add-in's own server, or nowhere in the
 * preview), read from the page itself rather than from what the build meant to do.
 */
import type { Lang } from "../core/messages";

export interface BuildInfo {
  /** package.json's version. */
  version: string;
  /** Where the build points the pages for Office.js. */
  officeJs: "cdn" | "local";
}

declare const __SELFEVAL_BUILD__: BuildInfo | undefined;

/** Written in by webpack's DefinePlugin; where no bundler ran (jest), a development build. */
export const BUILD: BuildInfo =
  typeof __SELFEVAL_BUILD__ !== "undefined"
    ? __SELFEVAL_BUILD__
    : { version: "dev", officeJs: "cdn" };

export const OFFICE_CDN_ORIGIN = "https://appsforoffice.microsoft.com";

export type OfficeJsOrigin = { kind: "cdn" | "local" | "other"; url: string } | { kind: "none" };

/** Where office.js came from, by the page's script elements (their src as written) and its URL. */
export function officeJsOrigin(scriptSources: string[], pageUrl: string): OfficeJsOrigin {
  const src = scriptSources.find((s) => /(^|\/)office(\.debug)?\.js([?#]|$)/i.test(s));
  if (!src) return { kind: "none" };
  const url = new URL(src, pageUrl);
  if (url.origin === OFFICE_CDN_ORIGIN) return { kind: "cdn", url: url.href };
  if (url.origin === new URL(pageUrl).origin) return { kind: "local", url: url.href };
  return { kind: "other", url: url.href };
}

/** The Office that runs the pane, where Office.js says so. */
export interface HostInfo {
  host: string;
  platform: string;
  version: string;
}

const TEXT = {
  zh: {
    link: "帮助",
    close: "收起",
    title: "关于绩效自评助手",
    version: "版本",
    officeJs: "Office.js 来自",
    cdn: "微软 CDN（需要能访问互联网）",
    local: "本单位服务器（与加载项同一地址，不需要互联网）",
    other: "其他地址",
    none: "未加载（预览页，用的是模拟的 Excel）",
    office: "Office",
    manual: "使用说明",
    /** How a label meets its value, and how a remark is put in brackets. */
    punctuation: { colon: "：", open: "（", close: "）" },
  },
  en: {
    link: "Help",
    close: "Close",
    title: "About Self-Evaluation Checker",
    version: "Version",
    officeJs: "Office.js from",
    cdn: "Microsoft's CDN (needs the internet)",
    local: "this add-in's own server (no internet needed)",
    other: "another address",
    none: "not loaded (the preview, with a simulated Excel)",
    office: "Office",
    manual: "User guide",
    punctuation: { colon: ": ", open: " (", close: ")" },
  },
} satisfies Record<Lang, unknown>;

export type AboutText = (typeof TEXT)["zh"];

export function aboutText(lang: Lang): AboutText {
  return TEXT[lang];
}

export interface AboutLine {
  label: string;
  value: string;
}

/** The lines of 帮助 → 关于, in the pane's language. */
export function aboutLines(
  lang: Lang,
  build: BuildInfo,
  origin: OfficeJsOrigin,
  host?: HostInfo
): AboutLine[] {
  const t = TEXT[lang];
  const { colon, open, close } = t.punctuation;
  const lines = [
    { label: t.version, value: build.version },
    {
      label: t.officeJs,
      value: origin.kind === "none" ? t.none : `${t[origin.kind]}${colon}${origin.url}`,
    },
  ];
  if (host)
    lines.push({
      label: t.office,
      value: `${host.host} ${host.version}${open}${host.platform}${close}`,
    });
  return lines;
}

/** This page's office.js origin and, inside Office, the host; for the 帮助 panel. */
export function currentAbout(): { origin: OfficeJsOrigin; host?: HostInfo } {
  if (typeof document === "undefined") return { origin: { kind: "none" } };
  const sources = Array.from(document.querySelectorAll("script[src]")).map(
    (s) => s.getAttribute("src") ?? ""
  );
  const origin = officeJsOrigin(sources, document.baseURI);
  let host: HostInfo | undefined;
  try {
    const d = typeof Office !== "undefined" ? Office.context?.diagnostics : undefined;
    if (d) host = { host: String(d.host), platform: String(d.platform), version: d.version };
  } catch {
    // Office.context is not there outside Office; the lines go without the host.
  }
  return { origin, host };
}
