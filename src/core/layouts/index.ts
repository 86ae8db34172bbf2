/**
 * Every layout the checker knows, listed once: the locator and reader take their labels from
 * here, the profiles their defaults, the pane and the command line their templates and names.
 * A new layout is a folder beside these (labels.ts, profile.ts, a template plan, index.ts)
 * and one line below.
 */
import type { LayoutDefinition, TemplateChoice } from "./definition";
import type { Layout } from "./layout";
import { STANDARD } from "./standard";
import { YITIHUA } from "./yitihua";
import { PROVINCIAL } from "./provincial";

export type { LayoutDefinition, TemplateChoice };

export const LAYOUT_DEFINITIONS: LayoutDefinition[] = [STANDARD, YITIHUA, PROVINCIAL];

export const LAYOUTS: Layout[] = LAYOUT_DEFINITIONS.map((d) => d.layout);

/** Every blank form 插入模板 offers, in the layouts' order. */
export const TEMPLATE_CHOICES: TemplateChoice[] = LAYOUT_DEFINITIONS.flatMap((d) => d.templates);
