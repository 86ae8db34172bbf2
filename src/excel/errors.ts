/**
 * What the user reads when Excel refuses: one plain sentence, in Office's language, that says
 * what to do. The task pane shows UserError.message as it is, so no code, stack or English
 * reaches a Chinese user (nor Chinese an English one).
 */
import { ActionId, textsFor } from "./texts";

export class UserError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = "UserError";
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** The user's action: its button names it, and a protected sheet stops what it writes. */
export type Action = ActionId;

export const ACTIONS = {
  check: "check",
  clear: "clear",
  fix: "fix",
  template: "template",
  select: "select",
  accept: "accept",
  report: "report",
  print: "print",
  settings: "settings",
} as const satisfies Record<ActionId, ActionId>;

export function protectedSheet(action: Action, sheet?: string): UserError {
  const texts = textsFor();
  return new UserError(texts.protectedSheet({ sheet, writes: texts.actions[action].writes }));
}

function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** Turns anything thrown inside Excel.run into a UserError the pane can show. */
export function toUserError(error: unknown, action: Action): UserError {
  if (error instanceof UserError) return error;
  const texts = textsFor();
  const { button, writes } = texts.actions[action];
  const because = { cause: error };
  const code = codeOf(error);
  switch (code) {
    case "AccessDenied":
      return new UserError(texts.protectedBook({ writes }), because);
    case "InvalidOperationInCellEditMode":
      return new UserError(texts.editMode({ button }), because);
    case "ItemNotFound":
      return new UserError(texts.notFound, because);
    case "ApiNotFound":
      return new UserError(texts.apiNotFound, because);
    case "ItemAlreadyExists":
      return new UserError(texts.sheetExists, because);
    case undefined:
      return new UserError(texts.failed({ button }), because);
    default:
      return new UserError(texts.failedWithCode({ button, code }), because);
  }
}
